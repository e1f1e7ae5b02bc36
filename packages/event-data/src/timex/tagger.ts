/**
 * The matcher: at each token, every rule proposes the expression starting there; the longest
 * wins, then matching resumes after it. Modifier phrases ("about", "early", "the end of") wrap
 * whatever expression follows them.
 */
import { fmtDay, pad, parseDct } from './calendar.js';
import { type Ctx, isCap, isP, type Match, sentenceStart, word } from './context.js';
import { dayFirst, monthFirst } from './dates.js';
import { prefix } from './modifiers.js';
import { quarterOrHalf } from './periods.js';
import { weekday } from './relative.js';
import { rulesAt } from './rules.js';
import { Kind, tokenize } from './tokenizer.js';
import { MONTHS, WEEKDAYS, WEEKDAYS_PLURAL } from './lexicon.js';
import type { TagOptions, Timex } from './types.js';

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
  if (best && isP(ctx, best.e, "'") && best.type === 'DATE' && /^\d{4}$/.test(best.value) && word(ctx, best.e + 1) === 's') {
    const q = quarterOrHalf(ctx, best.e + 2);
    if (q && q.s === best.e + 2) return { ...q, s: i, value: best.value + q.value.slice(4), anchor: best.anchor };
  }
  // "Friday, April 12, 2017": a weekday in front of the date it names.
  if (best && best.e - best.s <= 2 && ctx.toks[i]!.k === Kind.Word && best.type === 'DATE' && isDay(best.value) &&
    ctx.toks[i]!.k === Kind.Word && WEEKDAYS.has(ctx.toks[i]!.l)) {
    const k = isP(ctx, best.e, ',') ? best.e + 1 : best.e;
    const after = monthFirst(ctx, k) ?? dayFirst(ctx, k);
    if (after && weekday(ctx, i)) return { ...after, s: i };
  }
  return best;
}

const DAY_PARTS = new Map([['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI']]);

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
  // "early morning", "mid-afternoon", "late night": a part of the DCT's day.
  const pod = pre.position && word(ctx, i) !== 'the' ? DAY_PARTS.get(word(ctx, pre.e)) : undefined;
  if (pod !== undefined && !base && !(rulesAt(ctx, pre.e + 1) !== undefined && core(ctx, pre.e + 1))) {
    return { s: i, e: pre.e + 1, type: 'TIME', value: `${fmtDay(ctx.dct)}T${pod}`, mod: pre.mod, anchor: 'dct' };
  }
  const inner = core(ctx, pre.e);
  if (!inner || (base && base.e >= inner.e)) return base;
  if (pre.position && inner.type === 'DURATION') return base;
  if (pre.position && inner.type === 'SET') return base;
  if (!pre.position && inner.type === 'SET') return base;
  if (!pre.position && inner.type !== 'DURATION' && inner.value.endsWith('_REF')) return base;
  return { ...inner, s: i, mod: pre.mod };
}

/**
 * Title Case inside a sentence ("ABC's This Week", "High Noon", "60 Minutes", "the That Day
 * Foundation") names a show, a work or a body rather than a time: a match whose words are
 * capitalised although they are normally lower case, away from a sentence start, is skipped.
 * At a sentence start the first capital says nothing, so there it takes a name that goes on past
 * the match ("That Day Foundation volunteers …", "Next Week Productions said …").
 */
function inTitle(ctx: Ctx, m: Match): boolean {
  let j = m.s;
  while (j < m.e && ctx.toks[j]!.k !== Kind.Word) j++;
  if (j >= m.e || !isCap(ctx, j)) return false;
  const atStart = sentenceStart(ctx, j);
  const p = ctx.toks[j - 1];
  if (!atStart && p && p.k === Kind.Punct && (p.l === '"' || p.l === '(' || p.l === '`' || p.l === "'" || p.l === '-')) {
    return false;
  }
  let words = 0;
  for (let k = j; k < m.e; k++) {
    const t = ctx.toks[k]!;
    if (t.k !== Kind.Word) continue;
    // Initials and acronyms ("A.D.", "EST") are written in capitals wherever they stand.
    if (PROPER.has(t.l) || (t.s === t.s.toUpperCase() && (t.s.length > 1 || isP(ctx, k + 1, '.')))) return false;
    if (!isCap(ctx, k)) return false;
    words++;
  }
  if (atStart) {
    const next = ctx.toks[m.e];
    return words > 1 && next !== undefined && next.k === Kind.Word && isCap(ctx, m.e) && !PROPER.has(next.l) &&
      next.s !== next.s.toUpperCase();
  }
  return !inHeadline(ctx, j);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'on', 'for', 'and', 'at', 'by', 'or', 'with', 's']);

/** A Title Case line ("Obama To Visit Israel Next Week"): its dates are dates, not names. */
function inHeadline(ctx: Ctx, j: number): boolean {
  let words = 0;
  for (let k = j - 1, n = 0; k >= 0 && n < 20; k--, n++) {
    const t = ctx.toks[k]!;
    if (t.k === Kind.Word) {
      if (!isCap(ctx, k) && !SMALL_WORDS.has(t.l)) return false;
      words++;
    }
    if (sentenceStart(ctx, k)) break;
  }
  return words >= 2;
}

const PROPER = new Set<string>([...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAYS_PLURAL.keys(), 'q', 'fy', 'christmas',
  'new', 'independence', 'halloween', 'valentine', 'veterans', 'boxing', 'bastille', 'thanksgiving', 'labor',
  'memorial', 'election', 'easter', 'good', 'eve', 's', 'sunday', 'monday', 'zulu']);

/** Re-anchors "that year" / "a year earlier" on what the text said before, when it said it. */
function anchorOnContext(ctx: Ctx, m: Match): Match {
  const { memo } = ctx;
  if (m.ctxYear !== undefined && memo.year !== undefined) {
    return { ...m, value: pad(memo.year + m.ctxYear, 4), anchor: 'context' };
  }
  if (m.yearAgo && memo.quarter && m.s - memo.quarter.at < 250) {
    return { ...m, value: `${memo.quarter.y - 1}-Q${memo.quarter.q}`, anchor: 'context' };
  }
  return m;
}

/**
 * "June of that year", "March of last year", "the spring of this year": a month or season with no year of its own,
 * completed by the year expression after "of" (TimeML tags the phrase as one TIMEX3: "June of that year" after
 * "February 2010" is 2010-06, not June of the publication's year).
 */
function ofYear(ctx: Ctx, m: Match): Match | undefined {
  if (m.type !== 'DATE' || m.anchor === 'explicit' || m.mod !== undefined || !/^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/.test(m.value) || word(ctx, m.e) !== 'of') return undefined;
  const found = safeMatchAt(ctx, m.e + 1);
  if (!found || found.s !== m.e + 1 || found.type !== 'DATE' || found.mod !== undefined) return undefined;
  const year = anchorOnContext(ctx, found);
  if (!/^\d{4}$/.test(year.value)) return undefined;
  return { ...m, e: year.e, value: year.value + m.value.slice(4), anchor: year.anchor };
}

/** `s` has digits at [from, from + n). */
function digitsAt(s: string, from: number, n: number): boolean {
  if (s.length < from + n) return false;
  for (let k = from; k < from + n; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `s` starts with a calendar day `YYYY-MM-DD`. */
function isDay(s: string): boolean {
  return digitsAt(s, 0, 4) && s.charCodeAt(4) === 45 && digitsAt(s, 5, 2) && s.charCodeAt(7) === 45 && digitsAt(s, 8, 2);
}

function remember(ctx: Ctx, m: Match): void {
  const q = m.yearAgo || m.derived || m.value.length !== 7 || m.value.charCodeAt(5) !== 81 ? null
    : /^(\d{4})-Q([1-4])$/.exec(m.value);
  if (q) ctx.memo.quarter = { y: +q[1]!, q: +q[2]!, at: m.e };
  if (m.anchor === 'explicit' && m.type === 'DATE' && digitsAt(m.value, 0, 4)) ctx.memo.year = +m.value.slice(0, 4);
  if (!m.derived && m.type === 'DATE' && m.value.length === 7 && digitsAt(m.value, 0, 4) && m.value.charCodeAt(4) === 45 &&
    digitsAt(m.value, 5, 2)) {
    ctx.memo.month = m.value;
    ctx.memo.monthAt = m.e;
  }
  // the day of a report ("officials said on Saturday") is when it was told, not the day the story is in
  if (isDay(m.value) && !reportedOn(ctx, m.s)) {
    ctx.memo.day = m.value.slice(0, 10);
    ctx.memo.dayAt = m.e;
  }
}

/** Verbs that attribute a report, whose date is the telling's. */
const REPORTED = new Set(['said', 'says', 'told', 'announced', 'reported', 'added', 'confirmed', 'stated', 'warned', 'reports', 'announces']);

/** Whether the expression at token `s` dates a verb of reporting just before it: "said on Saturday", "told reporters Saturday". */
function reportedOn(ctx: Ctx, s: number): boolean {
  for (let k = s - 1; k >= 0 && k >= s - 3; k--) {
    const w = word(ctx, k);
    if (REPORTED.has(w)) return true;
    if (w !== 'on' && w !== 'reporters' && w !== 'journalists') return false;
  }
  return false;
}

/** A rule that fails on some odd input costs that one position, never the whole document. */
function safeMatchAt(ctx: Ctx, i: number): Match | undefined {
  try {
    return matchAt(ctx, i);
  } catch {
    return undefined;
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
  const toks = tokenize(src);
  const ctx: Ctx = { text: src, toks, dct, memo: {}, cues: new Int8Array(toks.length).fill(2) };
  const out: Timex[] = [];
  for (let i = 0; i < toks.length;) {
    const found = rulesAt(ctx, i) !== undefined ? safeMatchAt(ctx, i) : undefined;
    if (!found || inTitle(ctx, found)) { i++; continue; }
    const anchored = anchorOnContext(ctx, found);
    const m = ofYear(ctx, anchored) ?? anchored;
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
