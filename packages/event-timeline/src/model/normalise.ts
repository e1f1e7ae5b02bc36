import { GRANULARITIES, parseIsoDate, TIMEX_MODS, validateEvent, type Article, type TimelineEvent } from '@event-timeline/data/schema';
import { KIND_FUZZY, KIND_POINT, KIND_RANGE, type Columns, type Fade, type MarkKind, type NormalisedInput, type SimpleEvent, type TimelineItem } from './types.js';
import { sortOrder } from './sort-order.js';
import { reasonOf } from './validation.js';

export type { Columns, NormalisedInput } from './types.js';

const DAY = 86_400_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Epoch ms of a bare `YYYY-MM-DD` by integer arithmetic (days from the civil calendar), about
 * 10× faster than building a Date: the common case at 100,000 events. Anything else goes to
 * the data package's parser, so the two always agree.
 */
export function parseDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return parseIsoDate(text);
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const c = text.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return undefined;
    y = y * 10 + c;
  }
  const m = (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48);
  const d = (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48);
  if (!(m >= 1 && m <= 12 && d >= 1)) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DIM[m - 1])) return undefined;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) * DAY;
}

/** Epoch ms of an ISO string or a valid Date, else undefined. */
export function toTime(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  return typeof value === 'string' ? parseDate(value) : undefined;
}

/** Which edge of an uncertain span fades: the side the modifier leaves open. */
const fadeOf = (mod: string | undefined): Fade =>
  mod === 'START' || mod === 'AFTER' || mod === 'ON_OR_AFTER' ? 'end' : mod === 'END' || mod === 'BEFORE' || mod === 'ON_OR_BEFORE' ? 'start' : 'both';

function kindOf(granularity: string, start: number, end: number, mod: string | undefined): MarkKind {
  if (mod && mod !== 'EQUAL_OR_LESS' && mod !== 'EQUAL_OR_MORE') return 'fuzzy';
  if (granularity === 'week' || granularity === 'month' || granularity === 'quarter' || granularity === 'year') return 'fuzzy';
  return end - start <= DAY ? 'point' : 'range';
}

/**
 * A `TimelineEvent` ready to draw. What drawing needs is copied in; what only the detail panel,
 * tooltip and list read (actors, sources, …) is derived from the event when first asked for:
 * at 100,000 events, building those for every event cost more than the rest of the first render.
 */
class EventItem implements TimelineItem {
  readonly id: string;
  readonly title: string;
  readonly type: string;
  readonly kind: MarkKind;
  readonly source: TimelineEvent;
  private actorNames?: string[];
  private sourceCount = -1;

  constructor(
    readonly event: TimelineEvent,
    readonly start: number,
    readonly end: number,
  ) {
    this.id = event.id;
    this.title = event.title;
    this.type = event.type;
    this.source = event;
    const { granularity, mod } = event.time;
    this.kind = kindOf(granularity, start, end, mod);
  }

  /** Read for the few uncertain spans drawn wide enough to show soft edges. */
  get fade(): Fade {
    return fadeOf(this.event.time.mod);
  }

  get granularity(): string {
    return this.event.time.granularity;
  }

  get mod(): string | undefined {
    return this.event.time.mod;
  }

  get written(): string | undefined {
    return this.event.time.text;
  }

  get place(): string | undefined {
    return this.event.place;
  }

  get actors(): string[] {
    if (!this.actorNames) {
      // Until the background check has run on a large input, anything may be in here.
      const { actors } = this.event as { actors: unknown };
      this.actorNames = Array.isArray(actors) ? actors.flatMap((a: unknown) => (isObject(a) && typeof a.name === 'string' ? [a.name] : [])) : [];
    }
    return this.actorNames;
  }

  /** Distinct articles that report the event. */
  get sources(): number {
    if (this.sourceCount < 0) {
      const { mentions } = this.event;
      this.sourceCount = !Array.isArray(mentions) ? 0 : mentions.length < 2 ? mentions.length : new Set(mentions.map((m: unknown) => (isObject(m) ? m.articleId : m))).size;
    }
    return this.sourceCount;
  }
}

const fromEvent = (event: TimelineEvent, start = parseDate(event.time.start)!, end = parseDate(event.time.end)!): TimelineItem =>
  new EventItem(event, start, end);

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function fromSimple(value: Record<string, unknown>, index: number, add: (reason: string) => void): TimelineItem | undefined {
  const start = toTime(value.start);
  const end = value.end === undefined || value.end === null ? undefined : toTime(value.end);
  if (typeof value.title !== 'string' || value.title.trim() === '') return add('title: must be a non-empty string'), undefined;
  if (start === undefined) return add('start: must be an ISO 8601 date or a valid Date'), undefined;
  if (value.end !== undefined && value.end !== null && end === undefined) return add('end: must be an ISO 8601 date or a valid Date'), undefined;
  if (end !== undefined && end < start) return add('end: must not be before start'), undefined;
  const isDay = typeof value.start === 'string' ? DATE_ONLY.test(value.start) : start % DAY === 0;
  // A date-only end names the last day, inclusive, as people write "10–15 April": the element's
  // intervals end exclusive, so it ends where the next day starts. (The dataset schema's `end`
  // is exclusive already and is read as it is.) A date-time or a Date is the instant it names.
  const inclusiveEnd = end !== undefined && typeof value.end === 'string' && DATE_ONLY.test(value.end) ? end + DAY : end;
  const stop = inclusiveEnd ?? (isDay ? start + DAY : start);
  const simple = value as unknown as SimpleEvent;
  return {
    id: typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : `event-${index}`,
    title: value.title,
    type: typeof value.type === 'string' && value.type ? value.type : 'other',
    start,
    end: stop,
    kind: stop - start <= DAY ? 'point' : 'range',
    fade: 'both',
    granularity: isDay ? 'day' : 'minute',
    actors: [],
    sources: 0,
    source: simple,
  };
}

/** Up to this many events are validated against the full schema before the first render. */
const SYNC_LIMIT = 1000;

/**
 * The checks drawing depends on, ~20× cheaper than the full schema; the rest follows in the
 * background. Returns the reason an event fails, or '' with its start and end in `times`.
 */
function quickCheck(value: Record<string, unknown>, time: Record<string, unknown>, times: Float64Array): string {
  if (typeof value.id !== 'string' || !value.id) return 'id: must be a non-empty string';
  if (typeof value.title !== 'string' || !value.title) return 'title: must be a non-empty string';
  if (typeof value.type !== 'string') return 'type: must be a string';
  const start = typeof time.start === 'string' ? parseDate(time.start) : undefined;
  const end = typeof time.end === 'string' ? parseDate(time.end) : undefined;
  if (start === undefined) return 'time.start: not an ISO 8601 date';
  if (end === undefined) return 'time.end: not an ISO 8601 date';
  if (end <= start) return 'time.end: must be after start';
  // What the marks, the tooltip and the list read of every event in view: one wrong value here
  // would make every frame that shows it throw until the background check drops it.
  if (!(GRANULARITIES as readonly unknown[]).includes(time.granularity)) return 'time.granularity: must be one of the TIMEX3 granularities';
  if (time.mod !== undefined && !(TIMEX_MODS as readonly unknown[]).includes(time.mod)) return 'time.mod: must be a TIMEX3 modifier';
  if (time.text !== undefined && typeof time.text !== 'string') return 'time.text: must be a string';
  if (value.place !== undefined && typeof value.place !== 'string') return 'place: must be a string';
  // Actors and mentions are left to the full check: drawing does not read them, and what does
  // (the item's getters, the detail panel, source lanes) copes with anything there until then.
  times[0] = start;
  times[1] = end;
  return '';
}

/** `Columns.kind` codes, the same as the lanes'. */
const KIND_CODE = { point: KIND_POINT, range: KIND_RANGE, fuzzy: KIND_FUZZY } as const;

/** Columns of `items` as they are (in their order). */
export function columnsOf(items: TimelineItem[]): Columns {
  const n = items.length;
  const columns: Columns = { start: new Float64Array(n), end: new Float64Array(n), kind: new Uint8Array(n), type: new Uint32Array(n), types: [] };
  const codes = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const item = items[i];
    columns.start[i] = item.start;
    columns.end[i] = item.end;
    columns.kind[i] = KIND_CODE[item.kind];
    columns.type[i] = codeOf(codes, columns.types, item.type);
  }
  return columns;
}

/** Types looked up by comparing with each known one, up to this many; a map beyond. */
const SCAN_TYPES = 16;

/**
 * The code of `type` in `types`, added if new. Parsed JSON gives every event its own copy of
 * its type's string: a map lookup hashes each copy, while comparing it with the few types a
 * dataset has costs half as much (measured at 10,000 events).
 */
function codeOf(codes: Map<string, number>, types: string[], type: string): number {
  let code = types.length <= SCAN_TYPES ? types.indexOf(type) : (codes.get(type) ?? -1);
  if (code < 0) {
    codes.set(type, (code = types.length));
    types.push(type);
  }
  return code;
}

/** The input without the items at `drop`, with their reasons counted. */
export function withoutInvalid(input: NormalisedInput, drop: Set<number>, reasons: Map<string, number>): NormalisedInput {
  const counts = new Map(input.reasons);
  for (const [reason, n] of reasons) counts.set(reason, (counts.get(reason) ?? 0) + n);
  const items = input.items.filter((_, i) => !drop.has(i));
  return {
    ...input,
    items,
    columns: columnsOf(items),
    invalid: input.invalid + drop.size,
    reasons: [...counts].sort((a, b) => b[1] - a[1]),
    pending: undefined,
  };
}

/** Items in input order, with their columns (`start`… sized for every input, filled up to `items.length`). */
interface Collected extends Columns {
  items: TimelineItem[];
  /** 1 for items that still await the full schema check. */
  quick: Uint8Array;
  quickCount: number;
}

/** Reads the events of `list`, skipping and counting invalid ones. */
function collect(list: unknown[], add: (reason: string) => void): Collected {
  const max = list.length;
  const items: TimelineItem[] = [];
  const start = new Float64Array(max);
  const end = new Float64Array(max);
  const kind = new Uint8Array(max);
  const type = new Uint32Array(max);
  const quick = new Uint8Array(max);
  const types: string[] = [];
  const codes = new Map<string, number>();
  const times = new Float64Array(2);
  const small = max <= SYNC_LIMIT;
  let quickCount = 0;
  let n = 0;
  for (let i = 0; i < max; i++) {
    const value = list[i];
    if (!isObject(value)) {
      add('event: must be an object');
      continue;
    }
    let item: TimelineItem | undefined;
    const time = value.time;
    if (!isObject(time)) item = fromSimple(value, i, add);
    else if (small) {
      const result = validateEvent(value);
      if (result.ok) item = fromEvent(result.value);
      else add(reasonOf(result.issues[0]));
    } else {
      const reason = quickCheck(value, time, times);
      if (reason) add(reason);
      else {
        item = new EventItem(value as unknown as TimelineEvent, times[0], times[1]);
        quick[n] = 1;
        quickCount++;
      }
    }
    if (!item) continue;
    items.push(item);
    start[n] = item.start;
    end[n] = item.end;
    kind[n] = KIND_CODE[item.kind];
    type[n] = codeOf(codes, types, item.type);
    n++;
  }
  return { items, start, end, kind, type, types, quick, quickCount };
}

/** The columns of what was collected, cut to the items read. */
function trimmed({ items, start, end, kind, type, types }: Collected): Columns {
  const n = items.length;
  return { start: start.slice(0, n), end: end.slice(0, n), kind: kind.slice(0, n), type: type.slice(0, n), types };
}

/** What was collected, in `order`. */
function permute(read: Collected, order: Uint32Array): { items: TimelineItem[]; columns: Columns } {
  const n = order.length;
  const items = new Array<TimelineItem>(n);
  const columns: Columns = { start: new Float64Array(n), end: new Float64Array(n), kind: new Uint8Array(n), type: new Uint32Array(n), types: read.types };
  for (let i = 0; i < n; i++) {
    const k = order[i];
    items[i] = read.items[k];
    columns.start[i] = read.start[k];
    columns.end[i] = read.end[k];
    columns.kind[i] = read.kind[k];
    columns.type[i] = read.type[k];
  }
  return { items, columns };
}

/** `NormalisedInput.pending` of the collected items, now in `order` (`order[i]` is the index read). */
function pendingOf({ quick, quickCount, items }: Collected, order: Uint32Array | undefined): Uint8Array | undefined {
  const n = items.length;
  // The usual large input: every item awaits the full check, wherever it went.
  if (quickCount === n) return n ? new Uint8Array(n).fill(1) : undefined;
  if (!quickCount) return undefined;
  if (!order) return quick.slice(0, n);
  const pending = new Uint8Array(n);
  for (let i = 0; i < n; i++) pending[i] = quick[order[i]];
  return pending;
}

/**
 * Reads what the `events` property accepts: `TimelineEvent[]`, a whole dataset
 * `{ schemaVersion, articles, events }`, or `{ id?, title, start, end? }[]`. Invalid items are
 * skipped and counted by reason; nothing throws.
 */
export function normaliseInput(input: unknown): NormalisedInput {
  const articles = new Map<string, Article>();
  let list: unknown[] = [];
  const counts = new Map<string, number>();
  const add = (reason: string) => counts.set(reason, (counts.get(reason) ?? 0) + 1);
  if (Array.isArray(input)) list = input;
  else if (isObject(input) && Array.isArray(input.events)) {
    list = input.events;
    if (Array.isArray(input.articles))
      for (const a of input.articles) if (isObject(a) && typeof a.id === 'string') articles.set(a.id, a as unknown as Article);
  }
  const readable = input === undefined || input === null || Array.isArray(input) || (isObject(input) && Array.isArray(input.events));
  const problem = readable ? undefined : 'expected an array of events or a dataset { schemaVersion, articles, events }';

  // Collected in input order, then permuted once into time order. Each phase is a function with
  // one loop: on a page's first render none of this is optimised yet, and a function entered once
  // is optimised mid-loop, without feedback for the code after the loop, which then falls back to
  // the interpreter.
  const read = collect(list, add);
  const n = read.items.length;
  const order = sortOrder(read.start.subarray(0, n), read.end.subarray(0, n));
  const { items, columns } = order ? permute(read, order) : { items: read.items, columns: trimmed(read) };
  const pending = pendingOf(read, order);
  const invalid = [...counts.values()].reduce((s, n) => s + n, 0);
  return {
    items,
    columns,
    articles,
    invalid,
    total: list.length,
    reasons: [...counts].sort((a, b) => b[1] - a[1]),
    pending,
    problem,
  };
}
