import type { Article, TimelineEvent } from '@event-timeline/data/schema';

/**
 * The minimal event form for people with their own data: a title and a start, optionally an end.
 * Dates are ISO 8601 strings (a bare date is a UTC calendar day) or `Date` objects. A date-only
 * `end` is the last day, inclusive: `{ start: '2024-03-01', end: '2024-03-04' }` covers four
 * days. A date-time or `Date` end is the instant it names.
 *
 * @example { title: 'Launch', start: '2024-03-01', end: '2024-03-04' }
 */
export interface SimpleEvent {
  id?: string;
  title: string;
  start: string | Date;
  end?: string | Date;
  /** Optional category, used for colour and `group-by="type"`. */
  type?: string;
}

/** Anything the `events` property accepts as one item. */
export type TimelineInputEvent = TimelineEvent | SimpleEvent;

/** How a mark is drawn: a point (a day or an instant), a bar (a range), or a soft-edged span (an uncertain date). */
export type MarkKind = 'point' | 'range' | 'fuzzy';

/** Which edge of a fuzzy span fades out: the date is less certain on that side. */
export type Fade = 'both' | 'start' | 'end';

/** One normalised, validated event, ready to lay out. Internal. */
export interface TimelineItem {
  id: string;
  title: string;
  type: string;
  /** Inclusive start and exclusive end, epoch milliseconds (UTC). */
  start: number;
  end: number;
  kind: MarkKind;
  fade: Fade;
  granularity: string;
  mod?: string;
  /** The date expression as written, when known. */
  written?: string;
  actors: string[];
  place?: string;
  /** Distinct articles that report the event. */
  sources: number;
  /** The object the caller gave, handed back in `timeline-select`. */
  source: TimelineInputEvent;
  /** The full event when the input was a `TimelineEvent`. */
  event?: TimelineEvent;
}

/** `Columns.kind` and `Lane.kinds` codes of the mark kinds. */
export const KIND_POINT = 0;
export const KIND_RANGE = 1;
export const KIND_FUZZY = 2;

/**
 * What drawing reads of every item, as typed columns in the order of `items`: walking 100,000
 * objects scattered in memory costs a cache miss each; these arrays are read in sequence.
 */
export interface Columns {
  start: Float64Array;
  end: Float64Array;
  /** `KIND_POINT`, `KIND_RANGE` or `KIND_FUZZY`. */
  kind: Uint8Array;
  /** Index into `types` of each item's type. */
  type: Uint32Array;
  /** The distinct types, in order of first appearance. */
  types: string[];
}

/** The result of reading the `events` property or a fetched dataset. */
export interface NormalisedInput {
  /** 1 for each item (by index in `items`) that had only the quick check and awaits the full schema check; undefined when none does. */
  pending?: Uint8Array;
  /** Valid items sorted by start, then end. */
  items: TimelineItem[];
  /** Their numbers, in the same order. */
  columns: Columns;
  /** Articles of a dataset, by id (empty for bare arrays). */
  articles: Map<string, Article>;
  /** Items that were skipped. */
  invalid: number;
  total: number;
  /** `reason → count` of the skipped items, most frequent first. */
  reasons: [string, number][];
  /** Why the input as a whole could not be read (it is neither a list of events nor a dataset); then there are no items. */
  problem?: string;
}
