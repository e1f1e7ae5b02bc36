/**
 * UTC calendar arithmetic on plain `{ y, m, d }` dates (month 1..12). Nothing here reads the
 * clock or the machine's time zone: every computation goes through UTC `Date` methods.
 */

/** A calendar date; month and day are 1-based. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function toDays(date: Ymd): number {
  // Not Date.UTC(y, …): it reads years 0–99 as 1900–1999, so "AD 70" would land in 1970.
  const t = new Date(0);
  t.setUTCFullYear(date.y, date.m - 1, date.d);
  return Math.floor(t.getTime() / DAY_MS);
}

/** The calendar date `days` after 1970-01-01. */
export function fromDays(days: number): Ymd {
  const t = new Date(days * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Adds (or subtracts) days. */
export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

/** Adds months, clamping the day to the length of the target month. */
export function addMonths(date: Ymd, n: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: Ymd): number {
  const w = new Date(toDays(date) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

/** The Monday that starts ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): Ymd {
  const jan4: Ymd = { y: year, m: 1, d: 4 };
  const mondayW1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayW1, (week - 1) * 7);
}

/** Zero-padded integer. */
export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

/** `YYYY-MM-DD`. */
export function fmtDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

/** `YYYY-MM`. */
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** `YYYY-Www` for the ISO week containing the date. */
export function fmtWeek(date: Ymd): string {
  const w = isoWeek(date);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Quarter (1..4) of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** True when the date exists in the proleptic Gregorian calendar. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/**
 * Parses a document creation time (`YYYY-MM-DD`, `YYYY-M-D`, `YYYYMMDD` or an ISO date-time) into a date.
 * Returns undefined when it isn't one.
 */
export function parseDct(dct: string): Ymd | undefined {
  const s = String(dct ?? '').trim();
  let y: number, m: number, d: number;
  if (/^\d{8}/.test(s)) {
    y = +s.slice(0, 4); m = +s.slice(4, 6); d = +s.slice(6, 8);
  } else {
    const r = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(s);
    if (!r) return undefined;
    y = +r[1]!; m = +r[2]!; d = +r[3]!;
  }
  return isValidDate(y, m, d) ? { y, m, d } : undefined;
}
