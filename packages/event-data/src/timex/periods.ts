/**
 * Calendar periods: quarters ("the third quarter", "third-quarter", "Q3 2017"), halves,
 * seasons ("the summer of 1994"), fiscal years, centuries and decades in words. The DCT-bound
 * "the year", "the quarter", "the year-earlier period" are in reporting.ts.
 */
import { type Ctx, glued, isCap, isNum, isP, low, type Match, word } from './context.js';
import { yearAt } from './dates.js';
import { NUMBER_WORDS, SEASONS } from './lexicon.js';
import { ordinal, wordNumber } from './numbers.js';
import { seasonValue } from './relative.js';
import { dctQuarter, yearForPeriod } from './resolve.js';
import { direction } from './tense.js';

/** Year after a period: "of 1998", "1998", ", 1998", "'s" is not consumed. */
function periodYear(ctx: Ctx, i: number): { y: number; e: number } | undefined {
  let j = i;
  if (word(ctx, j) === 'of' || isP(ctx, j, ',')) j++;
  if (word(ctx, j) === 'fiscal') j++;
  const y = yearAt(ctx, j);
  if (y !== undefined && !(glued(ctx, j + 1) && word(ctx, j + 1) === 's')) return { y, e: j + 1 };
  // "the winter of nineteen ninety-four"
  const words = j > i && word(ctx, j - 1) === 'of' ? centuryOrWords(ctx, j) : undefined;
  if (words && /^\d{4}$/.test(words.value)) return { y: +words.value, e: words.e };
  return undefined;
}

/** "the third quarter (of 1998)", "third-quarter", "the fiscal second quarter", "Q3", "the first half". */
export function quarterOrHalf(ctx: Ctx, i: number): Match | undefined {
  let j = i;
  const the = word(ctx, j) === 'the';
  if (the) j++;
  let preYear: number | undefined;
  if (word(ctx, j) === 'fiscal') j++;
  const y0 = yearAt(ctx, j);
  if (y0 !== undefined) { preYear = y0; j++; }
  let back = 0;
  if (the && (word(ctx, j) === 'comparable' || word(ctx, j) === 'same')) j++;
  if (the && word(ctx, j) === 'year' && isP(ctx, j + 1, '-') &&
    (word(ctx, j + 2) === 'ago' || word(ctx, j + 2) === 'earlier')) {
    back = 1;
    j += 3;
  }
  if (word(ctx, j) === 'q' && isCap(ctx, j) && isNum(ctx, j + 1) && glued(ctx, j + 1)) {
    const q = ctx.toks[j + 1]!.n;
    if (q < 1 || q > 4 || (isNum(ctx, j + 2) && glued(ctx, j + 2))) return undefined;
    const yr = periodYear(ctx, j + 2);
    const y = yr?.y ?? preYear ?? yearForPeriod(ctx.dct, q, dctQuarter(ctx.dct), direction(ctx, i, j + 2));
    return { s: i, e: yr ? yr.e : j + 2, type: 'DATE', value: `${y}-Q${q}`, anchor: yr || preYear ? 'explicit' : 'dct' };
  }
  const o = ordinal(ctx, j);
  let idx: number;
  let k: number;
  if (o) { idx = o.n; k = o.e; } else if (word(ctx, j) === 'last' || word(ctx, j) === 'final') { idx = -1; k = j + 1; } else {
    return undefined;
  }
  const hyphen = isP(ctx, k, '-') && glued(ctx, k);
  if (hyphen) k++;
  if (word(ctx, k) === 'fiscal') k++;
  const unit = word(ctx, k);
  const isQ = unit === 'quarter';
  const isH = unit === 'half';
  if (!isQ && !isH) return undefined;
  const max = isQ ? 4 : 2;
  const yr = periodYear(ctx, k + 1);
  // "the last quarter of 1989" is Q4; "last quarter" alone is the previous one (see relative.ts).
  if (idx === -1) {
    if (!yr && preYear === undefined) return undefined;
    idx = max;
  }
  if (idx < 1 || idx > max) return undefined;
  const current = isQ ? dctQuarter(ctx.dct) : ctx.dct.m <= 6 ? 1 : 2;
  const y = (yr?.y ?? preYear ?? yearForPeriod(ctx.dct, idx, current, direction(ctx, i, k + 1))) - back;
  // "the third-quarter results": the determiner belongs to "results", not to the quarter.
  const s = the && hyphen && !back && preYear === undefined ? i + 1 : i;
  return {
    derived: back > 0,
    s, e: yr ? yr.e : k + 1, type: 'DATE', value: `${y}-${isQ ? 'Q' : 'H'}${idx}`,
    anchor: yr || preYear !== undefined ? 'explicit' : 'dct',
  };
}

/** "year-earlier", "year-ago" used as adjectives: the year before the DCT. */
export function yearAgoAdjective(ctx: Ctx, i: number): Match | undefined {
  if (word(ctx, i) !== 'year' || !isP(ctx, i + 1, '-') || !glued(ctx, i + 1)) return undefined;
  const w = word(ctx, i + 2);
  if (w !== 'ago' && w !== 'earlier') return undefined;
  if (word(ctx, i - 1) === 'the' && (word(ctx, i + 3) === 'quarter' || word(ctx, i + 3) === 'period')) return undefined;
  return { s: i, e: i + 3, type: 'DATE', value: String(ctx.dct.y - 1), anchor: 'dct', yearAgo: true };
}

const SEASON_PREPOSITIONS = new Set(['in', 'during', 'by', 'until', 'since', 'over', 'through', 'throughout', 'before',
  'after']);

/** Seasons: "summer", "the summer of 1994", "spring 2017", "the winter". */
export function season(ctx: Ctx, i: number): Match | undefined {
  const the = word(ctx, i) === 'the';
  const j = the ? i + 1 : i;
  const w = word(ctx, j);
  const code = SEASONS.get(w);
  if (code === undefined) return undefined;
  const yr = periodYear(ctx, j + 1);
  if (yr) return { s: i, e: yr.e, type: 'DATE', value: `${yr.y}-${code}`, anchor: 'explicit' };
  const prev = low(ctx, i - 1);
  const positional = prev === 'early' || prev === 'late' || prev === 'mid' || prev === '-';
  const prep = SEASON_PREPOSITIONS.has(prev);
  // "fall" and "spring" are common verbs/nouns: only "in the fall", "early spring" and the like.
  if (w === 'fall' || w === 'spring') {
    if (!(the && prep) && !positional) return undefined;
    if (word(ctx, j + 1) === 'of') return undefined;
  } else if (!the && !prep && !positional && prev !== 'this' && prev !== 'each') {
    return undefined;
  }
  if (word(ctx, j + 1) === 'of' && !yr) return undefined;
  // "the Summer Olympics", "the Winter Palace"
  if (isCap(ctx, j) && isCap(ctx, j + 1)) return undefined;
  if (isCap(ctx, j) && !the && !(prev === 'in' || prev === 'since')) return undefined;
  return { s: i, e: j + 1, type: 'DATE', value: seasonValue(ctx.dct, code, 0), anchor: 'dct' };
}

/** "fiscal 1998", "fiscal year 1998", "FY1998", "fiscal '98", "the fiscal year". */
export function fiscalYear(ctx: Ctx, i: number): Match | undefined {
  const the = word(ctx, i) === 'the';
  let j = the ? i + 1 : i;
  if (word(ctx, j) === 'fy' && isNum(ctx, j + 1) && glued(ctx, j + 1)) {
    const t = ctx.toks[j + 1]!;
    const y = t.s.length === 4 ? t.n : t.s.length === 2 ? (t.n < 50 ? 2000 : 1900) + t.n : NaN;
    return Number.isFinite(y) ? { s: j, e: j + 2, type: 'DATE', value: String(y), anchor: 'explicit' } : undefined;
  }
  if (word(ctx, j) !== 'fiscal') return undefined;
  j++;
  if (word(ctx, j) === 'year' || word(ctx, j) === 'years') j++;
  const y = yearAt(ctx, j);
  if (y !== undefined) return { s: the ? i + 1 : i, e: j + 1, type: 'DATE', value: String(y), anchor: 'explicit' };
  if (isP(ctx, j, "'") && isNum(ctx, j + 1) && ctx.toks[j + 1]!.s.length === 2) {
    const n = ctx.toks[j + 1]!.n;
    return { s: i, e: j + 2, type: 'DATE', value: String((n < 50 ? 2000 : 1900) + n), anchor: 'explicit' };
  }
  if (the && word(ctx, j - 1) === 'year') {
    if (word(ctx, j) === 'ended' || word(ctx, j) === 'ending') {
      return { s: i, e: j, type: 'DURATION', value: 'P1Y', anchor: 'explicit' };
    }
    return { s: i, e: j, type: 'DATE', value: String(ctx.dct.y), anchor: 'dct' };
  }
  return undefined;
}

/**
 * "the latest fiscal year", "this fiscal year", "last fiscal year", "year-end", "year's end",
 * "this past spring".
 */
export function fiscalOrYearEnd(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const n = word(ctx, i + 1);
  let off: number | undefined;
  let j = i + 1;
  if (w === 'the' && (n === 'latest' || n === 'current' || n === 'last' || n === 'past' || n === 'previous' ||
    n === 'next' || n === 'coming')) {
    off = n === 'current' ? 0 : n === 'next' || n === 'coming' ? 1 : -1;
    j = i + 2;
  } else if (w === 'this' || w === 'last' || w === 'next') {
    off = w === 'this' ? 0 : w === 'last' ? -1 : 1;
  }
  if (off !== undefined && word(ctx, j) === 'fiscal' && word(ctx, j + 1) === 'year') {
    return { s: i, e: j + 2, type: 'DATE', value: String(ctx.dct.y + off), anchor: 'dct' };
  }
  if (w === 'this' && n === 'past') {
    const code = SEASONS.get(word(ctx, i + 2));
    if (code) return { s: i, e: i + 3, type: 'DATE', value: seasonValue(ctx.dct, code, -1), anchor: 'dct' };
  }
  // year-end, year end, year's end
  if (w === 'year') {
    let e = -1;
    if (isP(ctx, i + 1, '-') && word(ctx, i + 2) === 'end') e = i + 3;
    else if (n === 'end') e = i + 2;
    else if (isP(ctx, i + 1, "'") && word(ctx, i + 2) === 's' && word(ctx, i + 3) === 'end') e = i + 4;
    if (e > 0) return { s: i, e, type: 'DATE', value: String(ctx.dct.y), mod: 'END', anchor: 'dct' };
  }
  return undefined;
}

const DECADE_WORDS = new Map<string, number>([
  ['twenties', 2], ['thirties', 3], ['forties', 4], ['fifties', 5], ['sixties', 6], ['seventies', 7],
  ['eighties', 8], ['nineties', 9],
]);

/** "the 20th century", "the twenty-first century", "this century", "the nineties", "nineteen ninety-four". */
export function centuryOrWords(ctx: Ctx, i: number): Match | undefined {
  const the = word(ctx, i) === 'the';
  const j = the ? i + 1 : i;
  const o = ordinal(ctx, j);
  if (o && word(ctx, o.e) === 'century' && o.n >= 1 && o.n <= 30) {
    return { s: i, e: o.e + 1, type: 'DATE', value: String(o.n - 1).padStart(2, '0'), anchor: 'explicit' };
  }
  if (o && isP(ctx, o.e, '-') && word(ctx, o.e + 1) === 'century' && o.n >= 1 && o.n <= 30) {
    return { s: i, e: o.e + 2, type: 'DATE', value: String(o.n - 1).padStart(2, '0'), anchor: 'explicit' };
  }
  const dw = DECADE_WORDS.get(word(ctx, j));
  if (dw !== undefined && the) {
    const c = Math.floor(ctx.dct.y / 100);
    const dec = c * 10 + dw;
    const value = dec * 10 > ctx.dct.y ? String(dec - 10) : String(dec);
    return { s: i, e: j + 1, type: 'DATE', value, anchor: 'dct' };
  }
  // Years in words: "nineteen ninety-four", "the year two thousand".
  const w = word(ctx, j);
  if ((w === 'nineteen' || w === 'eighteen') && NUMBER_WORDS.has(word(ctx, j + 1))) {
    const rest = wordNumber(ctx, j + 1);
    if (rest && rest.n >= 10 && rest.n < 100) {
      const hundreds = w === 'nineteen' ? 1900 : 1800;
      return { s: the ? j : i, e: rest.e, type: 'DATE', value: String(hundreds + rest.n), anchor: 'explicit' };
    }
  }
  if (the && w === 'year' && NUMBER_WORDS.has(word(ctx, j + 1))) {
    const n = wordNumber(ctx, j + 1);
    if (n && n.n >= 1000 && n.n <= 2999) return { s: i, e: n.e, type: 'DATE', value: String(n.n), anchor: 'explicit' };
  }
  return undefined;
}
