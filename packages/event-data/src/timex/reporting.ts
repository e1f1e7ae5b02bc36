/**
 * Periods named by "the" and bound to the DCT: "the quarter", "the latest period", "the
 * year-ago quarter", "the year", "the week", "the day", "the morning".
 */
import { fmtDay, fmtMonth } from './calendar.js';
import { type Ctx, isP, type Match, word } from './context.js';
import { yearAt } from './dates.js';
import { shifted, weekendValue } from './resolve.js';
import { direction } from './tense.js';

/** "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period". */
export function reportingPeriod(ctx: Ctx, i: number): Match | undefined {
  if (word(ctx, i) !== 'the') return undefined;
  let j = i + 1;
  let back = 0;
  const a = word(ctx, j);
  if (a === 'latest' || a === 'recent' || a === 'just' || a === 'most') {
    j++;
    if (word(ctx, j) === 'recent' || word(ctx, j) === 'ended' || word(ctx, j) === 'completed') j++;
  } else if (a === 'comparable' || a === 'same' || a === 'year') {
    if (a !== 'year') j++;
    if (word(ctx, j) === 'year' && isP(ctx, j + 1, '-') && (word(ctx, j + 2) === 'ago' || word(ctx, j + 2) === 'earlier')) {
      back = 1;
      j += 3;
    } else if (a !== 'year') return undefined;
  } else if (yearAt(ctx, j) !== undefined && (word(ctx, j + 1) === 'quarter' || word(ctx, j + 1) === 'period')) {
    // "the 1988 period": the DCT's reporting quarter in that year.
    back = ctx.dct.y - yearAt(ctx, j)!;
    j++;
  } else if (a === 'full' || a === 'entire' || a === 'whole') {
    if (word(ctx, j + 1) === 'year') return { s: i, e: j + 2, type: 'DATE', value: String(ctx.dct.y), anchor: 'dct' };
    return undefined;
  }
  const u = word(ctx, j);
  // "the quarter-to-quarter comparison"
  if (isP(ctx, j + 1, '-') && word(ctx, j + 2) === 'to') return undefined;
  if (u === 'quarter' || (u === 'period' && j > i + 1)) {
    const v = shifted({ ...ctx.dct, y: ctx.dct.y - back }, 'quarter', -1)!;
    return { s: i, e: j + 1, type: 'DATE', value: v, anchor: 'dct', derived: back > 0 };
  }
  if (j === i + 1) {
    // "the year ended March 31" is a twelve-month span; "the year", "the week" … refer to the DCT's.
    if (u === 'year' && (word(ctx, j + 1) === 'ended' || word(ctx, j + 1) === 'ending')) {
      return { s: i, e: j + 1, type: 'DURATION', value: 'P1Y', anchor: 'explicit' };
    }
    if (u === 'year') return { s: i, e: j + 1, type: 'DATE', value: String(ctx.dct.y), anchor: 'dct' };
    if (u === 'month' && !isP(ctx, j + 1, '-')) {
      return { s: i, e: j + 1, type: 'DATE', value: fmtMonth(ctx.dct.y, ctx.dct.m), anchor: 'dct' };
    }
    if (u === 'week') return { s: i, e: j + 1, type: 'DATE', value: shifted(ctx.dct, 'week', 0)!, anchor: 'dct' };
    if (u === 'weekend') {
      return { s: i, e: j + 1, type: 'DATE', value: weekendValue(ctx.dct, direction(ctx, i, j + 1), true), anchor: 'dct' };
    }
    if (u === 'day' && !isP(ctx, j + 1, '-')) {
      return { s: i, e: j + 1, type: 'DATE', value: fmtDay(ctx.dct), anchor: 'dct' };
    }
    if (u === 'morning' || u === 'afternoon' || u === 'evening') {
      const code = u === 'morning' ? 'MO' : u === 'afternoon' ? 'AF' : 'EV';
      return { s: i, e: j + 1, type: 'TIME', value: fmtDay(ctx.dct) + 'T' + code, anchor: 'dct' };
    }
    if (u === 'decade') return { s: i, e: j + 1, type: 'DATE', value: shifted(ctx.dct, 'decade', 0)!, anchor: 'dct' };
  }
  return undefined;
}
