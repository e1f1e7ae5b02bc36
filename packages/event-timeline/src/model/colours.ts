import { EVENT_TYPES } from '@event-timeline/data/vocabulary';

/** How many series colours untyped data and types of its own cycle through (`t-series-0` … `t-series-7`). */
export const SERIES = 8;

const OWN = new Set<string>((EVENT_TYPES as readonly string[]).filter((t) => t !== 'other'));

/**
 * The colour of each mark, by name (a `t-<name>` class; the canvas reads the same colours).
 * A type of the data schema keeps its own colour. Other types (a page's own "release",
 * "conference") take series colours in the order they first appear. Data with no types at all
 * (every event "other") is coloured by lane, so that lanes by actor or source tell apart; grey
 * stays for "other" among typed events.
 */
export class Colouring {
  /** Colour names; `code[i]` indexes it for item i. */
  readonly names: string[];
  readonly code: Uint16Array;
  /** Whether the data has no types: colours follow lanes, and a single lane by type has no name. */
  readonly untyped: boolean;
  private readonly laneNames: Map<string, string>;
  private readonly byType = new Map<string, string>();

  /**
   * @param allTypes the type of each code, for every event (filtered or not), in the order they appear
   * @param laneKeys the keys of every lane (filtered or not), in lane order
   * @param typeCode each shown item's type code into `types`; `types` the shown data's type names
   * @param laneOf each shown item's lane; `lanes` their keys
   */
  constructor(allTypes: readonly string[], laneKeys: readonly string[], types: readonly string[], typeCode: Uint32Array, laneOf: Int32Array, lanes: readonly string[]) {
    this.untyped = allTypes.every((t) => t === 'other');
    this.laneNames = new Map(laneKeys.map((key, l) => [key, `series-${l % SERIES}`]));
    const byType = this.byType;
    let series = 0;
    for (const t of allTypes) byType.set(t, OWN.has(t) || t === 'other' ? t : `series-${series++ % SERIES}`);
    const n = typeCode.length;
    this.code = new Uint16Array(n);
    if (this.untyped) {
      this.names = lanes.map((key) => this.laneNames.get(key) ?? 'other');
      for (let i = 0; i < n; i++) this.code[i] = laneOf[i];
    } else {
      this.names = types.map((t) => byType.get(t) ?? 'other');
      for (let i = 0; i < n; i++) this.code[i] = typeCode[i];
    }
  }

  /** The colour name of item `i`. */
  of(i: number): string {
    return this.names[this.code[i]] ?? 'other';
  }

  /** The colour name of the lane with `key` (for its toggle), when colours follow lanes; else its type's. */
  lane(key: string): string {
    return (this.untyped ? this.laneNames.get(key) : this.byType.get(key)) ?? 'other';
  }
}
