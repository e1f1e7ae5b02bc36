/**
 * Calendar dates written with month names or digits: "April 12, 2017", "12 April 2017",
 * "Apr. 12", "4/12/2017", "2017-04-12", "April 2017", "April", "the 12th", years and decades.
 */
import { fmtDay, fmtMonth, isValidDate, pad } from './calendar.js';
import {
  afterDot, ahead, type Ctx, glued, isCap, isNum, isP, low, type Match, sentenceStart, word,
} from './context.js';
import { DATE_PREPOSITIONS, FULL_MONTHS, MONTHS, QUANTITY_CUES } from './lexicon.js';
import { eraAt } from './eras.js';
import { ordinal } from './numbers.js';
import { direction } from './tense.js';
import { yearForMonth, yearForMonthDay } from './resolve.js';
import { Kind } from './tokenizer.js';

/** A 4-digit year token at i (1000..2999, integer), or undefined. */
export function yearAt(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i];
  if (t === undefined || t.k !== Kind.Num || t.digits !== 4 || t.s.length !== 4) return undefined;
  return t.n >= 1000 && t.n <= 2999 ? t.n : undefined;
}

/** "'98" → 1998 (two-digit year after an apostrophe), with the index after it. */
function shortYearAt(ctx: Ctx, i: number): { y: number; e: number } | undefined {
  if (!isP(ctx, i, "'") || !isNum(ctx, i + 1) || !glued(ctx, i + 1)) return undefined;
  const t = ctx.toks[i + 1]!;
  if (t.s.length !== 2) return undefined;
  if (glued(ctx, i + 2) && word(ctx, i + 2) === 's') return undefined;
  return { y: t.n < 30 ? 2000 + t.n : 1900 + t.n, e: i + 2 };
}

/** Year after a month or day: "2017", ", 2017", "of 2017", "'98". */
function trailingYear(ctx: Ctx, i: number): { y: number; e: number } | undefined {
  let j = i;
  if (isP(ctx, j, ',') || word(ctx, j) === 'of') j++;
  const y = yearAt(ctx, j);
  if (y !== undefined && !(glued(ctx, j + 1) && (word(ctx, j + 1) === 's' || low(ctx, j + 1) === "'"))) {
    return { y, e: j + 1 };
  }
  return shortYearAt(ctx, j);
}

/** Month word at i, honouring the "May"/"March" ambiguity and abbreviations. */
export function monthAt(ctx: Ctx, i: number): { m: number; e: number; abbrev: boolean } | undefined {
  const w = word(ctx, i);
  const m = MONTHS.get(w);
  if (m === undefined || !isCap(ctx, i)) return undefined;
  const full = FULL_MONTHS.has(w);
  const e = full ? i + 1 : afterDot(ctx, i);
  if (!full && e === i + 1 && !isNum(ctx, i + 1)) return undefined;
  return { m, e, abbrev: !full };
}

/** A day number (1..31) at i, with an optional ordinal suffix. */
function dayAt(ctx: Ctx, i: number): { d: number; e: number } | undefined {
  const t = ctx.toks[i];
  if (t === undefined || t.k !== Kind.Num || t.s.length > 2 || t.n < 1 || t.n > 31) return undefined;
  const o = ordinal(ctx, i);
  return { d: t.n, e: o ? o.e : i + 1 };
}

/** Month-led dates: "April 12, 2017", "Apr. 12", "April 2017", "April of 2017", "April". */
export function monthFirst(ctx: Ctx, i: number): Match | undefined {
  const mo = monthAt(ctx, i);
  if (!mo) return undefined;
  const { m } = mo;
  const day = dayAt(ctx, mo.e);
  if (day && !((isP(ctx, day.e, ':') || isP(ctx, day.e, '.')) && glued(ctx, day.e) && isNum(ctx, day.e + 1) &&
    glued(ctx, day.e + 1))) {
    const yr = trailingYear(ctx, day.e);
    if (yr && isValidDate(yr.y, m, day.d)) {
      return { s: i, e: yr.e, type: 'DATE', value: fmtDay({ y: yr.y, m, d: day.d }), anchor: 'explicit' };
    }
    const y = yearForMonthDay(ctx.dct, m, day.d, direction(ctx, i, day.e));
    if (!isValidDate(y, m, day.d) && !(m === 2 && day.d === 29)) return undefined;
    return { s: i, e: day.e, type: 'DATE', value: fmtDay({ y, m, d: day.d }), anchor: 'dct' };
  }
  const yr = trailingYear(ctx, mo.e);
  if (yr) return { s: i, e: yr.e, type: 'DATE', value: fmtMonth(yr.y, m), anchor: 'explicit' };
  // "July last year", "January this year"
  const rel = word(ctx, mo.e);
  if ((rel === 'last' || rel === 'this' || rel === 'next') && word(ctx, mo.e + 1) === 'year') {
    const y = ctx.dct.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    return { s: i, e: mo.e + 2, type: 'DATE', value: fmtMonth(y, m), anchor: 'dct' };
  }
  if (mo.abbrev) return undefined;
  if (!bareMonthOk(ctx, i)) return undefined;
  const y = yearForMonth(ctx.dct, m, direction(ctx, i, i + 1));
  return { s: i, e: mo.e, type: 'DATE', value: fmtMonth(y, m), anchor: 'dct' };
}

/** A month name standing alone: "May" and "March" need a date-like word before them. */
function bareMonthOk(ctx: Ctx, i: number): boolean {
  const w = word(ctx, i);
  const prev = low(ctx, i - 1);
  if (w === 'may' || w === 'march') {
    // "in May", "since March", "April and May" — but not "that May", "by May" the name, "March on".
    if (prev === '-' && word(ctx, i - 2) === 'mid') return true;
    if ((prev === 'and' || prev === 'or' || prev === 'to' || prev === ',') && MONTHS.has(word(ctx, i - 2))) return true;
    return MONTH_PREPOSITIONS.has(prev) && !isCap(ctx, i + 1);
  }
  // "June Carter", "August Wilson": a capitalised word after a bare month makes it a name,
  // unless a preposition says it is a date ("in June President Obama …").
  if (isCap(ctx, i + 1) && !DATE_PREPOSITIONS.has(prev) && !MONTHS.has(word(ctx, i + 1))) return false;
  if (sentenceStart(ctx, i) && isCap(ctx, i + 1)) return false;
  return true;
}

/** Words after which "May" and "March" are months. */
const MONTH_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'before', 'after', 'during', 'from', 'through',
  'early', 'late', 'mid', 'last', 'next', 'this', 'of', 'by', 'between', 'end', 'beginning', 'start', 'middle',
  'throughout', 'until', 'around', 'circa']);

/** Day-led dates: "12 April 2017", "12th of April", "the 12th of April", "the 12th". */
export function dayFirst(ctx: Ctx, i: number): Match | undefined {
  const the = word(ctx, i) === 'the' ? 1 : 0;
  const j = i + the;
  // Without a month close by, only "the 12th" can match.
  if (!the && !ahead(ctx, j, 4, MONTHS)) return undefined;
  const o = ordinal(ctx, j);
  const day = isNum(ctx, j) && !o ? dayAt(ctx, j) : o && o.n >= 1 && o.n <= 31 ? { d: o.n, e: o.e } : undefined;
  if (!day) return undefined;
  let k = day.e;
  if (word(ctx, k) === 'of') k++;
  const mo = monthAt(ctx, k);
  if (mo) {
    const yr = trailingYear(ctx, mo.e);
    if (yr && isValidDate(yr.y, mo.m, day.d)) {
      return { s: i, e: yr.e, type: 'DATE', value: fmtDay({ y: yr.y, m: mo.m, d: day.d }), anchor: 'explicit' };
    }
    const y = yearForMonthDay(ctx.dct, mo.m, day.d, direction(ctx, i, mo.e));
    if (!isValidDate(y, mo.m, day.d)) return undefined;
    return { s: i, e: mo.e, type: 'DATE', value: fmtDay({ y, m: mo.m, d: day.d }), anchor: 'dct' };
  }
  // "the 12th" alone: a day of the DCT month, only when nothing noun-like follows.
  if (the && o && o.n <= 31 && isNum(ctx, j)) {
    const nx = ctx.toks[day.e];
    if (nx === undefined || nx.k === Kind.Punct) {
      return { s: i, e: day.e, type: 'DATE', value: fmtDay({ y: ctx.dct.y, m: ctx.dct.m, d: day.d }), anchor: 'dct' };
    }
  }
  return undefined;
}

/** Numeric dates: "2017-04-12", "4/12/2017", "4/12/17", "12.04.2017". */
export function numericDate(ctx: Ctx, i: number): Match | undefined {
  if (!isNum(ctx, i)) return undefined;
  const a = ctx.toks[i]!;
  const sep = low(ctx, i + 1);
  if (sep !== '-' && sep !== '/' && sep !== '.') return undefined;
  if (!glued(ctx, i + 1) || !isNum(ctx, i + 2) || !glued(ctx, i + 2)) return undefined;
  if (low(ctx, i + 3) !== sep || !glued(ctx, i + 3) || !isNum(ctx, i + 4) || !glued(ctx, i + 4)) return undefined;
  if (isNum(ctx, i + 5) && glued(ctx, i + 5)) return undefined;
  const b = ctx.toks[i + 2]!;
  const c = ctx.toks[i + 4]!;
  let y: number, m: number, d: number;
  if (a.s.length === 4 && sep === '-') {
    y = a.n; m = b.n; d = c.n;
  } else if (sep === '/' && a.s.length <= 2 && b.s.length <= 2 && (c.s.length === 4 || c.s.length === 2)) {
    y = c.s.length === 4 ? c.n : c.n < 50 ? 2000 + c.n : 1900 + c.n;
    if (a.n <= 12) { m = a.n; d = b.n; } else { m = b.n; d = a.n; }
  } else if (sep === '.' && a.s.length <= 2 && b.s.length <= 2 && c.s.length === 4) {
    y = c.n; m = b.n; d = a.n;
  } else return undefined;
  if (y < 1000 || y > 2999 || !isValidDate(y, m, d)) return undefined;
  return { s: i, e: i + 5, type: 'DATE', value: fmtDay({ y, m, d }), anchor: 'explicit' };
}

/** Plurals without an -s that show a number is a count ("2015 people"). */
const COUNT_NOUNS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'feet',
  'sheep', 'fish', 'deer', 'aircraft', 'head']);
const NOT_YEAR_AFTER = new Set(['percent', '%', 'per', 'million', 'billion', 'thousand', 'times', 'of']);
const DETERMINERS = new Set(['the', 'a', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that',
  'last', 'next', 'fiscal', 'in', 'since', 'early', 'late', 'mid', 'until', 'by', 'before', 'after', 'during', 'year',
  'calendar', 'season', 'model']);

/** A bare year ("1990", "in 1776"), a decade ("the 1990s", "'80s", "mid-1990s"), or "'98". */
export function yearOrDecade(ctx: Ctx, i: number): Match | undefined {
  const the = word(ctx, i) === 'the' ? 1 : 0;
  const j = i + the;
  // '80s
  if (isP(ctx, j, "'") && isNum(ctx, j + 1) && glued(ctx, j + 1) && ctx.toks[j + 1]!.s.length === 2 &&
    word(ctx, j + 2) === 's' && glued(ctx, j + 2)) {
    const n = ctx.toks[j + 1]!.n;
    const c = n < 30 ? 200 : 190;
    return { s: i, e: j + 3, type: 'DATE', value: String(c + Math.floor(n / 10)), anchor: 'explicit' };
  }
  // "the 80s" (without the apostrophe): the decade in the DCT's century or the one before.
  if (the && isNum(ctx, j) && ctx.toks[j]!.s.length === 2 && ctx.toks[j]!.n % 10 === 0 && word(ctx, j + 1) === 's' &&
    glued(ctx, j + 1)) {
    const n = ctx.toks[j]!.n;
    const century = Math.floor(ctx.dct.y / 100);
    const c = century * 100 + n > ctx.dct.y ? century - 1 : century;
    return { s: i, e: j + 2, type: 'DATE', value: String(c * 10 + n / 10), anchor: 'dct' };
  }
  const y = yearAt(ctx, j);
  if (y === undefined) {
    if (the) return undefined;
    const sy = shortYearAt(ctx, j);
    if (sy && (DATE_PREPOSITIONS.has(low(ctx, j - 1)) || word(ctx, j - 1) === 'fiscal')) {
      return { s: j, e: sy.e, type: 'DATE', value: String(sy.y), anchor: 'explicit' };
    }
    return undefined;
  }
  // "1990s"; "1990's" only after "the"/"early"/"mid-" (otherwise it is a possessive: "1990's second half").
  const prevWord = low(ctx, j - 1);
  const decadeApostrophe = the === 1 || prevWord === 'early' || prevWord === 'late' || prevWord === '-' || prevWord === 'mid';
  if (glued(ctx, j + 1) && (word(ctx, j + 1) === 's' ||
    (decadeApostrophe && isP(ctx, j + 1, "'") && word(ctx, j + 2) === 's'))) {
    const e = word(ctx, j + 1) === 's' ? j + 2 : j + 3;
    const value = pad(Math.floor(y / 10), 3);
    return { s: i, e, type: 'DATE', value, anchor: 'explicit' };
  }
  if (the) return undefined;
  if (!yearContext(ctx, j, y)) return undefined;
  return { s: j, e: j + 1, type: 'DATE', value: String(y), anchor: 'explicit' };
}

/** Decides whether a 4-digit number reads as a year rather than a quantity or a code. */
function yearContext(ctx: Ctx, j: number, y: number): boolean {
  const prev = low(ctx, j - 1);
  const next = low(ctx, j + 1);
  if (prev === '-' && glued(ctx, j)) {
    const before = word(ctx, j - 2);
    return before === 'mid' || before === 'pre' || before === 'post' || yearAt(ctx, j - 2) !== undefined;
  }
  if (prev === '$' || prev === '#' || prev === '£' || prev === '€' || prev === '+') return false;
  if ((prev === '.' || prev === ',') && glued(ctx, j) && isNum(ctx, j - 2)) return false;
  if (NOT_YEAR_AFTER.has(next) && next !== 'of') return false;
  if ((isP(ctx, j + 1, ':') || isP(ctx, j + 1, '.') || isP(ctx, j + 1, '/')) && isNum(ctx, j + 2) && glued(ctx, j + 2)) {
    return false;
  }
  if (QUANTITY_CUES.has(prev)) return false;
  if (eraAt(ctx, j + 1)?.era === 'BC') return false;
  if (y < 1800 || y > 2100) return DATE_PREPOSITIONS.has(prev);
  const nt = ctx.toks[j + 1];
  if (nt !== undefined && nt.k === Kind.Word && !isCap(ctx, j + 1) && !DETERMINERS.has(prev) &&
    (nt.l.length > 3 && nt.l.endsWith('s') && !nt.l.endsWith('ss') || COUNT_NOUNS.has(nt.l))) {
    return false;
  }
  return true;
}
