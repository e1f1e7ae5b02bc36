import { EVENT_TYPES, parseIsoDate, type Actor, type EventType } from '../../schema/index.js';
import type { DateSource } from '../types.js';
import type { ArticleEvent, ArticleName } from '../article-result.js';
import { titleNames } from './names.js';

export const DATE_SOURCES: readonly DateSource[] = ['clause', 'sentence', 'previous-sentence', 'main-event', 'story', 'publication'];

/** Strings kept once, as numbers: a lemma, a date value or a place said a million times costs one string. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) this.ids.set(text, (id = this.strings.push(text) - 1));
    return id;
  }
}

/** A growable column of numbers. */
class Column<A extends Float64Array | Int32Array | Uint8Array> {
  data: A;
  constructor(private readonly make: (n: number) => A) {
    this.data = make(1024);
  }
  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[i] = value;
  }
}

const f64 = () => new Column((n) => new Float64Array(n));
const i32 = () => new Column((n) => new Int32Array(n));
const u8 = () => new Column((n) => new Uint8Array(n));

const MOD = 1;
const LEXICAL = 2;
const LEARNED = 4;
const MAIN = 8;

/** What one event of one article brings to the merge. */
export interface NodeInput {
  article: number;
  published: number;
  index: number;
  handle: number;
  type: EventType;
  lemma: string;
  lexical: boolean;
  learned: boolean;
  start: number;
  end: number;
  value: string;
  mod: boolean;
  source: DateSource;
  confidence: number;
  main: boolean;
  place?: string;
  triggerStart: number;
  /** The people, organisations, groups and countries it names, as the article wrote them. */
  actors: ReadonlyArray<Pick<Actor, 'kind' | 'name'>>;
  /** The figures its sentence gives ("24 percent", "$4.2 billion", "57 people"), as written numbers ("24", "4.2", "57"). */
  figures: readonly string[];
}

/**
 * The merge keys of one article's event: `where` says which article it is in, its place there and where the full event is kept.
 * With the article's `names`, the event also names whom and what its title names (see `titleNames`).
 */
export function nodeInput(event: ArticleEvent, where: Pick<NodeInput, 'article' | 'published' | 'index' | 'handle'>, names?: readonly ArticleName[]): NodeInput {
  const fromTitle = names ? titleNames(event.title, names).filter((a) => !event.actors.some((b) => b.kind === a.kind && b.name === a.name)) : [];
  return {
    ...where,
    type: event.type,
    lemma: event.lemma,
    lexical: event.lexical,
    learned: !!event.learned,
    start: parseIsoDate(event.time.start)!,
    end: parseIsoDate(event.time.end)!,
    value: event.time.value,
    mod: !!event.time.mod,
    source: event.source,
    confidence: event.confidence,
    main: event.main,
    place: event.place,
    triggerStart: event.mention.trigger?.start ?? event.mention.start,
    actors: fromTitle.length ? [...event.actors, ...fromTitle] : event.actors,
    figures: figuresOf(event.mention.sentence, event.mention.timex?.text),
  };
}

/**
 * The figures a sentence gives, as plain numbers: "jumped 24 percent to $41.50" → "24", "41.50"; "1,500 jobs" →
 * "1500". Years, the date's own digits and the small numbers any report has ("two", "1", "2") say nothing of which
 * happening it is and are left out. Outlets round and write units differently, but they copy a figure's digits.
 */
export function figuresOf(sentence: string, date = ''): string[] {
  const text = date ? sentence.replace(date, ' ') : sentence;
  const out = new Set<string>();
  for (const m of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const figure = m[0].replace(/,/g, '');
    const value = Number(figure);
    if (!figure.includes('.') && (value < 3 || (value >= 1900 && value <= 2100 && figure.length === 4))) continue;
    out.add(figure);
  }
  return [...out];
}

/**
 * What the merge keeps of every event of every article: the keys that decide which reports tell one
 * happening, in columns of numbers (about 80 bytes an event), never the texts. The full events stay
 * in an `EventStore` under `handle` until the merged event is built. Nodes are numbered in the order
 * they were added; `named` (the canonical keys of the people, organisations and groups an event names)
 * is filled once every article's names are known.
 */
export class NodeTable {
  count = 0;
  readonly strings = new Interner();
  private readonly cols = {
    article: i32(),
    index: i32(),
    handle: i32(),
    type: u8(),
    lemma: i32(),
    value: i32(),
    place: i32(),
    source: u8(),
    flags: u8(),
    triggerStart: i32(),
    published: f64(),
    start: f64(),
    end: f64(),
    confidence: f64(),
  };
  /** For node i, its actors as written are actorIds[actorFrom[i] .. actorFrom[i + 1]), as interned `kind name` strings. */
  private readonly actorFrom = i32();
  private readonly actorIds = i32();
  /** For node i, its figures are figureIds[figureFrom[i] .. figureFrom[i + 1]), interned. */
  private readonly figureFrom = i32();
  private readonly figureIds = i32();
  /** For node i, its named keys are namedKeys[namedFrom[i] .. namedFrom[i + 1]). */
  private namedFrom = new Int32Array(0);
  private namedKeys = new Int32Array(0);
  /** Which named keys stand for things (products, services, works, events: actors of kind 'other'). */
  private thingKeys = new Uint8Array(0);
  /** For each thing key, its name key ("iphone 4"), to tell a brand's models apart. */
  private thingNames: string[] = [];

  add(n: NodeInput): number {
    const i = this.count++;
    const c = this.cols;
    c.article.set(i, n.article);
    c.index.set(i, n.index);
    c.handle.set(i, n.handle);
    c.type.set(i, EVENT_TYPES.indexOf(n.type));
    c.lemma.set(i, this.strings.id(n.lemma));
    c.value.set(i, this.strings.id(n.value));
    c.place.set(i, n.place === undefined ? -1 : this.strings.id(n.place));
    c.source.set(i, DATE_SOURCES.indexOf(n.source));
    c.flags.set(i, (n.mod ? MOD : 0) | (n.lexical ? LEXICAL : 0) | (n.learned ? LEARNED : 0) | (n.main ? MAIN : 0));
    c.triggerStart.set(i, n.triggerStart);
    c.published.set(i, n.published);
    c.start.set(i, n.start);
    c.end.set(i, n.end);
    c.confidence.set(i, n.confidence);
    let from = this.actorFrom.data[i];
    for (const a of n.actors) this.actorIds.set(from++, this.strings.id(`${a.kind} ${a.name}`));
    this.actorFrom.set(i + 1, from);
    let figure = this.figureFrom.data[i];
    for (const f of n.figures) this.figureIds.set(figure++, this.strings.id(f));
    this.figureFrom.set(i + 1, figure);
    return i;
  }

  /** The figures node i's sentence gives, as interned ids. */
  figures(i: number): Int32Array {
    return this.figureIds.data.subarray(this.figureFrom.data[i], this.figureFrom.data[i + 1]);
  }

  /** The actors node i names as the article wrote them, as ids of `actorOf`. */
  actorIdsOf(i: number): Int32Array {
    return this.actorIds.data.subarray(this.actorFrom.data[i], this.actorFrom.data[i + 1]);
  }

  /** The actor an id of `actorIdsOf` stands for: its kind and name. */
  actorOf(id: number): Pick<Actor, 'kind' | 'name'> {
    const text = this.strings.strings[id];
    const space = text.indexOf(' ');
    return { kind: text.slice(0, space) as Actor['kind'], name: text.slice(space + 1) };
  }

  /**
   * Sets every node's named keys at once (`keysOf(i)` gives node i's, as interned ids), into one flat column;
   * `keyTexts[k]`, when given, is key k as `actorKey` writes it (`kind:name`), which tells things from actors.
   */
  setNamed(keysOf: (i: number) => number[], keyTexts: readonly string[] = []): void {
    const from = new Int32Array(this.count + 1);
    const flat = i32();
    let total = 0;
    for (let i = 0; i < this.count; i++) {
      from[i] = total;
      for (const key of keysOf(i)) flat.set(total++, key);
    }
    from[this.count] = total;
    this.namedFrom = from;
    this.namedKeys = flat.data.subarray(0, total);
    // (read after keysOf has run: it may be what fills keyTexts)
    this.thingKeys = Uint8Array.from(keyTexts, (k) => Number(k.startsWith('other:')));
    this.thingNames = keyTexts.map((k) => (k.startsWith('other:') ? k.slice(6) : ''));
  }

  /** Each article number's place in article id order (set before planning): what ties are settled by. */
  articleRank = new Int32Array(0);

  article(i: number): number { return this.cols.article.data[i]; }
  /** The place of node i's article in article id order. */
  articleOrder(i: number): number { return this.articleRank[this.cols.article.data[i]]; }
  index(i: number): number { return this.cols.index.data[i]; }
  handle(i: number): number { return this.cols.handle.data[i]; }
  type(i: number): EventType { return EVENT_TYPES[this.cols.type.data[i]]; }
  lemma(i: number): string { return this.strings.strings[this.cols.lemma.data[i]]; }
  value(i: number): number { return this.cols.value.data[i]; }
  place(i: number): string | undefined {
    const p = this.cols.place.data[i];
    return p < 0 ? undefined : this.strings.strings[p];
  }
  source(i: number): DateSource { return DATE_SOURCES[this.cols.source.data[i]]; }
  mod(i: number): boolean { return (this.cols.flags.data[i] & MOD) !== 0; }
  lexical(i: number): boolean { return (this.cols.flags.data[i] & LEXICAL) !== 0; }
  learned(i: number): boolean { return (this.cols.flags.data[i] & LEARNED) !== 0; }
  main(i: number): boolean { return (this.cols.flags.data[i] & MAIN) !== 0; }
  triggerStart(i: number): number { return this.cols.triggerStart.data[i]; }
  published(i: number): number { return this.cols.published.data[i]; }
  start(i: number): number { return this.cols.start.data[i]; }
  end(i: number): number { return this.cols.end.data[i]; }
  width(i: number): number { return this.cols.end.data[i] - this.cols.start.data[i]; }
  confidence(i: number): number { return this.cols.confidence.data[i]; }
  named(i: number): Int32Array { return this.namedKeys.subarray(this.namedFrom[i], this.namedFrom[i + 1]); }
  /** Whether named key k stands for a thing (a product, a work, an event), not a person or a body. */
  thing(k: number): boolean { return this.thingKeys[k] === 1; }
  /**
   * Whether thing keys j and k may name one thing: the same, or one the other's brand alone ("iphone" of
   * "iphone 4"); two models of a brand ("iphone 3g", "iphone 4") are two things.
   */
  sameThing(j: number, k: number): boolean {
    if (j === k) return true;
    const [a, b] = [this.thingNames[j], this.thingNames[k]];
    return !!a && !!b && (b.startsWith(`${a} `) || a.startsWith(`${b} `));
  }
  overlaps(i: number, j: number): boolean { return this.start(i) < this.end(j) && this.start(j) < this.end(i); }
}
