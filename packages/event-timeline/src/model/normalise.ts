import { GRANULARITIES, TIMEX_MODS } from '@event-timeline/data/vocabulary';
import type { Article, TimelineEvent, validateEvent } from '@event-timeline/data/schema';
import type { Columns, NormalisedInput, TimelineItem } from './types.js';
import { parseDate } from './dates.js';
import { codeOf, columnsOf, KIND_CODE } from './columns.js';
import { EventItem, fromSimple, isObject, kindOf } from './event-items.js';
import { sortOrder } from './sort-order.js';
import { reasonOf } from './validation.js';

export type { Columns, NormalisedInput } from './types.js';

/** The full schema check of one event (`validateEvent` of @event-timeline/data). */
export type ValidateEvent = typeof validateEvent;


/** Up to this many events are validated against the full schema before the first render, when the validator is at hand. */
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

/** What was read, in input order, with its columns (`start`… sized for every input, filled up to `read.length`). */
interface Collected extends Columns {
  /** Each valid input: a dataset's event, or the item made of one in the minimal form. */
  read: (TimelineEvent | TimelineItem)[];
  /** 1 where `read` holds a dataset's event, made an item once its place in time order is known. */
  isEvent: Uint8Array;
  /** 1 for items that still await the full schema check. */
  quick: Uint8Array;
  quickCount: number;
}

/** Reads the events of `list`, skipping and counting invalid ones; without `validate`, every dataset event gets the quick check. */
function collect(list: unknown[], add: (reason: string) => void, validate: ValidateEvent | undefined): Collected {
  const max = list.length;
  const read: (TimelineEvent | TimelineItem)[] = [];
  const start = new Float64Array(max);
  const end = new Float64Array(max);
  const kind = new Uint8Array(max);
  const type = new Uint32Array(max);
  const isEvent = new Uint8Array(max);
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
    const time = value.time;
    if (!isObject(time)) {
      const item = fromSimple(value, i, add);
      if (!item) continue;
      read.push(item);
      start[n] = item.start;
      end[n] = item.end;
      kind[n] = KIND_CODE[item.kind];
      type[n] = codeOf(codes, types, item.type);
    } else {
      let event: TimelineEvent;
      if (validate && small) {
        const result = validate(value);
        if (!result.ok) {
          add(reasonOf(result.issues[0]));
          continue;
        }
        event = result.value;
        times[0] = parseDate(event.time.start)!;
        times[1] = parseDate(event.time.end)!;
      } else {
        const reason = quickCheck(value, time, times);
        if (reason) {
          add(reason);
          continue;
        }
        event = value as unknown as TimelineEvent;
        quick[n] = 1;
        quickCount++;
      }
      read.push(event);
      isEvent[n] = 1;
      start[n] = times[0];
      end[n] = times[1];
      kind[n] = KIND_CODE[kindOf(event.time.granularity, times[0], times[1], event.time.mod)];
      type[n] = codeOf(codes, types, event.type);
    }
    n++;
  }
  return { read, start, end, kind, type, types, isEvent, quick, quickCount };
}

/** The items and their columns, in `order` (`order[i]` is the index read; input order when undefined). */
function ordered(collected: Collected, order: Uint32Array | undefined): { items: TimelineItem[]; columns: Columns } {
  const { read, isEvent } = collected;
  const n = read.length;
  const columns: Columns = { start: new Float64Array(n), end: new Float64Array(n), kind: new Uint8Array(n), type: new Uint32Array(n), types: collected.types };
  const items = new Array<TimelineItem>(n);
  for (let i = 0; i < n; i++) {
    const k = order ? order[i] : i;
    columns.start[i] = collected.start[k];
    columns.end[i] = collected.end[k];
    columns.kind[i] = collected.kind[k];
    columns.type[i] = collected.type[k];
    items[i] = isEvent[k] ? new EventItem(read[k] as TimelineEvent, columns, i) : (read[k] as TimelineItem);
  }
  return { items, columns };
}

/** `NormalisedInput.pending` of the collected items, now in `order` (`order[i]` is the index read). */
function pendingOf({ quick, quickCount, read }: Collected, order: Uint32Array | undefined): Uint8Array | undefined {
  const n = read.length;
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
 * skipped and counted by reason; nothing throws. With `validate`, inputs of up to SYNC_LIMIT
 * events are checked in full at once; otherwise dataset events get a quick check and are marked
 * `pending` for the full one.
 */
export function normaliseInput(input: unknown, validate?: ValidateEvent): NormalisedInput {
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
  const collected = collect(list, add, validate);
  const n = collected.read.length;
  const order = sortOrder(collected.start.subarray(0, n), collected.end.subarray(0, n));
  const { items, columns } = ordered(collected, order);
  const pending = pendingOf(collected, order);
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
