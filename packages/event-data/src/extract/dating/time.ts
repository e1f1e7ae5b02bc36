import { timexInterval as rawTimexInterval, type TimexInterval } from '../../timex/index.js';

// Articles repeat the same few values; the interval of a value never changes, so remember it.
const intervals = new Map<string, TimexInterval | undefined>();
function timexInterval(value: string, mod?: string): TimexInterval | undefined {
  const key = mod ? `${value}|${mod}` : value;
  if (intervals.has(key)) return intervals.get(key);
  if (intervals.size > 50_000) intervals.clear();
  const interval = rawTimexInterval(value, mod);
  intervals.set(key, interval);
  return interval;
}
import type { Timex } from '../../timex/types.js';
import type { EventTime } from '../../schema/index.js';
import type { Granularity, TimexMod } from '../../schema/vocabulary.js';
import { GRANULARITIES, TIMEX_MODS } from '../../schema/vocabulary.js';

/**
 * Whether a time expression can date a happening: a DATE or TIME whose value is on the calendar
 * (2017-04-12, 2017-W15, 2017-10, 2015, 2017-09-17TNI). Durations, sets and vague references
 * (PRESENT_REF, PAST_REF, FUTURE_REF, XXXX-…) do not say when something happened.
 */
export function canDate(timex: Timex): boolean {
  return (timex.type === 'DATE' || timex.type === 'TIME') && /^\d{3,4}/.test(timex.value) && timexInterval(timex.value, timex.mod) !== undefined;
}

/** The event time for a time expression: TIMEX3 value, interval, granularity, mod, text and anchor. */
export function eventTime(timex: Timex, anchor: EventTime['anchor']): EventTime | undefined {
  let interval = timexInterval(timex.value, timex.mod);
  // A modifier that narrows a day to nothing (START/END of one day) keeps the whole day.
  if (interval && interval.end <= interval.start) interval = timexInterval(timex.value);
  if (!interval || interval.end <= interval.start) return undefined;
  const granularity = (GRANULARITIES as readonly string[]).includes(interval.granularity) ? (interval.granularity as Granularity) : 'day';
  const time: EventTime = { value: timex.value, start: interval.start, end: interval.end, granularity, text: timex.text, anchor };
  if (timex.mod && (TIMEX_MODS as readonly string[]).includes(timex.mod)) time.mod = timex.mod as TimexMod;
  return time;
}

/** How the tagger's anchor maps to the schema's: written out in full, or computed. */
export const anchorOf = (timex: Timex): EventTime['anchor'] => (timex.anchor === 'explicit' ? 'explicit' : 'relative');

/** The publication day as an event time (for an undated report of the article's main happening). */
export function publicationTime(dct: string): EventTime {
  const interval = timexInterval(dct)!;
  return { value: dct, start: interval.start, end: interval.end, granularity: 'day', anchor: 'publication' };
}

const parsed = new Map<string, number>();
function ms(iso: string): number {
  let v = parsed.get(iso);
  if (v === undefined) {
    v = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : /Z|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`);
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(iso, v);
  }
  return v;
}

/** Start and end of an event time in epoch milliseconds (UTC). */
export const bounds = (time: EventTime): [number, number] => [ms(time.start), ms(time.end)];

/** Whether two times can describe the same moment: their intervals overlap. */
export function overlaps(a: EventTime, b: EventTime): boolean {
  const [as, ae] = bounds(a);
  const [bs, be] = bounds(b);
  return as < be && bs < ae;
}

/** Length of an event time in milliseconds: the smaller, the more precise. */
export const width = (time: EventTime): number => {
  const [s, e] = bounds(time);
  return e - s;
};
