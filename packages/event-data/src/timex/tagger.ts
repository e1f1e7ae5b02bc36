/**
 * The matcher: at each token, every rule proposes the expression starting there; the longest
 * wins, then matching resumes after it. Modifier phrases ("about", "early", "the end of") wrap
 * whatever expression follows them.
 */
import { parseDct } from './calendar.js';
import { type Ctx, isCap, isNum, isP, type Match, sentenceStart, word } from './context.js';
import { dayFirst, monthFirst, numericDate, yearOrDecade } from './dates.js';
import { bareUnits, comingUnits, countedUnit, spanWithDeterminer, theCountedUnit } from './durations.js';
import {
  centuryOrWords, fiscalOrYearEnd, fiscalYear, quarterOrHalf, reportingPeriod, season, yearAgoAdjective,
} from './periods.js';
import { deictic, deicticPeriod, earlierLater, REFS, vague, weekday } from './relative.js';
import { ADVERBS, everyUnit, frequencyAdverb, pluralWeekday, rateUnit, timesPer } from './sets.js';
import { clockTime } from './times.js';
import { holiday } from './holidays.js';
import { relativeDay, weekOf } from './anchored.js';
import { Kind, tokenize } from './tokenizer.js';
import {
  MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS, WEEKDAYS_PLURAL,
} from './lexicon.js';
import type { TagOptions, Timex } from './types.js';

type Rule = (ctx: Ctx, i: number) => Match | undefined;

const NUM = '#num';
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const QUANTITY_STARTS = [NUM, 'a', 'an', 'one', 'half', 'couple', 'dozens', 'hundreds', 'thousands',
  ...VAGUE_QUANTITIES, ...NUMBER_WORDS.keys()];
const ORDINALS = [NUM, ...ORDINAL_WORDS.keys(), ...TENS];

/**
 * Rules in priority order (the earlier wins when two matches end at the same token), each with
 * the first tokens it can start on (lower-cased; `#num` for any number). Looking rules up by
 * their first token keeps the tagger fast: most words start no rule at all.
 */
const RULES: Array<[Rule, Iterable<string>]> = [
  [numericDate, [NUM]],
  [monthFirst, MONTHS.keys()],
  [dayFirst, ['the', ...ORDINALS]],
  [clockTime, [NUM, 'noon', 'midday', 'midnight']],
  [quarterOrHalf, ['the', 'fiscal', 'q', 'last', 'final', ...ORDINALS]],
  [fiscalYear, ['the', 'fy', 'fiscal']],
  [fiscalOrYearEnd, ['the', 'this', 'last', 'next', 'year']],
  [centuryOrWords, ['the', 'nineteen', 'eighteen', ...ORDINALS]],
  [yearOrDecade, ['the', NUM, "'"]],
  [reportingPeriod, ['the']],
  [yearAgoAdjective, ['year']],
  [season, ['the', ...SEASONS.keys()]],
  [deicticPeriod, ['the', 'this', 'last', 'next', 'coming', 'previous', 'current', 'following', 'that', 'same']],
  [earlierLater, ['earlier', 'later']],
  [deictic, ['today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'the']],
  [weekday, WEEKDAYS.keys()],
  [holiday, ['last', 'next', 'this', 'christmas', 'new', 'independence', 'halloween', 'valentine', 'veterans', 'boxing',
    'bastille', 'thanksgiving', 'labor', 'memorial', 'election', 'easter', 'good']],
  [relativeDay, ['the', 'that']],
  [weekOf, ['the']],
  [spanWithDeterminer, ['the', 'past']],
  [comingUnits, ['the', 'coming']],
  [rateUnit, ['a', 'an']],
  [countedUnit, QUANTITY_STARTS],
  [theCountedUnit, ['the']],
  [timesPer, ['once', 'twice', 'thrice', ...QUANTITY_STARTS]],
  [everyUnit, ['every', 'each', 'per']],
  [frequencyAdverb, ADVERBS.keys()],
  [pluralWeekday, [...WEEKDAYS_PLURAL.keys(), ...WEEKDAYS.keys()]],
  [vague, ['current', 'recent', 'past', 'these', 'the', ...REFS.keys()]],
  [bareUnits, UNITS.keys()],
];

/** Words that begin a modifier phrase (see prefix()). */
const PREFIX_WORDS = ['about', 'around', 'approximately', 'roughly', 'circa', 'nearly', 'almost', 'some', 'over',
  'under', 'more', 'less', 'fewer', 'at', 'up', 'no', 'just', 'the', 'early', 'late', 'mid', 'middle', 'end',
  'beginning', 'start', 'close', 'turn'];

const BY_FIRST = new Map<string, Rule[]>();
for (const [rule, starts] of RULES) {
  for (const w of new Set(starts)) {
    const list = BY_FIRST.get(w);
    if (list) list.push(rule); else BY_FIRST.set(w, [rule]);
  }
}
for (const w of PREFIX_WORDS) if (!BY_FIRST.has(w)) BY_FIRST.set(w, []);

/**
 * Words that can follow "the" in some rule. "the" is the commonest English word; checking its
 * successor first saves running a dozen rules that would all fail.
 */
const AFTER_THE = new Set<string>([
  ...ORDINAL_WORDS.keys(), ...TENS, ...NUMBER_WORDS.keys(), ...VAGUE_QUANTITIES, ...UNITS.keys(), ...SEASONS.keys(),
  'fiscal', 'comparable', 'same', 'year', 'last', 'final', 'q', 'fy', 'latest', 'current', 'past', 'previous', 'next',
  'coming', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'nineteen',
  'eighteen', 'recent', 'just', 'most', 'full', 'entire', 'whole', 'period', 'morning', 'afternoon', 'evening',
  'following', 'first', 'initial', 'remaining', 'preceding', 'a', 'an', 'one', 'half', 'couple', 'dozens', 'hundreds',
  'thousands', 'future', 'near', 'distant', 'foreseeable', 'immediate', 'present', 'short', 'long', 'early', 'late',
  'mid', 'middle', 'end', 'beginning', 'start', 'close', 'turn', 'day', 'week', 'weekend', 'month', 'decade',
]);

/** Rules that may start at token i, or undefined when no expression can start there. */
function rulesAt(ctx: Ctx, i: number): Rule[] | undefined {
  const t = ctx.toks[i];
  if (t === undefined) return undefined;
  if (t.k === Kind.Num) return BY_FIRST.get(NUM);
  if (t.l === 'the') {
    const n = ctx.toks[i + 1];
    if (n === undefined || !(n.k === Kind.Num || n.l === "'" || AFTER_THE.has(n.l))) return undefined;
  }
  return BY_FIRST.get(t.l);
}

/** Longest match of any rule starting exactly at token i. */
function core(ctx: Ctx, i: number): Match | undefined {
  let best: Match | undefined;
  const rules = rulesAt(ctx, i);
  if (rules === undefined) return undefined;
  for (const rule of rules) {
    const m = rule(ctx, i);
    if (m && m.s === i && m.e > i && (!best || m.e > best.e)) best = m;
  }
  // "next year's first quarter", "1990's second half"
  if (best && best.type === 'DATE' && /^\d{4}$/.test(best.value) && isP(ctx, best.e, "'") && word(ctx, best.e + 1) === 's') {
    const q = quarterOrHalf(ctx, best.e + 2);
    if (q && q.s === best.e + 2) return { ...q, s: i, value: best.value + q.value.slice(4), anchor: best.anchor };
  }
  // "Friday, April 12, 2017": a weekday in front of the date it names.
  if (best && best.type === 'DATE' && best.e - best.s <= 2 && /^\d{4}-\d{2}-\d{2}$/.test(best.value) &&
    ctx.toks[i]!.k === Kind.Word && WEEKDAYS.has(ctx.toks[i]!.l)) {
    const k = isP(ctx, best.e, ',') ? best.e + 1 : best.e;
    const after = monthFirst(ctx, k) ?? dayFirst(ctx, k);
    if (after && weekday(ctx, i)) return { ...after, s: i };
  }
  return best;
}

interface Prefix { mod: string; e: number; position: boolean }

const SIMPLE_MODS = new Map<string, string>([
  ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'], ['roughly', 'APPROX'],
  ['circa', 'APPROX'], ['nearly', 'APPROX'], ['almost', 'APPROX'], ['some', 'APPROX'],
  ['over', 'MORE_THAN'], ['under', 'LESS_THAN'],
]);

/** A modifier in front of an expression: approximation, comparison, or position in a period. */
function prefix(ctx: Ctx, i: number): Prefix | undefined {
  const w = word(ctx, i);
  const n = word(ctx, i + 1);
  const simple = SIMPLE_MODS.get(w);
  if (simple !== undefined) {
    // "over" and "under" and "some" compare amounts only: "over the weekend" is a preposition.
    if ((w === 'over' || w === 'under' || w === 'some') && !(isNum(ctx, i + 1) || n === 'a' || n === 'an' ||
      n === 'one' || n === 'two' || n === 'three' || n === 'four' || n === 'five' || n === 'six' || n === 'ten' ||
      n === 'half' || n === 'several')) {
      return undefined;
    }
    return { mod: simple, e: i + 1, position: false };
  }
  if ((w === 'more' || w === 'less' || w === 'fewer') && n === 'than') {
    return { mod: w === 'more' ? 'MORE_THAN' : 'LESS_THAN', e: i + 2, position: false };
  }
  if (w === 'at' && (n === 'least' || n === 'most')) {
    return { mod: n === 'least' ? 'EQUAL_OR_MORE' : 'EQUAL_OR_LESS', e: i + 2, position: false };
  }
  if ((w === 'up' && n === 'to') || (w === 'no' && n === 'more' && word(ctx, i + 2) === 'than')) {
    return { mod: 'EQUAL_OR_LESS', e: w === 'up' ? i + 2 : i + 3, position: false };
  }
  if (w === 'just' && (n === 'over' || n === 'under')) {
    return { mod: n === 'over' ? 'MORE_THAN' : 'LESS_THAN', e: i + 2, position: false };
  }
  let j = i;
  if (w === 'the') j++;
  const p = word(ctx, j);
  if (p === 'early' || p === 'late' || p === 'mid' || p === 'middle') {
    const e = isP(ctx, j + 1, '-') ? j + 2 : j + 1;
    if (p === 'middle' && word(ctx, e) !== 'of') return undefined;
    const mod = p === 'early' ? 'START' : p === 'late' ? 'END' : 'MID';
    return { mod, e: p === 'middle' ? e + 1 : e, position: true };
  }
  if ((p === 'end' || p === 'beginning' || p === 'start' || p === 'close' || p === 'turn') && word(ctx, j + 1) === 'of') {
    return { mod: p === 'end' || p === 'close' ? 'END' : 'START', e: j + 2, position: true };
  }
  if ((p === 'first' || p === 'second' || p === 'last') && word(ctx, j + 1) === 'half' && word(ctx, j + 2) === 'of') {
    return undefined;
  }
  return undefined;
}

/** Best expression starting at token i, including a leading modifier and a trailing "or so". */
function matchAt(ctx: Ctx, i: number): Match | undefined {
  const m = matchModified(ctx, i);
  if (m && word(ctx, m.e) === 'or' && word(ctx, m.e + 1) === 'so') return { ...m, e: m.e + 2, mod: m.mod ?? 'APPROX' };
  return m;
}

function matchModified(ctx: Ctx, i: number): Match | undefined {
  const base = core(ctx, i);
  const pre = prefix(ctx, i);
  if (!pre || pre.e >= ctx.toks.length) return base;
  const inner = core(ctx, pre.e);
  if (!inner || (base && base.e >= inner.e)) return base;
  if (pre.position && inner.type === 'DURATION') return base;
  if (pre.position && inner.type === 'SET') return base;
  if (!pre.position && inner.type === 'SET') return base;
  if (!pre.position && inner.type !== 'DURATION' && inner.value.endsWith('_REF')) return base;
  return { ...inner, s: i, mod: pre.mod };
}

/**
 * Title Case inside a sentence ("ABC's This Week", "High Noon", "60 Minutes") names a show or a
 * work rather than a time: a match whose words are capitalised although they are normally lower
 * case, away from a sentence start, is skipped.
 */
function inTitle(ctx: Ctx, m: Match): boolean {
  let j = m.s;
  while (j < m.e && ctx.toks[j]!.k !== Kind.Word) j++;
  if (j >= m.e || !isCap(ctx, j) || sentenceStart(ctx, j)) return false;
  const p = ctx.toks[j - 1];
  if (p && p.k === Kind.Punct && (p.l === '"' || p.l === '(' || p.l === '`' || p.l === "'" || p.l === '-')) return false;
  for (let k = j; k < m.e; k++) {
    const t = ctx.toks[k]!;
    if (t.k !== Kind.Word) continue;
    if (PROPER.has(t.l) || (t.s.length > 1 && t.s === t.s.toUpperCase())) return false;
    if (!isCap(ctx, k)) return false;
  }
  return true;
}

const PROPER = new Set<string>([...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAYS_PLURAL.keys(), 'q', 'fy', 'christmas',
  'new', 'independence', 'halloween', 'valentine', 'veterans', 'boxing', 'bastille', 'thanksgiving', 'labor',
  'memorial', 'election', 'easter', 'good', 'eve', 'day', 's', 'sunday', 'monday']);

/** Re-anchors "that year" / "a year earlier" on what the text said before, when it said it. */
function anchorOnContext(ctx: Ctx, m: Match): Match {
  const { memo } = ctx;
  if (m.ctxYear !== undefined && memo.year !== undefined) {
    return { ...m, value: String(memo.year + m.ctxYear), anchor: 'context' };
  }
  if (m.yearAgo && memo.quarter && m.s - memo.quarter.at < 250) {
    return { ...m, value: `${memo.quarter.y - 1}-Q${memo.quarter.q}`, anchor: 'context' };
  }
  return m;
}

function remember(ctx: Ctx, m: Match): void {
  const q = m.yearAgo ? null : /^(\d{4})-Q([1-4])$/.exec(m.value);
  if (q) ctx.memo.quarter = { y: +q[1]!, q: +q[2]!, at: m.e };
  if (m.anchor === 'explicit' && m.type === 'DATE' && /^\d{4}/.test(m.value)) ctx.memo.year = +m.value.slice(0, 4);
  if (/^\d{4}-\d{2}-\d{2}/.test(m.value)) {
    ctx.memo.day = m.value.slice(0, 10);
    ctx.memo.dayAt = m.e;
  }
}

/**
 * Finds the TIMEX3 expressions in `text`, normalised against the document creation time.
 * Never throws: an invalid DCT yields no results rather than an exception.
 */
export function tag(text: string, options: TagOptions): Timex[] {
  const src = typeof text === 'string' ? text : '';
  const dct = parseDct(options?.dct ?? '');
  if (!dct || src.length === 0) return [];
  const ctx: Ctx = { text: src, toks: tokenize(src), dct, memo: {} };
  const out: Timex[] = [];
  const toks = ctx.toks;
  for (let i = 0; i < toks.length;) {
    const found = rulesAt(ctx, i) !== undefined ? matchAt(ctx, i) : undefined;
    if (!found || inTitle(ctx, found)) { i++; continue; }
    const m = anchorOnContext(ctx, found);
    remember(ctx, m);
    const start = toks[m.s]!.start;
    const end = toks[m.e - 1]!.end;
    const t: Timex = { start, end, text: src.slice(start, end), type: m.type, value: m.value, anchor: m.anchor };
    if (m.mod !== undefined) t.mod = m.mod;
    if (m.quant !== undefined) t.quant = m.quant;
    if (m.freq !== undefined) t.freq = m.freq;
    out.push(t);
    i = m.e;
  }
  return out;
}
