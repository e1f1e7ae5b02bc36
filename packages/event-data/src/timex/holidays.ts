/**
 * Named days: fixed (Christmas, New Year's Day, Independence Day, Halloween …) and moveable
 * (Easter, Thanksgiving, Labor Day, Memorial Day, Election Day), with "last/next/this" or a year.
 */
import { addDays, daysInMonth, fmtDay, isoWeekday, toDays, type Ymd } from './calendar.js';
import { type Ctx, isCap, isP, type Match, word } from './context.js';
import { yearAt } from './dates.js';
import { direction } from './tense.js';

type Rule = (y: number) => Ymd;

/** The n-th ISO weekday (Monday = 1) of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, dow: number, n: number): Ymd {
  if (n > 0) {
    const first = isoWeekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((dow - first + 7) % 7) + 7 * (n - 1) };
  }
  const lastDay = daysInMonth(y, m);
  const last = isoWeekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - dow + 7) % 7) };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const fixed = (m: number, d: number): Rule => (y) => ({ y, m, d });

/** Holiday names as lower-case word sequences (apostrophes dropped) → date rule. */
const HOLIDAYS: Array<[string[], Rule]> = [
  [['christmas', 'eve'], fixed(12, 24)], [['christmas', 'day'], fixed(12, 25)], [['christmas'], fixed(12, 25)],
  [['new', 'year', 's', 'eve'], fixed(12, 31)], [['new', 'year', 's', 'day'], fixed(1, 1)],
  [['new', 'year', 's'], fixed(1, 1)], [['new', 'year'], fixed(1, 1)],
  [['independence', 'day'], fixed(7, 4)], [['halloween'], fixed(10, 31)], [['valentine', 's', 'day'], fixed(2, 14)],
  [['veterans', 'day'], fixed(11, 11)], [['boxing', 'day'], fixed(12, 26)], [['bastille', 'day'], fixed(7, 14)],
  [['thanksgiving', 'day'], (y) => nthWeekday(y, 11, 4, 4)], [['thanksgiving'], (y) => nthWeekday(y, 11, 4, 4)],
  [['labor', 'day'], (y) => nthWeekday(y, 9, 1, 1)], [['memorial', 'day'], (y) => nthWeekday(y, 5, 1, -1)],
  [['election', 'day'], (y) => addDays(nthWeekday(y, 11, 1, 1), 1)],
  [['easter', 'sunday'], easter], [['easter', 'monday'], (y) => addDays(easter(y), 1)],
  [['good', 'friday'], (y) => addDays(easter(y), -2)], [['easter'], easter],
];

/** Length in tokens of holiday `words` at i (apostrophes skipped), or 0. */
function matchWords(ctx: Ctx, i: number, words: string[]): number {
  let j = i;
  for (const w of words) {
    if (isP(ctx, j, "'")) j++;
    if (word(ctx, j) !== w) return 0;
    j++;
  }
  return j - i;
}

/** "Thanksgiving", "last Christmas", "Easter 2016", "New Year's Eve". */
export function holiday(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const rel = w === 'last' || w === 'next' || w === 'this' ? w : undefined;
  const j = rel ? i + 1 : i;
  if (!isCap(ctx, j)) return undefined;
  for (const [words, rule] of HOLIDAYS) {
    const n = matchWords(ctx, j, words);
    if (n === 0) continue;
    const e = j + n;
    const dct = ctx.dct;
    let k = e;
    if (isP(ctx, k, ',')) k++;
    const y = yearAt(ctx, k);
    if (y !== undefined) return { s: i, e: k + 1, type: 'DATE', value: fmtDay(rule(y)), anchor: 'explicit' };
    const days = (d: Ymd) => toDays(d) - toDays(dct);
    const cands = [rule(dct.y - 1), rule(dct.y), rule(dct.y + 1)];
    let pick: Ymd;
    const dir = rel === 'last' ? -1 : rel === 'next' ? 1 : rel === 'this' ? 0 : direction(ctx, i, e);
    if (rel === 'this') pick = cands[1]!;
    else if (dir < 0) pick = [...cands].reverse().find((d) => days(d) < (rel ? 0 : 1))!;
    else if (dir > 0) pick = cands.find((d) => days(d) > (rel ? 0 : -1))!;
    else pick = cands.reduce((a, b) => (Math.abs(days(b)) < Math.abs(days(a)) ? b : a));
    return { s: i, e, type: 'DATE', value: fmtDay(pick), anchor: 'dct' };
  }
  return undefined;
}
