/**
 * Days counted from the last day the text mentioned: "the next day", "the following morning",
 * "the day before", "that day", "the same day". Without an earlier day they count from the DCT.
 */
import { addDays, fmtDay, fmtWeek, type Ymd } from './calendar.js';
import { dayFirst, monthFirst } from './dates.js';
import { holiday } from './holidays.js';
import { deicticPeriod, weekday } from './relative.js';
import { type Ctx, type Match, modifiesNoun, word } from './context.js';
import { STANDS_ALONE } from './lexicon.js';

const DAY_PARTS = new Set(['day', 'morning', 'afternoon', 'evening', 'night']);

function lastDay(ctx: Ctx): Ymd {
  const v = ctx.memo.day;
  return v ? { y: +v.slice(0, 4), m: +v.slice(5, 7), d: +v.slice(8, 10) } : ctx.dct;
}

/** A day-precise date expression starting at i ("last Tuesday", "Christmas", "March 6"). */
function dateAt(ctx: Ctx, i: number): Match | undefined {
  const m = deicticPeriod(ctx, i) ?? weekday(ctx, i) ?? monthFirst(ctx, i) ?? holiday(ctx, i) ?? dayFirst(ctx, i);
  return m && m.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(m.value) ? m : undefined;
}

/** "the week of March 6": the ISO week containing that date. */
export function weekOf(ctx: Ctx, i: number): Match | undefined {
  if (word(ctx, i) !== 'the' || word(ctx, i + 1) !== 'week' || word(ctx, i + 2) !== 'of') return undefined;
  const target = dateAt(ctx, i + 3);
  if (!target) return undefined;
  const d = { y: +target.value.slice(0, 4), m: +target.value.slice(5, 7), d: +target.value.slice(8, 10) };
  return { s: i, e: target.e, type: 'DATE', value: fmtWeek(d), anchor: target.anchor };
}

/** "the next day", "the following morning", "the previous day", "the day before", "that day". */
export function relativeDay(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const a = word(ctx, i + 1);
  let off: number;
  let e: number;
  if (w === 'the' && (a === 'next' || a === 'following' || a === 'previous') && DAY_PARTS.has(word(ctx, i + 2))) {
    off = a === 'previous' ? -1 : 1;
    e = i + 3;
  } else if (w === 'the' && a === 'day' && (word(ctx, i + 2) === 'before' || word(ctx, i + 2) === 'after')) {
    const nx = word(ctx, i + 3);
    // "the day before last Tuesday", "the day after Christmas": counted from that date.
    const target = dateAt(ctx, i + 3);
    if (target) {
      const d = { y: +target.value.slice(0, 4), m: +target.value.slice(5, 7), d: +target.value.slice(8, 10) };
      const value = fmtDay(addDays(d, word(ctx, i + 2) === 'before' ? -1 : 1));
      return { s: i, e: target.e, type: 'DATE', value, anchor: target.anchor === 'explicit' ? 'explicit' : 'dct' };
    }
    // "the day before yesterday" is deictic; "the day before the vote" and "the day after he
    // resigned" are anchored on an event: only "the day before." / "the day after, in …" stand alone.
    if (nx !== '' && !STANDS_ALONE.has(nx)) return undefined;
    off = word(ctx, i + 2) === 'before' ? -1 : 1;
    e = i + 3;
  } else if ((w === 'that' && a === 'day') || (w === 'the' && a === 'same' && word(ctx, i + 2) === 'day')) {
    off = 0;
    e = w === 'that' ? i + 2 : i + 3;
  } else {
    return undefined;
  }
  // "that day-long meeting", "the next day trip": the day word modifies a noun.
  if (modifiesNoun(ctx, e - 1)) return undefined;
  const base = lastDay(ctx);
  return { s: i, e, type: 'DATE', value: fmtDay(addDays(base, off)), anchor: ctx.memo.day ? 'context' : 'dct' };
}
