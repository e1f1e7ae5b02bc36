/**
 * Periods named by "the" and bound to the DCT: "the quarter", "the latest period", "the
 * year-ago quarter", "the year", "the week", "the day", "the morning". A bare "the day" or "the
 * morning" is a time only where it refers to one (see bareDayOk).
 */
import { fmtDay, fmtMonth } from './calendar.js';
import { type Ctx, isCap, isP, type Match, modifiesNoun, storyDay, word } from './context.js';
import { yearAt } from './dates.js';
import { MONTHS, STANDS_ALONE, WEEKDAYS } from './lexicon.js';
import { shifted, weekendValue } from './resolve.js';
import { direction } from './tense.js';
import { Kind } from './tokenizer.js';

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
  // "the year-end meeting", "the month-long strike", "the morning paper": modifiers, not times.
  if (j === i + 1 && !modifiesNoun(ctx, j)) {
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
    if (u === 'day') return theDay(ctx, i, j);
    if ((u === 'morning' || u === 'afternoon' || u === 'evening') && dayRole(ctx, j) === 'time') {
      const code = u === 'morning' ? 'MO' : u === 'afternoon' ? 'AF' : 'EV';
      // "Shares fell Friday. Dealers placed orders in the morning": the morning of the story's day
      const story = storyDay(ctx, i, direction(ctx, i, j + 1) > 0);
      return { s: i, e: j + 1, type: 'TIME', value: fmtDay(story ?? ctx.dct) + 'T' + code, anchor: story ? 'context' : 'dct' };
    }
    if (u === 'decade') return { s: i, e: j + 1, type: 'DATE', value: shifted(ctx.dct, 'decade', 0)!, anchor: 'dct' };
  }
  return undefined;
}

/** Words after "the day" / "the morning" that leave it a time ("for the day, …", "in the morning and"). */
const AFTER_BARE_DAY = new Set([...STANDS_ALONE, 'ahead', 'itself']);

/** Words that open a relative clause or a noun phrase after "the day" ("the day he died", "the day after the vote"). */
const CLAUSE_STARTS = new Set(['that', 'when', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'the', 'a', 'an', 'this', 'these', 'those', 'there']);

/**
 * What "the day" (or "the morning") at j - 1 is, from the word after it: a time ("for the day.",
 * "later in the morning, …"), a day anchored on an event ("the day he died", "the day the
 * market crashed", "the day after the vote"), or no time at all: a subject ("the day belonged to
 * the Czech Republic"), a modifier ("the day care center") or the daytime of a day that follows
 * ("during the day Friday").
 */
function dayRole(ctx: Ctx, j: number): 'time' | 'event' | 'none' {
  let k = j + 1;
  const n = ctx.toks[k];
  if (n === undefined || n.k === Kind.Punct) return 'time';
  if (n.k !== Kind.Word) return 'none';
  if (n.l === 'before' || n.l === 'after') {
    const m = ctx.toks[++k];
    if (m === undefined || m.k === Kind.Punct || AFTER_BARE_DAY.has(m.l)) return 'time';
  }
  const w = ctx.toks[k]!;
  if (w.k !== Kind.Word) return 'none';
  if (isCap(ctx, k)) return WEEKDAYS.has(w.l) || MONTHS.has(w.l) ? 'none' : 'event';
  if (k === j + 1 && AFTER_BARE_DAY.has(w.l)) return 'time';
  return CLAUSE_STARTS.has(w.l) || k > j + 1 ? 'event' : 'none';
}

/**
 * "the day": the DCT's day where it stands for a time ("stocks fell 2% for the day"); in
 * apposition to a date, that date ("Oct. 12, the day before the crash"); anchored on an event
 * it is a day the text does not give ("the day after he resigned": XXXX-XX-XX, as TimeML
 * writes an unknown day), which dates nothing downstream; as a subject or modifier, nothing.
 */
function theDay(ctx: Ctx, i: number, j: number): Match | undefined {
  const memo = ctx.memo;
  if (isP(ctx, i - 1, ',') && memo.dayAt === i - 1 && memo.day !== undefined) {
    return { s: i, e: j + 1, type: 'DATE', value: memo.day.slice(0, 10), anchor: 'context' };
  }
  const role = dayRole(ctx, j);
  if (role === 'none') return undefined;
  if (role === 'event') return { s: i, e: j + 1, type: 'DATE', value: 'XXXX-XX-XX', anchor: 'context' };
  return { s: i, e: j + 1, type: 'DATE', value: fmtDay(ctx.dct), anchor: 'dct' };
}
