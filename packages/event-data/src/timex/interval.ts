/**
 * The calendar interval a TIMEX3 date or time value covers: `2017-W43` → 2017-10-23..2017-10-30.
 * Starts are inclusive, ends exclusive; dates are `YYYY-MM-DD`, times `YYYY-MM-DDTHH:MM` (UTC):
 * a time with a zone (`T09:30Z`, `T17:00-05:00`) is converted to UTC, one without is taken as UTC.
 */
import { addDays, addMonths, fmtDay, isoWeekStart, isValidDate, pad, type Ymd } from './calendar.js';

/** Precision of an interval, from a year down to a minute. */
export type Granularity = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'part-of-day' | 'hour' | 'minute';

/** A half-open interval with its granularity. */
export interface TimexInterval {
  start: string;
  end: string;
  granularity: Granularity;
}

/** Part-of-day conventions (hours, UTC): morning 06–12, afternoon 12–18, evening 18–21, night 21–24. */
const PARTS: Record<string, [number, number]> = { MO: [6, 12], AF: [12, 18], EV: [18, 21], NI: [21, 24], DT: [6, 18] };

/** Season conventions (meteorological): spring Mar–May, summer Jun–Aug, fall Sep–Nov, winter Dec–Feb. */
const SEASONS: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function months(y: number, m: number, count: number, granularity: Granularity): TimexInterval {
  const start: Ymd = { y, m, d: 1 };
  return { start: fmtDay(start), end: fmtDay(addMonths(start, count)), granularity };
}

function dateTime(day: Ymd, minutes: number): string {
  const d = addDays(day, Math.floor(minutes / 1440));
  const rest = minutes - Math.floor(minutes / 1440) * 1440;
  return `${fmtDay(d)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`;
}

/**
 * Narrows an interval to its first, middle or last third for mod START/MID/END, on whole days
 * (whole minutes for clock intervals). When a third is shorter than that unit (a single day, a
 * weekend, a minute), the part is widened outwards to whole units, so the result is never empty:
 * "the end of April 12" is April 12 itself.
 */
function applyMod(iv: TimexInterval, mod: string | undefined): TimexInterval {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return iv;
  const hasTime = iv.start.length > 10;
  const toMs = (s: string) => Date.parse(hasTime ? s + ':00Z' : s + 'T00:00:00Z');
  const a = toMs(iv.start);
  const b = toMs(iv.end);
  const third = (b - a) / 3;
  const from = mod === 'START' ? a : mod === 'MID' ? a + third : a + 2 * third;
  const to = from + third;
  const unit = hasTime ? 60_000 : 86_400_000;
  const fmt = (ms: number) => new Date(ms).toISOString().slice(0, hasTime ? 16 : 10);
  let start = Math.round(from / unit) * unit;
  let end = Math.round(to / unit) * unit;
  if (end <= start) {
    start = Math.floor(from / unit) * unit;
    end = Math.ceil(to / unit) * unit;
  }
  return { start: fmt(Math.max(a, start)), end: fmt(Math.min(b, end)), granularity: iv.granularity };
}

/**
 * The interval covered by a TIMEX3 date/time `value`, optionally narrowed by `mod`
 * (START/MID/END take the first/middle/last third). Returns undefined for values that are not
 * anchored intervals: `PAST_REF`, durations (`P2Y`), sets (`XXXX-WXX-2`), unknown digits.
 *
 * Conventions: `2017-H1` is Jan–Jun (granularity quarter); seasons are meteorological;
 * `199` is 1990–2000; `20` is 2000–2100; `FY2017` is taken as the calendar year 2017;
 * parts of day as in {@link PARTS} (`2017-09-17TNI` → 21:00 to midnight).
 */
export function timexInterval(value: string, mod?: string): TimexInterval | undefined {
  const iv = rawInterval(String(value ?? '').trim());
  return iv ? applyMod(iv, mod) : undefined;
}

/** Minutes east of UTC of an ISO 8601 zone suffix (`Z`, `-05:00`, `+0530`, `+03`); 0 without one. */
function zoneMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === 'Z') return 0;
  const h = +zone.slice(1, 3);
  const m = zone.length > 3 ? +zone.slice(-2) : 0;
  if (h > 14 || m > 59) return undefined;
  return (zone[0] === '-' ? -1 : 1) * (h * 60 + m);
}

function rawInterval(v: string): TimexInterval | undefined {
  let r: RegExpExecArray | null;
  if ((r = /^FY(\d{4})$/.exec(v))) return months(+r[1]!, 1, 12, 'year');
  if ((r = /^(\d{4})$/.exec(v))) return months(+r[1]!, 1, 12, 'year');
  if ((r = /^(\d{3})$/.exec(v))) return months(+r[1]! * 10, 1, 120, 'year');
  if ((r = /^(\d{2})$/.exec(v))) return months(+r[1]! * 100, 1, 1200, 'year');
  if ((r = /^(\d{4})-Q([1-4])$/.exec(v))) return months(+r[1]!, (+r[2]! - 1) * 3 + 1, 3, 'quarter');
  if ((r = /^(\d{4})-H([12])$/.exec(v))) return months(+r[1]!, r[2] === '1' ? 1 : 7, 6, 'quarter');
  if ((r = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return months(+r[1]!, SEASONS[r[2]!]!, 3, 'quarter');
  if ((r = /^(\d{4})-(\d{2})$/.exec(v))) {
    const m = +r[2]!;
    return m >= 1 && m <= 12 ? months(+r[1]!, m, 1, 'month') : undefined;
  }
  if ((r = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const w = +r[2]!;
    if (w < 1 || w > 53) return undefined;
    const monday = isoWeekStart(+r[1]!, w);
    if (r[3]) return { start: fmtDay(addDays(monday, 5)), end: fmtDay(addDays(monday, 7)), granularity: 'day' };
    return { start: fmtDay(monday), end: fmtDay(addDays(monday, 7)), granularity: 'week' };
  }
  if ((r = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:(MO|AF|EV|NI|DT)|(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?))?$/.exec(v))) {
    const day: Ymd = { y: +r[1]!, m: +r[2]!, d: +r[3]! };
    if (!isValidDate(day.y, day.m, day.d)) return undefined;
    if (r[4]) {
      const [a, b] = PARTS[r[4]]!;
      return { start: dateTime(day, a * 60), end: dateTime(day, b * 60), granularity: 'part-of-day' };
    }
    if (r[5] !== undefined) {
      const h = +r[5];
      const off = zoneMinutes(r[7]);
      if (h > 24 || off === undefined) return undefined;
      if (r[6] === undefined) {
        return { start: dateTime(day, h * 60 - off), end: dateTime(day, h * 60 + 60 - off), granularity: 'hour' };
      }
      const min = +r[6];
      if (min > 59) return undefined;
      const t = h * 60 + min - off;
      return { start: dateTime(day, t), end: dateTime(day, t + 1), granularity: 'minute' };
    }
    return { start: fmtDay(day), end: fmtDay(addDays(day, 1)), granularity: 'day' };
  }
  return undefined;
}
