/**
 * Dates relative to the DCT: today, yesterday, tonight, this/last/next week, "the coming
 * month", weekdays resolved by tense, "earlier this week", and vague references (now, recently,
 * the future).
 */
import { addDays, fmtDay, fmtMonth, type Ymd } from './calendar.js';
import { afterDot, type Ctx, isCap, isNum, isP, type Match, modifiesNoun, word } from './context.js';
import { FULL_MONTHS, MONTHS, PARTS_OF_DAY, SEASONS, STANDS_ALONE, UNITS, WEEKDAYS } from './lexicon.js';
import { direction } from './tense.js';
import { resolveWeekday, shifted, weekendValue, yearForMonth } from './resolve.js';

const DAY_WORDS = new Map<string, number>([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);

/** Appends a part of day ("yesterday morning", "Friday night") to a day value, as a TIME. */
function withPartOfDay(ctx: Ctx, m: Match, day: Ymd): Match {
  const w = word(ctx, m.e);
  const pod = PARTS_OF_DAY.get(w);
  if (pod !== undefined && w !== 'overnight' && !w.endsWith('s')) {
    return { ...m, e: m.e + 1, type: 'TIME', value: fmtDay(day) + 'T' + pod };
  }
  return m;
}

/** today, yesterday, tomorrow, tonight, (yesterday) morning, "the day before yesterday". */
export function deictic(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const off = DAY_WORDS.get(w);
  if (off !== undefined) {
    // "today's" stays a date; "today" as "nowadays" is still dated to the DCT (TimeML practice).
    const day = addDays(ctx.dct, off);
    return withPartOfDay(ctx, { s: i, e: i + 1, type: 'DATE', value: fmtDay(day), anchor: 'dct' }, day);
  }
  if (w === 'tonight') return { s: i, e: i + 1, type: 'TIME', value: fmtDay(ctx.dct) + 'TNI', anchor: 'dct' };
  if (w === 'overnight') return { s: i, e: i + 1, type: 'TIME', value: fmtDay(ctx.dct) + 'TNI', anchor: 'dct' };
  if (w === 'the' && word(ctx, i + 1) === 'day' && (word(ctx, i + 2) === 'before' || word(ctx, i + 2) === 'after') &&
    (word(ctx, i + 3) === 'yesterday' || word(ctx, i + 3) === 'tomorrow')) {
    const n = word(ctx, i + 3) === 'yesterday' ? -2 : 2;
    return { s: i, e: i + 4, type: 'DATE', value: fmtDay(addDays(ctx.dct, n)), anchor: 'dct' };
  }
  return undefined;
}

/** One-word vague references and their TIMEX3 values. */
export const REFS = new Map<string, string>([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'], ['presently', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['soon', 'FUTURE_REF'], ['previously', 'PAST_REF'],
  ['formerly', 'PAST_REF'],
]);

/** Vague references: now, currently, recently, the past, the future, soon, these days. */
export function vague(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const ref = REFS.get(w);
  if (ref !== undefined) {
    // "as soon as", "soon after", "for now", "until now", "from now on" are not references to a time.
    const prev = word(ctx, i - 1);
    const next = word(ctx, i + 1);
    // "previously announced": an adjective-like use before a participle is not tagged.
    if ((w === 'previously' || w === 'formerly') && (next.endsWith('ed') || next === 'been' || next === 'known' ||
      next.endsWith('en'))) {
      return undefined;
    }
    if (w === 'soon' && (prev === 'as' || prev === 'how' || prev === 'too' || next === 'after' || next === 'thereafter')) {
      return undefined;
    }
    if (w === 'now' && prev === 'from' && next === 'on') return undefined;
    return { s: i, e: i + 1, type: 'DATE', value: ref, anchor: 'dct' };
  }
  if (w === 'current' && !isCap(ctx, i)) {
    const nx = word(ctx, i + 1);
    if (nx === 'account' || nx === 'accounts' || nx === 'affairs' || nx === 'events' || nx === 'flows' || nx === '') {
      return undefined;
    }
    if (UNITS.has(nx)) return undefined;
    return { s: i, e: i + 1, type: 'DATE', value: 'PRESENT_REF', anchor: 'dct' };
  }
  if (w === 'recent' || (w === 'past' && word(ctx, i - 1) !== 'the')) {
    // "recent years", "recent weeks and months", "past years"
    const u = UNITS.get(word(ctx, i + 1));
    if (u && word(ctx, i + 1).endsWith('s')) {
      let e = i + 2;
      if ((word(ctx, e) === 'and' || word(ctx, e) === 'or') && UNITS.has(word(ctx, e + 1))) e += 2;
      return { s: i, e, type: 'DATE', value: 'PAST_REF', anchor: 'dct' };
    }
  }
  if (w === 'these' && word(ctx, i + 1) === 'days') {
    return { s: i, e: i + 2, type: 'DATE', value: 'PRESENT_REF', anchor: 'dct' };
  }
  if (w === 'the') {
    const a = word(ctx, i + 1);
    const b = word(ctx, i + 2);
    if (a === 'past' && !UNITS.has(b) && !isNumberish(b)) {
      return { s: i, e: i + 2, type: 'DATE', value: 'PAST_REF', anchor: 'dct' };
    }
    if (a === 'future') return { s: i, e: i + 2, type: 'DATE', value: 'FUTURE_REF', anchor: 'dct' };
    if ((a === 'near' || a === 'short' || a === 'long') && b === 'term') {
      return { s: i, e: i + 3, type: 'DATE', value: 'FUTURE_REF', anchor: 'dct' };
    }
    if ((a === 'near' || a === 'distant' || a === 'foreseeable' || a === 'immediate') && b === 'future') {
      return { s: i, e: i + 3, type: 'DATE', value: 'FUTURE_REF', anchor: 'dct' };
    }
    if ((a === 'recent' || a === 'distant') && b === 'past') {
      return { s: i, e: i + 3, type: 'DATE', value: 'PAST_REF', anchor: 'dct' };
    }
    if (a === 'present' && (isP(ctx, i + 2, '.') || isP(ctx, i + 2, ',') || b === 'day' || b === 'time')) {
      return { s: i, e: b === 'day' || b === 'time' ? i + 3 : i + 2, type: 'DATE', value: 'PRESENT_REF', anchor: 'dct' };
    }
  }
  return undefined;
}

function isNumberish(w: string): boolean {
  return w === 'few' || w === 'several' || w === 'couple' || w === 'two' || w === 'three' || w === 'many';
}

/** "Friday", "Friday night", "Friday, April 12" is handled by the tagger combining matches. */
export function weekday(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const dow = WEEKDAYS.get(w);
  if (dow === undefined || !isCap(ctx, i)) return undefined;
  const full = w.length >= 6;
  const e = full ? i + 1 : afterDot(ctx, i);
  if (!full && (e === i + 1 || !(isP(ctx, e, ',') || MONTHS.has(word(ctx, e))))) return undefined;
  // "Joe Friday", "Good Friday", "Black Friday": a capitalised word before it (not a sentence start).
  if (NOT_WEEKDAY_BEFORE.has(word(ctx, i - 1)) && isCap(ctx, i - 1)) return undefined;
  const day = resolveWeekday(ctx.dct, dow, direction(ctx, i, e));
  return withPartOfDay(ctx, { s: i, e, type: 'DATE', value: fmtDay(day), anchor: 'dct' }, day);
}

/** Names and holidays built on weekday words ("Good Friday", "Joe Friday", "Cyber Monday"). */
const NOT_WEEKDAY_BEFORE = new Set(['good', 'black', 'cyber', 'ash', 'holy', 'maundy', 'man', 'girl', 'joe', 'blue',
  'bloody', 'red', 'easter', 'whit', 'shrove', 'plough', 'fat']);

/**
 * this/last/next/coming/past/previous + unit, weekday, month, season, part of day:
 * "last week" → the ISO week before the DCT's, "next Tuesday", "this summer", "last night".
 */
export function deicticPeriod(ctx: Ctx, i: number): Match | undefined {
  let w = word(ctx, i);
  let j = i + 1;
  // "the past year", "the last week": TimeBank dates them like "last year", "last week".
  if (w === 'the' && (word(ctx, j) === 'past' || word(ctx, j) === 'last') &&
    (word(ctx, j + 1) === 'week' || word(ctx, j + 1) === 'month' || word(ctx, j + 1) === 'year')) {
    return { s: i, e: j + 2, type: 'DATE', value: shifted(ctx.dct, word(ctx, j + 1), -1)!, anchor: 'dct' };
  }
  // "this past week", "the past weekend" = last week / last weekend
  if ((w === 'this' || w === 'the') && word(ctx, j) === 'past' &&
    (word(ctx, j + 1) === 'weekend' || (w === 'this' && UNITS.has(word(ctx, j + 1))))) {
    w = 'last';
    j++;
  }
  // "this coming Sunday"
  if (w === 'this' && word(ctx, j) === 'coming' && WEEKDAYS.has(word(ctx, j + 1))) {
    w = 'coming';
    j++;
  }
  if (w === 'the' && (word(ctx, j) === 'coming' || word(ctx, j) === 'previous' || word(ctx, j) === 'current' ||
    word(ctx, j) === 'following' || word(ctx, j) === 'same')) {
    w = word(ctx, j);
    j++;
  }
  if (w !== 'this' && w !== 'last' && w !== 'next' && w !== 'coming' && w !== 'previous' && w !== 'current' &&
    w !== 'following' && w !== 'that' && w !== 'same') {
    return undefined;
  }
  const n = w === 'last' || w === 'previous' ? -1 : w === 'next' || w === 'coming' || w === 'following' ? 1 : 0;
  const target = word(ctx, j);
  const anchor = w === 'following' || w === 'that' || w === 'same' ? 'context' : 'dct';
  const unit = UNITS.get(target);
  // "this year-end", "last month-end": the end of that period.
  const hyphenEnd = isP(ctx, j + 1, '-') && word(ctx, j + 2) === 'end';
  const periodEnd = hyphenEnd && (unit === 'year' || unit === 'month' || unit === 'quarter');
  // "that day-long meeting", "that day traders", "last night-time raid": a modifier, not a time
  // ("this week-end" is the old spelling of the weekend, read as before: "this week").
  if (!hyphenEnd && modifiesNoun(ctx, j)) return undefined;
  if (unit !== undefined && !target.endsWith('s') || target === 'weekend') {
    if ((w === 'following' || w === 'previous') && word(ctx, i) !== 'the') return undefined;
    if ((w === 'that' || w === 'same') && unit === 'quarter' && ctx.memo.quarter) {
      const q = ctx.memo.quarter;
      return { s: i, e: j + 1, type: 'DATE', value: `${q.y}-Q${q.q}`, anchor: 'context' };
    }
    if ((w === 'that' || w === 'same') && unit !== 'day' && unit !== 'week' && unit !== 'month' && unit !== 'year') {
      return undefined;
    }
    // "that week", "the following day", "the previous month": counted from the last day the text named;
    // "that month" and "the following month" from the last month it named ("in June 2012 … later that month")
    // when that came after the last day.
    const { day: memoDay, dayAt, month: memoMonth, monthAt } = ctx.memo;
    const byMonth = unit === 'month' && memoMonth !== undefined && monthAt !== undefined && (dayAt === undefined || monthAt > dayAt);
    const ref = byMonth ? `${memoMonth}-01` : memoDay;
    const fromText = (anchor === 'context' || w === 'previous') && ref !== undefined && unit !== 'year';
    const base: Ymd = fromText ? { y: +ref.slice(0, 4), m: +ref.slice(5, 7), d: +ref.slice(8, 10) } : ctx.dct;
    const v = target === 'weekend' && n === 0 ? weekendValue(ctx.dct, direction(ctx, i, j + 1), false)
      : shifted(base, unit ?? 'weekend', n);
    if (v === undefined) return undefined;
    if (unit === 'day' && n === 0 && w === 'this') return undefined;
    const m: Match = { s: i, e: j + 1, type: 'DATE', value: v, anchor: fromText ? 'context' : anchor === 'context' ? 'dct' : anchor };
    if (periodEnd) {
      m.e = j + 3;
      m.mod = 'END';
    }
    if (unit === 'year' && anchor === 'context') m.ctxYear = w === 'following' ? 1 : 0;
    if (unit === 'year' && w === 'previous') m.ctxYear = -1;
    if (unit === 'day') return withPartOfDay(ctx, m, addDays(base, n));
    return m;
  }
  const pod = PARTS_OF_DAY.get(target);
  if (pod !== undefined && !target.endsWith('s') && target !== 'overnight') {
    if (w === 'next' || w === 'coming' || w === 'following' || w === 'previous' || w === 'current') return undefined;
    // "last night" is the night before the DCT; "this morning" the DCT's morning; "that night"
    // the night of the day the text last named.
    const memoDay = ctx.memo.day;
    if ((w === 'that' || w === 'same') && memoDay !== undefined) {
      const value = memoDay.slice(0, 10) + 'T' + pod;
      return { s: i, e: j + 1, type: 'TIME', value, anchor: 'context' };
    }
    const day = w === 'last' ? addDays(ctx.dct, -1) : ctx.dct;
    return { s: i, e: j + 1, type: 'TIME', value: fmtDay(day) + 'T' + pod, anchor: anchor === 'context' ? 'dct' : anchor };
  }
  // "fled following Wednesday's explosion": without "the", "following" is a preposition ("after"), not "the following Wednesday"
  if ((w === 'following' || w === 'previous') && word(ctx, i) !== 'the') return undefined;
  const dow = WEEKDAYS.get(target);
  if (dow !== undefined && target.length >= 6 && w !== 'that' && w !== 'same' && w !== 'current') {
    const dir = n === 0 ? direction(ctx, i, j + 1) : n;
    let day = resolveWeekday(ctx.dct, dow, dir);
    if (n !== 0 && fmtDay(day) === fmtDay(ctx.dct)) day = addDays(day, 7 * n);
    return withPartOfDay(ctx, { s: i, e: j + 1, type: 'DATE', value: fmtDay(day), anchor }, day);
  }
  const mo = MONTHS.get(target);
  // "won the contract in 2019 and began work that June": the month in the year the story is told in
  // (not "said that June sales rose", where "that" opens a clause)
  if (mo !== undefined && isCap(ctx, j) && target.length >= 3 && w === 'that') {
    const me = FULL_MONTHS.has(target) ? j + 1 : afterDot(ctx, j);
    const next = word(ctx, me);
    if (isNum(ctx, me) || (next !== '' && !isCap(ctx, me) && !STANDS_ALONE.has(next) && !CLAUSE_OPENERS.has(next))) return undefined;
    const y = ctx.memo.year ?? yearForMonth(ctx.dct, mo, direction(ctx, i, me));
    return { s: i, e: me, type: 'DATE', value: fmtMonth(y, mo), anchor: ctx.memo.year === undefined ? 'dct' : 'context' };
  }
  if (mo !== undefined && isCap(ctx, j) && target.length >= 3 && w !== 'that' && w !== 'same' && w !== 'current') {
    const me = FULL_MONTHS.has(target) ? j + 1 : afterDot(ctx, j);
    // "last Oct. 23" is the date "Oct. 23"; let the date rule take it.
    if (isNum(ctx, me) && ctx.toks[me]!.s.length <= 2) return undefined;
    let y = ctx.dct.y;
    if (n < 0) y = mo < ctx.dct.m ? y : y - 1;
    if (n > 0) y = mo > ctx.dct.m ? y : y + 1;
    return { s: i, e: me, type: 'DATE', value: fmtMonth(y, mo), anchor };
  }
  const season = SEASONS.get(target);
  if (season !== undefined && w !== 'current') {
    // "that spring": in the year the story is told in
    if (w === 'that' && ctx.memo.year !== undefined) return { s: i, e: j + 1, type: 'DATE', value: `${ctx.memo.year}-${season}`, anchor };
    return { s: i, e: j + 1, type: 'DATE', value: seasonValue(ctx.dct, season, n), anchor };
  }
  return undefined;
}

/** Words that can open the clause a fronted or final "that June" dates ("that June the plant closed", "that June when …"). */
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'its', 'his', 'her', 'their',
  'our', 'when', 'after', 'before', 'there']);

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The season `code` this (n = 0), last (-1) or next (+1) year relative to the DCT. */
export function seasonValue(dct: Ymd, code: string, n: number): string {
  const start = SEASON_START[code]!;
  // Winter belongs to the year in which it starts (December).
  const inWinterTail = code === 'WI' && dct.m <= 2;
  let y = inWinterTail ? dct.y - 1 : dct.y;
  if (n < 0) y = dct.m > start + 2 || inWinterTail ? y - (inWinterTail ? 1 : 0) : y - 1;
  if (n > 0) y = dct.m < start && !inWinterTail ? y : y + 1;
  return `${y}-${code}`;
}

/** "earlier this week", "later this month", "earlier today", "later in the day". */
export function earlierLater(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  if (w !== 'earlier' && w !== 'later') return undefined;
  const mod = w === 'earlier' ? 'START' : 'END';
  const j = i + 1;
  const dp = deicticPeriod(ctx, j);
  if (dp) return { ...dp, s: i, mod };
  const d = deictic(ctx, j);
  if (d) return { ...d, s: i, mod };
  if (word(ctx, j) === 'in' && word(ctx, j + 1) === 'the') {
    const u = UNITS.get(word(ctx, j + 2));
    if (u && !word(ctx, j + 2).endsWith('s')) {
      const v = shifted(ctx.dct, u, 0);
      if (v) return { s: i, e: j + 3, type: 'DATE', value: v, mod, anchor: 'dct' };
    }
  }
  return undefined;
}

