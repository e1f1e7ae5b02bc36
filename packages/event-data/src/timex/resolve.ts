/** Turning under-specified calendar references into TIMEX3 values relative to the DCT. */
import {
  addDays, addMonths, fmtDay, fmtMonth, fmtWeek, isoWeekday, quarterOf, toDays, type Ymd,
} from './calendar.js';
import type { Direction } from './tense.js';

/** The weekday `dow` (ISO, Monday = 1) nearest the DCT in the given direction (past by default). */
export function resolveWeekday(dct: Ymd, dow: number, dir: Direction): Ymd {
  const diff = dow - isoWeekday(dct);
  if (diff === 0) return dct;
  if (dir > 0) return addDays(dct, diff > 0 ? diff : diff + 7);
  return addDays(dct, diff < 0 ? diff : diff - 7);
}

/** Year of month `m` mentioned without a year: the same year, or the nearest in the direction. */
export function yearForMonth(dct: Ymd, m: number, dir: Direction): number {
  const diff = m - dct.m;
  if (diff === 0) return dct.y;
  // The nearest occurrence, unless the tense says otherwise and the month is not next door.
  if (dir > 0 && diff < -1) return dct.y + 1;
  if (dir < 0 && diff > 1) return dct.y - 1;
  if (dir < 0 && diff < 0) return dct.y;
  if (dir > 0 && diff > 0) return dct.y;
  // No cue: the coming occurrence when it is at most four months ahead (in this year or across
  // the new year alike), otherwise the past one, leaning to the past as news does.
  if (diff > 4) return dct.y - 1;
  if (diff < -7) return dct.y + 1;
  return dct.y;
}

/** Year of a month/day mentioned without a year. */
export function yearForMonthDay(dct: Ymd, m: number, d: number, dir: Direction): number {
  const same = toDays({ y: dct.y, m, d: Math.min(d, 28) }) - toDays({ y: dct.y, m: dct.m, d: Math.min(dct.d, 28) });
  // The nearest occurrence; a tense cue only moves dates that are clearly on the other side.
  if (dir > 0 && same < -31) return dct.y + 1;
  if (dir < 0 && same > 62) return dct.y - 1;
  if ((dir < 0 && same <= 0) || (dir > 0 && same >= 0)) return dct.y;
  if (same > 182) return dct.y - 1;
  if (same < -182) return dct.y + 1;
  return dct.y;
}

/** Year of a quarter (or half, season) mentioned without a year. */
export function yearForPeriod(dct: Ymd, index: number, current: number, dir: Direction): number {
  if (index === current) return dct.y;
  if (index > current) return dir > 0 ? dct.y : dct.y - 1;
  return dct.y;
}

/** The DCT quarter (1..4). */
export function dctQuarter(dct: Ymd): number {
  return quarterOf(dct.m);
}

/**
 * "the weekend" / "this weekend": the one under way on a Saturday or Sunday; otherwise the one
 * just past in a past clause (and by default for "the weekend"), the coming one in a future clause.
 */
export function weekendValue(dct: Ymd, dir: Direction, pastByDefault: boolean): string {
  const dow = isoWeekday(dct);
  if (dow >= 6) return fmtWeek(dct) + '-WE';
  const back = dir < 0 || (dir === 0 && pastByDefault);
  return fmtWeek(addDays(dct, back ? -7 : 0)) + '-WE';
}

/** Value of the DCT shifted by n units, at that unit's granularity. */
export function shifted(dct: Ymd, unit: string, n: number): string | undefined {
  switch (unit) {
    case 'day': return fmtDay(addDays(dct, n));
    case 'week': return fmtWeek(addDays(dct, 7 * n));
    case 'weekend': return fmtWeek(addDays(dct, 7 * n)) + '-WE';
    case 'month': { const t = addMonths(dct, n); return fmtMonth(t.y, t.m); }
    case 'quarter': {
      const q = quarterOf(dct.m) - 1 + n;
      const y = dct.y + Math.floor(q / 4);
      return `${y}-Q${q - Math.floor(q / 4) * 4 + 1}`;
    }
    case 'year': return String(dct.y + n);
    case 'decade': return String(Math.floor((dct.y + 10 * n) / 10));
    case 'century': return String(Math.floor((dct.y + 100 * n) / 100));
    default: return undefined;
  }
}

/** Value of a date lying n units before/after the DCT ("three weeks ago"), at unit granularity. */
export function offsetValue(dct: Ymd, unit: string, n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const whole = Math.round(n);
  if (unit === 'decade') return String(dct.y + 10 * whole);
  if (unit === 'century') return String(dct.y + 100 * whole);
  return shifted(dct, unit, whole);
}
