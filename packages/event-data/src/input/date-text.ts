/**
 * Dates as web pages write them in metadata and `<time datetime>`: ISO 8601 and its looser
 * cousins (`2019-04-15 10:32:00`, `2019/04/15`, `20190415`), RFC 2822 (`Mon, 15 Apr 2019
 * 10:32:00 GMT`) and English month names (`April 15, 2019`, `15 Apr 2019`). Parsed by hand,
 * never with `Date.parse`, so the result does not depend on the machine's time zone.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const NUMERIC = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T|\s)/;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?![\\d])`, 'i');

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** `YYYY-MM-DD` when the three numbers are a day that exists (years 1000 to 2999), else undefined. */
export function calendarDay(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1000 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The calendar day a page's date string names, as `YYYY-MM-DD`, or undefined when the string is
 * not a full date (a year or month alone is not a publication day).
 *
 * The day is the one written, in the page's own time zone: `2019-04-15T23:30:00-05:00` is
 * 2019-04-15, the day the newsroom called "today", even though it was already the 16th in UTC.
 *
 * @example pageDate('2019-04-15T10:32:00+02:00') === '2019-04-15'
 * @example pageDate('Mon, 15 Apr 2019 10:32:00 GMT') === '2019-04-15'
 */
export function pageDate(text: string): string | undefined {
  const s = text.trim();
  if (!s || s.length > 100) return undefined;
  let m = NUMERIC.exec(s);
  if (m) return calendarDay(Number(m[1]), Number(m[3]), Number(m[4]));
  m = COMPACT.exec(s);
  if (m) return calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(s);
  if (m) return calendarDay(Number(m[3]), MONTHS[m[1].slice(0, 3).toLowerCase()], Number(m[2]));
  m = DAY_FIRST.exec(s);
  if (m) return calendarDay(Number(m[3]), MONTHS[m[2].slice(0, 3).toLowerCase()], Number(m[1]));
  return undefined;
}

/** `/2019/04/15/`, `/2019/4/5/`, `2019-04-15` or `/20190415/` in a URL's path, as `YYYY-MM-DD`. */
export function urlDate(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const patterns = [/\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[-_.])/, /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, /\/(\d{4})(\d{2})(\d{2})(?=\/|$|[-_.])/];
  for (const re of patterns) {
    const m = re.exec(path);
    const day = m && calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (day) return day;
  }
  return undefined;
}
