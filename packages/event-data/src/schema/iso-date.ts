/**
 * ISO 8601 calendar dates and date-times, parsed without `Date.parse` so the result never
 * depends on the machine's time zone: a date without an offset is taken as UTC.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * Milliseconds since the epoch for an ISO 8601 date (`2017-04-12`) or date-time
 * (`2017-04-12T18:00`, `2017-04-12T18:00:00Z`, `…+03:00`), or `undefined` when the text is
 * not one, including impossible dates such as `2017-02-30`.
 *
 * @example parseIsoDate('2017-04-12') === Date.UTC(2017, 3, 12)
 */
export function parseIsoDate(text: string): number | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return undefined;
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offset = 0;
  if (m[8] && m[8] !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const [oh, om] = m[8].slice(1).split(':').map(Number);
    if (oh > 23 || om > 59) return undefined;
    offset = sign * (oh * 60 + om) * 60_000;
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, ms);
  return utc.getTime() - offset;
}

/** Whether `text` is an ISO 8601 date or date-time that exists on the calendar. */
export const isIsoDate = (text: string): boolean => parseIsoDate(text) !== undefined;

/** Formats epoch milliseconds as `YYYY-MM-DD` (UTC). */
export function formatIsoDay(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Formats epoch milliseconds as `YYYY-MM-DDTHH:mm` (UTC), or a bare day when the time is midnight. */
export function formatIsoDateTime(ms: number): string {
  const d = new Date(ms);
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0) return formatIsoDay(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatIsoDay(ms)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
