/**
 * Clock times: "3 p.m.", "10:35 a.m. EST", "15:30", "09:30 GMT", "noon", "midnight",
 * "4 in the morning", optionally followed by the day they fall on ("10 p.m. Wednesday",
 * "5 p.m. EST Nov. 9"). A zone stays in the value (see zones.ts). Race and elapsed times
 * ("won in 2:05:41", "a time of 3:43", "1:59.4") are not clock times and are not tagged.
 */
import { fmtDay, pad, type Ymd } from './calendar.js';
import { type Ctx, glued, isCap, isNum, isP, type Match, sentenceStart, storyDay, word } from './context.js';
import { MONTHS, WEEKDAYS } from './lexicon.js';
import { monthFirst } from './dates.js';
import { deictic, weekday } from './relative.js';
import { type Zone, zoneAt, zoneSuffix } from './zones.js';
import { direction } from './tense.js';

/** "a.m." / "am" / "a.m" / "p.m." at i → 'am' | 'pm' and the index after it. */
function meridiem(ctx: Ctx, i: number): { ap: 'am' | 'pm'; e: number } | undefined {
  const w = word(ctx, i);
  if (w === 'am' || w === 'pm') {
    return { ap: w, e: isP(ctx, i + 1, '.') && glued(ctx, i + 1) ? i + 2 : i + 1 };
  }
  if ((w === 'a' || w === 'p') && isP(ctx, i + 1, '.') && glued(ctx, i + 1) && word(ctx, i + 2) === 'm' &&
    glued(ctx, i + 2)) {
    const e = isP(ctx, i + 3, '.') && glued(ctx, i + 3) ? i + 4 : i + 3;
    return { ap: w === 'a' ? 'am' : 'pm', e };
  }
  return undefined;
}

interface Clock { h: number; min: number; sec?: number; e: number; zone?: Zone }

/**
 * Words before a number that make "3:56" or "2:05:41" a time taken, not a time of day:
 * "won in 2:05:41", "a time of 3:43", "clocked 9:58", "a record 2:01:39".
 */
const ELAPSED_BEFORE = new Set(['in', 'of', 'clocked', 'timed', 'ran', 'run', 'runs', 'swam', 'finished', 'record',
  'best', 'winning', 'personal', 'fastest', 'slowest', 'averaged']);

/** Two-digit number token glued after a glued ':' at k: the ":05" of "2:05". */
function colonPair(ctx: Ctx, k: number): number | undefined {
  if (!isP(ctx, k, ':') || !glued(ctx, k) || !isNum(ctx, k + 1) || !glued(ctx, k + 1)) return undefined;
  const t = ctx.toks[k + 1]!;
  return t.s.length === 2 && Number.isInteger(t.n) ? t.n : undefined;
}

/**
 * "9:30" or "2:05:41" with nothing after it that makes it a time of day (a.m., a zone, "local
 * time"): is it one? Not after a word that introduces a result ("in", "a time of") or after a
 * name ("Kipchoge 2:05:41", "John 3:16"). With seconds it needs "at"/"by" and a two-digit hour
 * ("at 10:30:15"): "crossed the line at 2:05:41" is a race clock.
 */
function bareClockOk(ctx: Ctx, i: number, hourDigits: number, seconds: boolean): boolean {
  const prev = word(ctx, i - 1);
  if (seconds) return (prev === 'at' || prev === 'by') && hourDigits === 2;
  if (ELAPSED_BEFORE.has(prev) && !(prev === 'of' && word(ctx, i - 2) === 'as')) return false;
  const p = ctx.toks[i - 1];
  if (p !== undefined && isCap(ctx, i - 1) && !sentenceStart(ctx, i - 1) && p.s !== p.s.toUpperCase() &&
    !WEEKDAYS.has(p.l) && !MONTHS.has(p.l)) {
    return false;
  }
  return true;
}

/** The clock part of a time expression at i, with the zone written after it. */
function clock(ctx: Ctx, i: number): Clock | undefined {
  const w = word(ctx, i);
  if (w === 'noon' || w === 'midday' || w === 'midnight') {
    const zone = zoneAt(ctx, i + 1);
    return { h: w === 'midnight' ? 24 : 12, min: 0, e: zone ? zone.e : i + 1, zone };
  }
  if (!isNum(ctx, i)) return undefined;
  const t = ctx.toks[i]!;
  // The "05" or "41" of "2:05:41": only the whole group can be a time.
  if ((isP(ctx, i - 1, ':') || isP(ctx, i - 1, '.')) && glued(ctx, i) && glued(ctx, i - 1) && isNum(ctx, i - 2)) {
    return undefined;
  }
  if (t.s.length > 2 || !Number.isInteger(t.n)) {
    // "1530 GMT" military style only with a zone.
    const zone = t.s.length === 4 ? zoneAt(ctx, i + 1) : undefined;
    if (zone && t.n % 100 < 60 && t.n < 2400) return { h: Math.floor(t.n / 100), min: t.n % 100, e: zone.e, zone };
    return undefined;
  }
  let h = t.n;
  let min = 0;
  let sec: number | undefined;
  let e = i + 1;
  let hasMinutes = false;
  if ((isP(ctx, e, ':') || (isP(ctx, e, '.') && meridiem(ctx, e + 2) !== undefined)) && glued(ctx, e) &&
    isNum(ctx, e + 1) && glued(ctx, e + 1) && ctx.toks[e + 1]!.s.length === 2) {
    min = ctx.toks[e + 1]!.n;
    e += 2;
    hasMinutes = true;
    if (min > 59) return undefined;
    sec = colonPair(ctx, e);
    if (sec !== undefined) {
      if (sec > 59) return undefined;
      e += 2;
    }
    // "1:02:03:04" or "2:05.4" is no clock.
    if ((isP(ctx, e, ':') || isP(ctx, e, '.')) && glued(ctx, e) && isNum(ctx, e + 1) && glued(ctx, e + 1)) return undefined;
  }
  const ap = meridiem(ctx, e);
  if (ap) {
    if (h < 1 || h > 12) return undefined;
    if (ap.ap === 'pm' && h < 12) h += 12;
    if (ap.ap === 'am' && h === 12) h = 0;
    e = ap.e;
  } else if (word(ctx, e) === 'o' && isP(ctx, e + 1, "'") && word(ctx, e + 2) === 'clock') {
    if (h < 1 || h > 12) return undefined;
    e += 3;
  } else if (word(ctx, e) === 'in' && word(ctx, e + 1) === 'the' &&
    (word(ctx, e + 2) === 'morning' || word(ctx, e + 2) === 'afternoon' || word(ctx, e + 2) === 'evening')) {
    if (h < 1 || h > 12) return undefined;
    if (word(ctx, e + 2) !== 'morning' && h < 12) h += 12;
    e += 3;
  } else if (!hasMinutes || h > 24) {
    return undefined;
  } else if (!zoneAt(ctx, e) && !(word(ctx, e) === 'local' && word(ctx, e + 1) === 'time') &&
    !bareClockOk(ctx, i, t.s.length, sec !== undefined)) {
    return undefined;
  }
  if (h > 24) return undefined;
  const zone = zoneAt(ctx, e);
  if (zone) e = zone.e;
  return sec === undefined ? { h, min, e, zone } : { h, min, sec, e, zone };
}

/** A clock time, with an optional zone and the day it falls on. */
export function clockTime(ctx: Ctx, i: number): Match | undefined {
  const c = clock(ctx, i);
  if (!c) return undefined;
  let e = c.e;
  // "10:35 a.m. (0735 GMT) Friday": look past a short parenthetical for the day.
  let look = e;
  if (isP(ctx, e, '(')) {
    for (let k = e + 1; k < e + 6 && k < ctx.toks.length; k++) if (isP(ctx, k, ')')) { look = k + 1; break; }
  }
  let day: Ymd = ctx.dct;
  let anchor: Match['anchor'] = 'dct';
  let ownDay = false;
  // "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon today"
  const k = isP(ctx, look, ',') || word(ctx, look) === 'on' ? look + 1 : look;
  const d = weekday(ctx, k) ?? deictic(ctx, k) ?? monthFirst(ctx, k);
  if (d && d.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(d.value)) {
    day = { y: +d.value.slice(0, 4), m: +d.value.slice(5, 7), d: +d.value.slice(8, 10) };
    // Past a parenthetical the day dates the time but is tagged on its own.
    if (look === e) e = d.e;
    anchor = d.anchor;
    ownDay = true;
  }
  // "On March 12, at 9:30 a.m.", "It closed on Saturday. Crews arrived at 9 a.m.": a time without its
  // own day takes the day the story is told in.
  const story = ownDay ? undefined : storyDay(ctx, i, direction(ctx, i, e) > 0);
  if (story) {
    day = story;
    anchor = 'context';
  }
  const seconds = c.sec === undefined ? '' : `:${pad(c.sec)}`;
  const value = `${fmtDay(day)}T${pad(c.h)}:${pad(c.min)}${seconds}${c.zone ? zoneSuffix(c.zone, day) : ''}`;
  return { s: i, e, type: 'TIME', value, anchor };
}
