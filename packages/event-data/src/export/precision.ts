/**
 * How precisely an event's date may be shown, and in what words: the one place where the
 * exports decide that "late October" has no day and "Sunday night" no clock time.
 *
 * Everything is computed on UTC calendar fields (`getUTC…`), never on the machine's time zone,
 * and nothing reads the clock: the same event gives the same result everywhere.
 */
import type { EventTime, Granularity } from '../schema/index.js';
import { bounds } from '../extract/dating/time.js';
import { timexInterval } from '../timex/interval.js';

/** The finest unit a date can be shown at without claiming more than the dataset knows. */
export type ShownPrecision = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** UTC calendar fields of an instant; month and day are 1-based. */
export interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** An event time as the exports show it. */
export interface ShownTime {
  /** The finest unit that is true: a week, a quarter or an "about" date shows no day. */
  precision: ShownPrecision;
  /** The interval [start, end) of the dataset, epoch milliseconds (UTC). */
  start: number;
  end: number;
  /** Calendar fields of the first instant and of the last one (end minus 1 ms). */
  first: CalendarParts;
  last: CalendarParts;
  /** Whether a clock time was written (hour or minute granularity): otherwise the event fills whole days. */
  timed: boolean;
  /** English words for the date: "late October 2017", "week of 10 April 2017", "the 1990s". */
  wording: string;
}

const ORDER: ShownPrecision[] = ['year', 'month', 'day', 'hour', 'minute'];

// A week, a quarter or a season names no day; "Sunday night" names no clock time (its hours
// are a convention of the tagger, not something the article said).
const BASE: Record<Granularity, ShownPrecision> = {
  year: 'year',
  quarter: 'month',
  month: 'month',
  week: 'month',
  day: 'day',
  'part-of-day': 'day',
  hour: 'hour',
  minute: 'minute',
};

/** START, MID and END narrow a date within its unit; the other modifiers leave its day unknown. */
const NARROWING = new Set(['START', 'MID', 'END']);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** UTC calendar fields of epoch milliseconds. */
export function calendarParts(ms: number): CalendarParts {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** Whether `a` is coarser than `b`. */
const coarser = (a: ShownPrecision, b: ShownPrecision): boolean => ORDER.indexOf(a) < ORDER.indexOf(b);

/**
 * The precision an event time can be shown at: its granularity's (a week or quarter as
 * months, a part of a day as its day), and no finer than a month when its modifier leaves the
 * day unknown (APPROX, BEFORE, AFTER …).
 */
export function shownPrecision(time: EventTime): ShownPrecision {
  const base = BASE[time.granularity] ?? 'day';
  return time.mod && !NARROWING.has(time.mod) && coarser('month', base) ? 'month' : base;
}

/**
 * The event time with its precision, calendar fields and wording.
 *
 * @example
 * showTime({ value: '2017-10', start: '2017-10-22', end: '2017-11-01', granularity: 'month', mod: 'END', anchor: 'relative' })
 * // → { precision: 'month', first: { year: 2017, month: 10, day: 22, … }, wording: 'late October 2017', timed: false, … }
 */
export function showTime(time: EventTime): ShownTime {
  const [start, end] = bounds(time);
  return {
    precision: shownPrecision(time),
    start,
    end,
    first: calendarParts(start),
    last: calendarParts(end - 1),
    timed: time.granularity === 'hour' || time.granularity === 'minute',
    wording: wordTime(time, start, end),
  };
}

/** Epoch milliseconds of the start of the UTC day of `ms`. */
export const dayStart = (ms: number): number => Math.floor(ms / 86_400_000) * 86_400_000;

/** The day an all-day event ends on, exclusive: the day after its last instant. */
export const dayAfterLast = (end: number): number => dayStart(end - 1) + 86_400_000;

/** "12 April 2017". */
export const wordDay = (p: CalendarParts): string => `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;

const pad = (n: number) => String(n).padStart(2, '0');

/** "10–16 April 2017", "27 March – 2 April 2017", "30 December 2016 – 5 January 2017". */
function wordDays(a: CalendarParts, z: CalendarParts): string {
  if (a.year === z.year && a.month === z.month) return a.day === z.day ? wordDay(a) : `${a.day}–${z.day} ${MONTHS[a.month - 1]} ${a.year}`;
  if (a.year === z.year) return `${a.day} ${MONTHS[a.month - 1]} – ${wordDay(z)}`;
  return `${wordDay(a)} – ${wordDay(z)}`;
}

/** "October 2017", "March–May 2017", "December 2017 – February 2018". */
function wordMonths(a: CalendarParts, z: CalendarParts): string {
  if (a.year === z.year) return a.month === z.month ? `${MONTHS[a.month - 1]} ${a.year}` : `${MONTHS[a.month - 1]}–${MONTHS[z.month - 1]} ${a.year}`;
  return `${MONTHS[a.month - 1]} ${a.year} – ${MONTHS[z.month - 1]} ${z.year}`;
}

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** "2017", "the 1990s", "the 21st century", "2014–2016". */
function wordYears(a: CalendarParts, z: CalendarParts): string {
  const span = z.year - a.year + 1;
  if (span === 1) return String(a.year);
  if (span === 10 && a.year % 10 === 0) return `the ${a.year}s`;
  if (span === 100 && a.year % 100 === 0) return `the ${ordinal(a.year / 100 + 1)} century`;
  return `${a.year}–${z.year}`;
}

const SEASONS: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };

/** "Q3 2017", "spring 2017", "winter 2017/18", "first half of 2017". */
function wordQuarter(a: CalendarParts, z: CalendarParts): string {
  const months = (z.year - a.year) * 12 + z.month - a.month + 1;
  if (months === 3 && (a.month - 1) % 3 === 0) return `Q${(a.month - 1) / 3 + 1} ${a.year}`;
  if (months === 3 && SEASONS[a.month]) return a.month === 12 ? `winter ${a.year}/${pad((a.year + 1) % 100)}` : `${SEASONS[a.month]} ${a.year}`;
  if (months === 6 && (a.month === 1 || a.month === 7)) return `${a.month === 1 ? 'first' : 'second'} half of ${a.year}`;
  return wordMonths(a, z);
}

const PARTS_OF_DAY: Record<string, string> = { '6-12': 'morning', '12-18': 'afternoon', '18-21': 'evening', '21-24': 'night' };

/** "night of 17 September 2017", "daytime, 17 September 2017". */
function wordPartOfDay(a: CalendarParts, startMs: number, endMs: number): string {
  const fromHour = (startMs - dayStart(startMs)) / 3_600_000;
  const toHour = fromHour + (endMs - startMs) / 3_600_000;
  const part = PARTS_OF_DAY[`${fromHour}-${toHour}`];
  if (part) return `${part} of ${wordDay(a)}`;
  if (fromHour === 6 && toHour === 18) return `daytime, ${wordDay(a)}`;
  const last = calendarParts(endMs);
  return `${wordDay(a)}, ${pad(a.hour)}:${pad(a.minute)}–${pad(last.hour)}:${pad(last.minute)} UTC`;
}

/** The words for a whole unit: the TIMEX3 value's interval when known, else the event's own. */
function wordUnit(granularity: Granularity, startMs: number, endMs: number): string {
  const a = calendarParts(startMs);
  const z = calendarParts(endMs - 1);
  switch (granularity) {
    case 'minute':
    case 'hour':
      return `${wordDay(a)}, ${pad(a.hour)}:${pad(a.minute)} UTC`;
    case 'part-of-day':
      return wordPartOfDay(a, startMs, endMs);
    case 'day':
      return wordDays(a, z);
    case 'week':
      return `week of ${wordDay(a)}`;
    case 'month':
      return wordMonths(a, z);
    case 'quarter':
      return wordQuarter(a, z);
    case 'year':
      return wordYears(a, z);
  }
}

/** How a modifier reads before a date of each kind. */
function withMod(mod: string | undefined, granularity: Granularity, base: string): string {
  if (!mod) return base;
  if (NARROWING.has(mod)) {
    if (granularity === 'week') return `${mod === 'START' ? 'early in' : mod === 'MID' ? 'in the middle of' : 'late in'} the ${base}`;
    if (granularity === 'day' || granularity === 'part-of-day' || granularity === 'hour' || granularity === 'minute')
      return `${mod === 'START' ? 'early on' : mod === 'MID' ? 'midway through' : 'late on'} ${base}`;
    const word = mod === 'START' ? 'early ' : mod === 'MID' ? 'mid-' : 'late ';
    return base.startsWith('the ') ? `the ${word}${base.slice(4)}` : `${word}${base}`;
  }
  const words: Record<string, string> = {
    APPROX: 'about',
    BEFORE: 'before',
    AFTER: 'after',
    ON_OR_BEFORE: 'on or before',
    ON_OR_AFTER: 'on or after',
    LESS_THAN: 'less than',
    MORE_THAN: 'more than',
    EQUAL_OR_LESS: 'at most',
    EQUAL_OR_MORE: 'at least',
  };
  return words[mod] ? `${words[mod]} ${base}` : base;
}

function wordTime(time: EventTime, start: number, end: number): string {
  // The value names the whole unit ("2017-10" is all of October) even when a modifier narrowed
  // the interval to its end; a value that is not a calendar interval, or one that does not
  // contain the event's interval (a dataset made elsewhere), leaves the words to the interval.
  const unit = timexInterval(time.value);
  if (unit) {
    const [unitStart, unitEnd] = bounds({ ...time, start: unit.start, end: unit.end });
    if (unitStart <= start && end <= unitEnd) return withMod(time.mod, unit.granularity, wordUnit(unit.granularity, unitStart, unitEnd));
  }
  return withMod(time.mod, time.granularity, wordUnit(time.granularity, start, end));
}
