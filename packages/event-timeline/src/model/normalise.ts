import { parseIsoDate, validateEvent, type Article, type TimelineEvent } from '@event-timeline/data/schema';
import type { Fade, MarkKind, SimpleEvent, TimelineItem } from './types.js';

const DAY = 86_400_000;

/** The result of reading the `events` property or a fetched dataset. */
export interface NormalisedInput {
  /** Events accepted by the quick check that still await the full schema validation: indices into `items`. */
  pending: number[];
  /** Valid items sorted by start, then end. */
  items: TimelineItem[];
  /** Articles of a dataset, by id (empty for bare arrays). */
  articles: Map<string, Article>;
  /** Items that were skipped. */
  invalid: number;
  total: number;
  /** `reason → count` of the skipped items, most frequent first. */
  reasons: [string, number][];
}

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

function kindOf(granularity: string, start: number, end: number, mod: string | undefined): [MarkKind, Fade] {
  const fade: Fade =
    mod === 'START' || mod === 'AFTER' || mod === 'ON_OR_AFTER' ? 'end' : mod === 'END' || mod === 'BEFORE' || mod === 'ON_OR_BEFORE' ? 'start' : 'both';
  if (mod && mod !== 'EQUAL_OR_LESS' && mod !== 'EQUAL_OR_MORE') return ['fuzzy', fade];
  if (granularity === 'week' || granularity === 'month' || granularity === 'quarter' || granularity === 'year') return ['fuzzy', fade];
  return end - start <= DAY ? ['point', fade] : ['range', fade];
}

function fromEvent(event: TimelineEvent, start = parseDate(event.time.start)!, end = parseDate(event.time.end)!): TimelineItem {
  const [kind, fade] = kindOf(event.time.granularity, start, end, event.time.mod);
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    start,
    end,
    kind,
    fade,
    granularity: event.time.granularity,
    mod: event.time.mod,
    written: event.time.text,
    actors: event.actors.map((a) => a.name),
    place: event.place,
    sources: event.mentions.length < 2 ? event.mentions.length : new Set(event.mentions.map((m) => m.articleId)).size,
    source: event,
    event,
  };
}

function fromSimple(value: Record<string, unknown>, index: number, add: (reason: string) => void): TimelineItem | undefined {
  const start = toTime(value.start);
  const end = value.end === undefined || value.end === null ? undefined : toTime(value.end);
  if (typeof value.title !== 'string' || value.title.trim() === '') return add('title: must be a non-empty string'), undefined;
  if (start === undefined) return add('start: must be an ISO 8601 date or a valid Date'), undefined;
  if (value.end !== undefined && value.end !== null && end === undefined) return add('end: must be an ISO 8601 date or a valid Date'), undefined;
  if (end !== undefined && end < start) return add('end: must not be before start'), undefined;
  const isDay = typeof value.start === 'string' ? /^\d{4}-\d{2}-\d{2}$/.test(value.start) : start % DAY === 0;
  const stop = end ?? (isDay ? start + DAY : start);
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
const SYNC_LIMIT = 5000;

// Paths are reported without indices so that 500 broken dates make one line, not 500.
const reasonOf = (issue: { path: string; message: string }) =>
  `${issue.path.replace(/\[\d+\]/g, '[]').replace(/^\./, '') || 'event'}: ${issue.message}`;

/** The checks drawing depends on, ~20× cheaper than the full schema; the rest follows in the background. */
function quickCheck(value: Record<string, unknown>): string | [number, number] {
  const time = value.time as Record<string, unknown>;
  if (typeof value.id !== 'string' || !value.id) return 'id: must be a non-empty string';
  if (typeof value.title !== 'string' || !value.title) return 'title: must be a non-empty string';
  if (typeof value.type !== 'string') return 'type: must be a string';
  const start = typeof time.start === 'string' ? parseDate(time.start) : undefined;
  const end = typeof time.end === 'string' ? parseDate(time.end) : undefined;
  if (start === undefined) return 'time.start: not an ISO 8601 date';
  if (end === undefined) return 'time.end: not an ISO 8601 date';
  if (end <= start) return 'time.end: must be after start';
  if (!Array.isArray(value.actors) || !Array.isArray(value.mentions)) return 'actors, mentions: must be arrays';
  return [start, end];
}

/**
 * Validates the events that only had the quick check, in slices between frames, and calls
 * `done` with the items that failed and why. Returns a function that cancels the work.
 */
export function validateInBackground(
  input: NormalisedInput,
  done: (invalid: Set<number>, reasons: Map<string, number>) => void,
  budgetMs = 8,
): () => void {
  let cancelled = false;
  let at = 0;
  const invalid = new Set<number>();
  const reasons = new Map<string, number>();
  const step = () => {
    if (cancelled) return;
    // Time-sliced so that zooming stays smooth while 100,000 events are checked.
    const until = performance.now() + budgetMs;
    for (; at < input.pending.length && (at % 64 !== 0 || performance.now() < until); at++) {
      const i = input.pending[at];
      const result = validateEvent(input.items[i].source);
      if (!result.ok) {
        invalid.add(i);
        const reason = reasonOf(result.issues[0]);
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }
    if (at < input.pending.length) timer = setTimeout(step, 0);
    else done(invalid, reasons);
  };
  let timer = setTimeout(step, 0);
  return () => {
    cancelled = true;
    clearTimeout(timer);
  };
}

/** The input without the items at `drop`, with their reasons counted. */
export function withoutInvalid(input: NormalisedInput, drop: Set<number>, reasons: Map<string, number>): NormalisedInput {
  const counts = new Map(input.reasons);
  for (const [reason, n] of reasons) counts.set(reason, (counts.get(reason) ?? 0) + n);
  return {
    ...input,
    items: input.items.filter((_, i) => !drop.has(i)),
    invalid: input.invalid + drop.size,
    reasons: [...counts].sort((a, b) => b[1] - a[1]),
    pending: [],
  };
}

/**
 * Items by start, then end (stable). Sorts an index array over typed columns: comparing 100,000
 * objects' fields chases a pointer per comparison, typed arrays don't. Already sorted input is
 * kept as it is.
 */
function sortByTime(items: TimelineItem[]): TimelineItem[] {
  const n = items.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let ordered = true;
  for (let i = 0; i < n; i++) {
    start[i] = items[i].start;
    end[i] = items[i].end;
    if (ordered && i > 0 && (start[i] < start[i - 1] || (start[i] === start[i - 1] && end[i] < end[i - 1]))) ordered = false;
  }
  if (ordered) return items;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => start[a] - start[b] || end[a] - end[b] || a - b);
  const out = new Array<TimelineItem>(n);
  for (let i = 0; i < n; i++) out[i] = items[order[i]];
  return out;
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
  } else if (input !== undefined && input !== null) add('input: expected an array of events or a dataset { schemaVersion, articles, events }');

  const items: TimelineItem[] = [];
  const full: TimelineItem[] = [];
  const small = list.length <= SYNC_LIMIT;
  list.forEach((value, i) => {
    if (!isObject(value)) return add('event: must be an object');
    if (isObject(value.time)) {
      if (small) {
        const result = validateEvent(value);
        if (result.ok) items.push(fromEvent(result.value));
        else add(reasonOf(result.issues[0]));
        return;
      }
      const checked = quickCheck(value);
      if (typeof checked === 'string') return add(checked);
      const item = fromEvent(value as unknown as TimelineEvent, checked[0], checked[1]);
      items.push(item);
      full.push(item);
      return;
    }
    const item = fromSimple(value, i, add);
    if (item) items.push(item);
  });
  const sorted = sortByTime(items);
  const invalid = [...counts.values()].reduce((s, n) => s + n, 0);
  let pending: number[];
  if (full.length === sorted.length) {
    // The usual large input: every item awaits the full check, no need to find where each went.
    pending = new Array<number>(sorted.length);
    for (let i = 0; i < sorted.length; i++) pending[i] = i;
  } else if (!full.length) pending = [];
  else {
    const quick = new Set(full);
    pending = [];
    for (let i = 0; i < sorted.length; i++) if (quick.has(sorted[i])) pending.push(i);
  }
  return {
    items: sorted,
    articles,
    invalid,
    total: list.length,
    reasons: [...counts].sort((a, b) => b[1] - a[1]),
    pending,
  };
}

/** The one console warning about skipped items: counts and reasons. */
export function warningFor(result: NormalisedInput): string {
  const reasons = result.reasons
    .slice(0, 8)
    .map(([reason, n]) => `  ${n}× ${reason}`)
    .join('\n');
  return `<event-timeline>: skipped ${result.invalid} of ${result.total} events that are not valid:\n${reasons}`;
}
