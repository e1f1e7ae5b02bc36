/**
 * Dates at the precision a timeline gives them (a year, a month or a day), read from the gold's
 * date strings and from an extracted event's time, and compared at the coarser of two precisions.
 */

/** A calendar date known to the year, the month or the day. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Reads a gold date string: `2008`, `2008-06`, `2008-06-09`, and the gold's `2008-03-XX` /
 * `2006-XX-XX` for a month or a year. Undefined when it gives no year (`XXXX-XX-XX`, `XXX-XX-XX`).
 */
export function parseTimelineDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(text.trim());
  if (!match) return undefined;
  const date: CalendarDate = { year: Number(match[1]) };
  if (match[2] === undefined || match[2] === 'XX') return date;
  date.month = Number(match[2]);
  if (match[3] !== undefined && match[3] !== 'XX') date.day = Number(match[3]);
  return date;
}

/** An ISO date or date-time as a UTC instant (the schema reads a date-time without offset as UTC). */
function utc(iso: string): Date {
  return new Date(/T.*(Z|[+-]\d{2}:\d{2})$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
}

/**
 * The date of an extracted event at the precision it is known: the calendar fields its interval's
 * first and last instant share. A day, part of a day or time gives the day; a month, or a week
 * inside one month, the month; a quarter or a week across months the year; a decade nothing.
 */
export function eventDate(time: { start: string; end: string }): CalendarDate | undefined {
  const first = utc(time.start);
  const last = new Date(utc(time.end).getTime() - 1);
  if (Number.isNaN(first.getTime()) || Number.isNaN(last.getTime()) || first.getUTCFullYear() !== last.getUTCFullYear()) return undefined;
  const date: CalendarDate = { year: first.getUTCFullYear() };
  if (first.getUTCMonth() !== last.getUTCMonth()) return date;
  date.month = first.getUTCMonth() + 1;
  if (first.getUTCDate() === last.getUTCDate()) date.day = first.getUTCDate();
  return date;
}

/** Equal at the coarser of the two precisions: 2008 is compatible with 2008-06-09, 2008-05 is not with 2008-06-09. */
export function compatibleDates(a: CalendarDate, b: CalendarDate): boolean {
  if (a.year !== b.year) return false;
  if (a.month === undefined || b.month === undefined) return true;
  if (a.month !== b.month) return false;
  return a.day === undefined || b.day === undefined || a.day === b.day;
}

const two = (n: number) => String(n).padStart(2, '0');

/** In the gold's style: `2008`, `2008-06`, `2008-06-09`. */
export function formatTimelineDate(date: CalendarDate): string {
  if (date.month === undefined) return String(date.year).padStart(4, '0');
  return `${String(date.year).padStart(4, '0')}-${two(date.month)}${date.day === undefined ? '' : `-${two(date.day)}`}`;
}
