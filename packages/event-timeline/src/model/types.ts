import type { TimelineEvent } from '@event-timeline/data/schema';

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
