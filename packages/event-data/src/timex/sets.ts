/**
 * Recurring times (TIMEX3 SET): "every Tuesday", "each year", "daily", "twice a week",
 * "three times a year", "$5 million a year", "on Sundays", "every other week".
 */
import { ahead, type Ctx, isNum, isP, low, type Match, word } from './context.js';
import { PARTS_OF_DAY, UNITS, WEEKDAYS, WEEKDAYS_PLURAL } from './lexicon.js';
import { quantity } from './numbers.js';
import { durationValue } from './durations.js';

/** Frequency words and the period they repeat with. */
export const ADVERBS = new Map<string, string>([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'], ['annually', 'P1Y'],
  ['annual', 'P1Y'], ['quarterly', 'P3M'], ['hourly', 'PT1H'], ['nightly', 'XXXX-XX-XXTNI'],
  ['biweekly', 'P2W'], ['biannually', 'P6M'], ['semiannually', 'P6M'], ['semiannual', 'P6M'],
  ['fortnightly', 'P2W'],
]);

/** Frequency adjectives TimeBank does tag before a noun ("daily life", "weekly address"). */
const ADJECTIVE_OK = new Set(['daily', 'weekly', 'hourly', 'monthly', 'nightly']);

const FUNCTION_WORDS = new Set([
  'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'by', 'from', 'with', 'since', 'until', 'through', 'as', 'than',
  'if', 'because', 'while', 'when', 'the', 'a', 'an', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'basis',
  'is', 'are', 'was', 'were', 'be', 'will', 'would', 'rather', 'instead', 'during', 'throughout', 'after', 'before',
]);

/** Value of one recurring unit, weekday or part of day ("Tuesday" → XXXX-WXX-2). */
function recurring(w: string): string | undefined {
  const unit = UNITS.get(w);
  if (unit !== undefined && !w.endsWith('s')) {
    if (unit === 'weekend') return 'XXXX-WXX-WE';
    return durationValue(1, unit);
  }
  const dow = WEEKDAYS.get(w);
  if (dow !== undefined && w.length >= 6) return `XXXX-WXX-${dow}`;
  const pod = PARTS_OF_DAY.get(w);
  if (pod !== undefined && !w.endsWith('s') && w !== 'overnight') return `XXXX-XX-XXT${pod}`;
  return undefined;
}

/** "every day", "each Tuesday", "every other week", "every two years", "every morning". */
export function everyUnit(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  if (w !== 'every' && w !== 'each' && w !== 'per') return undefined;
  const quant = w === 'per' ? undefined : w.toUpperCase();
  if (w === 'per' && word(ctx, i + 1) === 'second') return undefined;
  let j = i + 1;
  if (word(ctx, j) === 'other') {
    const unit = UNITS.get(word(ctx, j + 1));
    if (unit && !word(ctx, j + 1).endsWith('s')) {
      const v = durationValue(2, unit);
      if (v) return { s: i, e: j + 2, type: 'SET', value: v, quant, anchor: 'explicit' };
    }
    return undefined;
  }
  const q = quantity(ctx, j);
  if (q && !q.article && Number.isFinite(q.n)) {
    const unit = UNITS.get(word(ctx, q.e));
    if (unit) {
      const v = durationValue(q.n, unit);
      if (v) return { s: i, e: q.e + 1, type: 'SET', value: v, quant, anchor: 'explicit' };
    }
    return undefined;
  }
  const v = recurring(word(ctx, j));
  if (v === undefined) return undefined;
  // "each day" in "each day of the trial" is still a set; "per day" after a rate as well.
  return { s: i, e: j + 1, type: 'SET', value: v, quant, anchor: 'explicit' };
}

/** "daily", "weekly", "annual", "quarterly" (not "the quarterly report"'s noun use of "quarter"). */
export function frequencyAdverb(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const v = ADVERBS.get(w);
  if (v === undefined) return undefined;
  // Adjectives ("the quarterly dividend", "an annual meeting") are not tagged; adverbs are.
  const next = ctx.toks[i + 1];
  if (next !== undefined && next.k === 0 && !FUNCTION_WORDS.has(next.l) && !ADJECTIVE_OK.has(w)) {
    return undefined;
  }
  return { s: i, e: i + 1, type: 'SET', value: v, anchor: 'explicit' };
}

const TIMES = new Set(['times']);

/** "twice a year", "three times a week", "once a month". */
export function timesPer(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  let n: number | undefined;
  let j: number;
  if (w === 'once') { n = 1; j = i + 1; } else if (w === 'twice') { n = 2; j = i + 1; } else if (w === 'thrice') {
    n = 3; j = i + 1;
  } else {
    if (!ahead(ctx, i, 5, TIMES)) return undefined;
    const q = quantity(ctx, i);
    if (!q || !Number.isFinite(q.n) || q.article || word(ctx, q.e) !== 'times') return undefined;
    n = q.n;
    j = q.e + 1;
  }
  const per = word(ctx, j);
  if (per !== 'a' && per !== 'an' && per !== 'per' && per !== 'each' && per !== 'every') return undefined;
  const v = recurring(word(ctx, j + 1));
  if (v === undefined) return undefined;
  return { s: i, e: j + 2, type: 'SET', value: v, freq: `${n}X`, anchor: 'explicit' };
}

/** "$5 million a year", "10% a month": a rate's "a year" after a number. */
export function rateUnit(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  if (w !== 'a' && w !== 'an') return undefined;
  const u = word(ctx, i + 1);
  const unit = UNITS.get(u);
  if (unit === undefined || u.endsWith('s') || unit === 'weekend' || unit === 'second') return undefined;
  const prev = low(ctx, i - 1);
  if (!(isNum(ctx, i - 1) || prev === '%' || prev === 'percent' || prev === 'million' || prev === 'billion' ||
    prev === 'dollars' || prev === 'cents' || prev === 'thousand' || prev === 'share' || prev === 'barrels' ||
    prev === 'tons' || prev === 'people')) {
    return undefined;
  }
  if (isP(ctx, i + 2, '-')) return undefined;
  const v = durationValue(1, unit);
  return v ? { s: i, e: i + 2, type: 'SET', value: v, anchor: 'explicit' } : undefined;
}

/** "on Sundays", "Tuesday nights" → XXXX-WXX-7, XXXX-WXX-2TNI. */
export function pluralWeekday(ctx: Ctx, i: number): Match | undefined {
  const dow = WEEKDAYS_PLURAL.get(word(ctx, i));
  const single = WEEKDAYS.get(word(ctx, i));
  if (dow !== undefined) return { s: i, e: i + 1, type: 'SET', value: `XXXX-WXX-${dow}`, anchor: 'explicit' };
  if (single !== undefined && word(ctx, i).length >= 6) {
    const pod = PARTS_OF_DAY.get(word(ctx, i + 1));
    if (pod !== undefined && word(ctx, i + 1).endsWith('s')) {
      return { s: i, e: i + 2, type: 'SET', value: `XXXX-WXX-${single}T${pod}`, anchor: 'explicit' };
    }
  }
  return undefined;
}
