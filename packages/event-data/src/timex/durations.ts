/**
 * Durations ("three years", "two-hour", "the past five months", "18 months", "several days")
 * and dates counted from the DCT ("a week ago", "two years earlier").
 */
import { ahead, type Ctx, glued, isNum, isP, type Match, word } from './context.js';
import { isPluralUnit, UNITS, type Unit } from './lexicon.js';
import { quantityRange, type Quantity } from './numbers.js';
import { offsetValue } from './resolve.js';
import { direction } from './tense.js';

/** TIMEX3 duration value for n units (`NaN` → `X`): P3Y, PT2H, P18M, PXD. */
export function durationValue(n: number, unit: Unit): string | undefined {
  if (unit === 'weekend') return undefined;
  if (!Number.isFinite(n)) {
    const code = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'TH', minute: 'TM', second: 'TS',
      decade: 'DE', century: 'CE', quarter: 'Q', millennium: 'ML' }[unit];
    return code.startsWith('T') ? `PTX${code.slice(1)}` : `PX${code}`;
  }
  if (!Number.isInteger(n)) {
    // Fractions split into the next smaller unit: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
    const whole = Math.floor(n);
    const split = (big: string, small: string, per: number, t = false): string | undefined => {
      const rest = (n - whole) * per;
      if (!Number.isInteger(rest)) return undefined;
      const head = whole > 0 ? `${whole}${big}` : '';
      return `P${t ? 'T' : ''}${head}${rest}${small}`;
    };
    let v: string | undefined;
    if (unit === 'year') v = split('Y', 'M', 12);
    else if (unit === 'month') v = split('M', 'D', 30);
    else if (unit === 'week') v = Number.isInteger(n * 7) ? `P${n * 7}D` : undefined;
    else if (unit === 'day') v = whole > 0 ? (Number.isInteger((n - whole) * 24) ? `P${whole}DT${(n - whole) * 24}H` : undefined) : split('D', 'H', 24, true);
    else if (unit === 'hour') v = split('H', 'M', 60, true);
    else if (unit === 'minute') v = split('M', 'S', 60, true);
    if (v !== undefined) return v;
  }
  let v = n;
  let u: string;
  switch (unit) {
    case 'year': u = 'Y'; break;
    case 'month': u = 'M'; break;
    case 'week': u = 'W'; break;
    case 'day': u = 'D'; break;
    case 'hour': u = 'TH'; break;
    case 'minute': u = 'TM'; break;
    case 'second': u = 'TS'; break;
    case 'decade': v *= 10; u = 'Y'; break;
    case 'century': v *= 100; u = 'Y'; break;
    case 'millennium': v *= 1000; u = 'Y'; break;
    case 'quarter': u = 'Q'; break;
  }
  const num = Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
  return u.startsWith('T') ? `PT${num}${u.slice(1)}` : `P${num}${u}`;
}

/** Unit word at i, optionally after a hyphen ("two-year"). */
function unitAfter(ctx: Ctx, i: number): { unit: Unit; e: number; plural: boolean; hyphen: boolean } | undefined {
  const hyphen = isP(ctx, i, '-') && glued(ctx, i) && glued(ctx, i + 1);
  let j = hyphen ? i + 1 : i;
  // "two more weeks", "three full years", "five straight days"
  if (!hyphen && UNIT_ADJECTIVES.has(word(ctx, j)) && UNITS.has(word(ctx, j + 1))) j++;
  const w = word(ctx, j);
  const unit = UNITS.get(w);
  if (unit === undefined) return undefined;
  return { unit, e: j + 1, plural: isPluralUnit(w), hyphen };
}

const UNIT_ADJECTIVES = new Set([
  'more', 'additional', 'full', 'straight', 'consecutive', 'long', 'short', 'extra', 'whole', 'entire', 'successive',
  'further', 'calendar', 'trading', 'business', 'working',
]);

const AGO = new Map<string, number>([
  ['ago', -1], ['earlier', -1], ['before', -1], ['later', 1], ['hence', 1], ['after', 1],
]);

/**
 * `quantity unit` → DURATION, `quantity unit ago|earlier|later` → DATE,
 * with "-old"/"-long" adjectives ("8-month-old") kept in the extent.
 */
export function countedUnit(ctx: Ctx, i: number): Match | undefined {
  if (!ahead(ctx, i, 8, UNITS)) return undefined;
  const q = quantityRange(ctx, i);
  if (!q) return undefined;
  const u = unitAfter(ctx, q.e);
  if (!u) return undefined;
  if (u.unit === 'weekend') return undefined;
  // "several quarters" is a span; "a quarter of the shares", "three quarters of voters" are fractions.
  if (u.unit === 'quarter' && (!u.plural || u.hyphen || (word(ctx, u.e) === 'of' && q.n <= 3))) return undefined;
  // "a second" is rarely time; "one minute" is.
  if (u.unit === 'second' && q.article) return undefined;
  // Digits glued to a unit word only as "24-hour"; "3rd quarter" etc. are not durations.
  if (isNum(ctx, i) && !u.hyphen && glued(ctx, q.e)) return undefined;
  // A number preceded by a currency or part of a decimal / range is not a count of time.
  if (isNum(ctx, i) && (isP(ctx, i - 1, '$') || (isP(ctx, i - 1, '-') && glued(ctx, i) && isNum(ctx, i - 2)))) {
    return undefined;
  }
  let e = u.e;
  // "a year-earlier loss", "a year-ago quarter" are dates (see periods), not durations.
  if (!u.hyphen && isP(ctx, e, '-') && glued(ctx, e) && (word(ctx, e + 1) === 'earlier' || word(ctx, e + 1) === 'ago' ||
    (word(ctx, e + 1) === 'long' && q.article))) {
    return undefined;
  }
  let n = q.n;
  if (word(ctx, e) === 'and' && (word(ctx, e + 1) === 'a' || word(ctx, e + 1) === 'one') && word(ctx, e + 2) === 'half' &&
    Number.isFinite(n)) {
    n += 0.5;
    e += 3;
  }
  // Ages ("a 44-year-old man", "the 50-year-old alliance") are not tagged in TimeBank practice.
  if (u.hyphen && isP(ctx, e, '-') && glued(ctx, e) && word(ctx, e + 1) === 'old') return undefined;
  if (u.hyphen && isP(ctx, e, '-') && glued(ctx, e) && word(ctx, e + 1) === 'long') e += 2;
  if (word(ctx, e) === 'or' && word(ctx, e + 1) === 'so' && AGO.has(word(ctx, e + 2))) e += 2;
  // "52 years old" is an age.
  if (word(ctx, e) === 'old' && u.unit === 'year') return undefined;
  const dir = AGO.get(word(ctx, e));
  if (dir !== undefined && !u.hyphen) {
    const w = word(ctx, e);
    // "two days before the vote" is anchored on an event, not the DCT: keep only the duration.
    if (w === 'before' || w === 'after') return duration(ctx, i, e, { ...q, n }, u.unit, u.plural);
    if (!Number.isFinite(n)) {
      return { s: i, e: e + 1, type: 'DATE', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: 'dct' };
    }
    // "three days later" counts from the day the text last named, "ago" from the DCT.
    const relative = w === 'earlier' || w === 'later';
    const day = ctx.memo.day;
    // (the time named last counts: a month named after that day moves the story on)
    const monthLater = ctx.memo.monthAt !== undefined && ctx.memo.dayAt !== undefined && ctx.memo.monthAt > ctx.memo.dayAt;
    const fromText = relative && day !== undefined && ctx.memo.dayAt !== undefined && i - ctx.memo.dayAt < 150 && !monthLater &&
      (u.unit === 'day' || u.unit === 'week' || u.unit === 'month');
    const base = fromText ? { y: +day.slice(0, 4), m: +day.slice(5, 7), d: +day.slice(8, 10) } : ctx.dct;
    // after a month the text named last ("in March 2022 … Mercer resigned two weeks later"), a count of days,
    // weeks or months leads to a month counted from it, not from the DCT: a month is as precise as the text is
    const month = ctx.memo.month;
    const fromMonth = relative && !fromText && month !== undefined && ctx.memo.monthAt !== undefined && i - ctx.memo.monthAt < 150 &&
      (u.unit === 'day' || u.unit === 'week' || u.unit === 'month');
    // "in 1992 ... who died 10 years later", "A year later, Wade sold it": years counted from the year the text wrote
    // last ("a year earlier" stays on the DCT: results news compares with the year before publication)
    if (w === 'later' && !fromText && u.unit === 'year' && ctx.memo.year !== undefined && Number.isInteger(n)) {
      return { s: i, e: e + 1, type: 'DATE', value: String(ctx.memo.year + dir * n), anchor: 'context' };
    }
    if (fromMonth) {
      const start = { y: +month.slice(0, 4), m: +month.slice(5, 7), d: 1 };
      const days = u.unit === 'month' ? 0 : dir * n * (u.unit === 'week' ? 7 : 1);
      const moved = u.unit === 'month' ? offsetValue(start, 'month', dir * n) : offsetValue(start, 'day', days);
      if (moved !== undefined) return { s: i, e: e + 1, type: 'DATE', value: moved.slice(0, 7), anchor: 'context' };
    }
    const v = offsetValue(base, u.unit, dir * n);
    if (v !== undefined) {
      const m: Match = { s: i, e: e + 1, type: 'DATE', value: v, anchor: w === 'ago' || w === 'hence' ? 'dct' : 'context' };
      if (u.unit === 'year' && n === 1 && dir < 0) m.yearAgo = true;
      return m;
    }
  }
  // "will be redeemed in five years": a future date counted from the DCT (the "in" stays outside).
  if (word(ctx, i - 1) === 'in' && !u.hyphen && Number.isFinite(n) && n >= 1 && direction(ctx, i, e) > 0 &&
    u.unit !== 'second' && u.unit !== 'minute' && u.unit !== 'hour') {
    const v = offsetValue(ctx.dct, u.unit, n);
    if (v !== undefined) return { s: i, e, type: 'DATE', value: v, anchor: 'dct' };
  }
  if (word(ctx, e) === 'from' && word(ctx, e + 1) === 'now' && Number.isFinite(n)) {
    const v = offsetValue(ctx.dct, u.unit, n);
    if (v !== undefined) return { s: i, e: e + 2, type: 'DATE', value: v, anchor: 'dct' };
  }
  return duration(ctx, i, e, { ...q, n }, u.unit, u.plural);
}

function duration(ctx: Ctx, i: number, e: number, q: Quantity, unit: Unit, plural: boolean): Match | undefined {
  // "one of the years" / "a year" used as "per year" is handled by sets.
  if (q.article && plural) return undefined;
  const v = durationValue(q.n, unit);
  if (v === undefined) return undefined;
  const m: Match = { s: i, e, type: 'DURATION', value: v, anchor: 'explicit' };
  if (q.approx) m.mod = 'APPROX';
  // "or so", "or more"
  if (word(ctx, e) === 'or' && (word(ctx, e + 1) === 'so' || word(ctx, e + 1) === 'more')) {
    m.e = e + 2;
    m.mod = word(ctx, e + 1) === 'so' ? 'APPROX' : 'EQUAL_OR_MORE';
  }
  return m;
}

/** "the nine months", "the six months ended June 30": a counted span with its determiner. */
export function theCountedUnit(ctx: Ctx, i: number): Match | undefined {
  if (word(ctx, i) !== 'the') return undefined;
  const m = countedUnit(ctx, i + 1);
  if (!m || m.type !== 'DURATION') return undefined;
  for (let k = i + 1; k < m.e; k++) if (isP(ctx, k, '-')) return undefined;
  return { ...m, s: i };
}

/**
 * "the past five months", "the last two years", "the next few days", "the first nine months",
 * "the past year" → DURATION.
 */
export function spanWithDeterminer(ctx: Ctx, i: number): Match | undefined {
  let j = i;
  if (word(ctx, j) === 'the') j++;
  const w = word(ctx, j);
  if (w !== 'past' && w !== 'last' && w !== 'next' && w !== 'first' && w !== 'coming' && w !== 'previous' &&
    w !== 'latest' && w !== 'following' && w !== 'final' && w !== 'initial' && w !== 'remaining' &&
    w !== 'recent' && w !== 'preceding') {
    return undefined;
  }
  if (j === i && w !== 'past') return undefined;
  j++;
  const q = quantityRange(ctx, j);
  if (q && !q.article) {
    const u = unitAfter(ctx, q.e);
    if (!u || u.hyphen || u.unit === 'weekend' || u.unit === 'quarter' && w === 'first') return undefined;
    const v = durationValue(q.n, u.unit);
    if (v === undefined) return undefined;
    const m: Match = { s: i, e: u.e, type: 'DURATION', value: v, anchor: 'dct' };
    if (q.approx) m.mod = 'APPROX';
    if (word(ctx, m.e) === 'or' && word(ctx, m.e + 1) === 'so') { m.e += 2; m.mod = 'APPROX'; }
    return m;
  }
  // "the past year", "the past decade": a one-unit span ending at the DCT.
  if (j - 1 > i && (w === 'past' || w === 'last' || w === 'next' || w === 'coming') ) {
    const uw = word(ctx, j);
    const unit = UNITS.get(uw);
    if (unit && !isPluralUnit(uw) && unit !== 'weekend' && unit !== 'quarter' && unit !== 'day' &&
      !((w === 'last' || w === 'past') && (unit === 'week' || unit === 'month' || unit === 'year'))) {
      const v = durationValue(1, unit);
      if (v) return { s: i, e: j + 1, type: 'DURATION', value: v, anchor: 'dct' };
    }
  }
  return undefined;
}

/** "coming weeks", "the coming months", "the weeks ahead", "over the years". */
export function comingUnits(ctx: Ctx, i: number): Match | undefined {
  const the = word(ctx, i) === 'the' ? 1 : 0;
  const w = word(ctx, i + the);
  // "the weeks ahead"
  const ahead = UNITS.get(w);
  if (the && ahead && isPluralUnit(w) && word(ctx, i + 2) === 'ahead' && ahead !== 'weekend' && ahead !== 'second') {
    return { s: i, e: i + 3, type: 'DURATION', value: durationValue(NaN, ahead)!, anchor: 'dct' };
  }
  if (w !== 'coming' && w !== 'next' && w !== 'past' && w !== 'last') return undefined;
  if (w !== 'coming' && !the) return undefined;
  const uw = word(ctx, i + the + 1);
  const unit = UNITS.get(uw);
  if (!unit || !isPluralUnit(uw) || unit === 'weekend' || unit === 'second') return undefined;
  return { s: i, e: i + the + 2, type: 'DURATION', value: durationValue(NaN, unit)!, anchor: 'dct' };
}

/** Bare plural units ("for years", "in weeks", "decades-long"): DURATION with an unknown count. */
export function bareUnits(ctx: Ctx, i: number): Match | undefined {
  const w = word(ctx, i);
  const unit = UNITS.get(w);
  // "a year-long inquiry", "a week-long strike"
  if (unit !== undefined && !isPluralUnit(w) && isP(ctx, i + 1, '-') && glued(ctx, i + 1) && word(ctx, i + 2) === 'long' &&
    glued(ctx, i + 2)) {
    const v = durationValue(1, unit);
    if (v) return { s: i, e: i + 3, type: 'DURATION', value: v, anchor: 'explicit' };
  }
  if (unit === undefined || !isPluralUnit(w) || unit === 'weekend' || unit === 'quarter' || unit === 'second') {
    return undefined;
  }
  if (w === 'days' && word(ctx, i - 1) === 'these') return undefined;
  const prev = word(ctx, i - 1);
  if (prev === 'those' || prev === 'these' || prev === 'some' || prev === 'of' || isNum(ctx, i - 1)) return undefined;
  if (word(ctx, i + 1) === 'old') return undefined;
  // "in the days before …", "over the years": the unit alone, as TimeBank marks it.
  const prep = word(ctx, i - 2);
  if (prev === 'the' && !(prep === 'over' || prep === 'in' || prep === 'during' || prep === 'through' ||
    prep === 'throughout') || word(ctx, i + 1) === 'of') {
    return undefined;
  }
  let e = i + 1;
  if (isP(ctx, e, '-') && glued(ctx, e) && word(ctx, e + 1) === 'long') e += 2;
  if (word(ctx, e) === 'ago') return { s: i, e: e + 1, type: 'DATE', value: 'PAST_REF', anchor: 'dct' };
  // "weeks or months"
  const alt = word(ctx, e + 1);
  if ((word(ctx, e) === 'or' || word(ctx, e) === 'and') && UNITS.has(alt) && isPluralUnit(alt)) e += 2;
  return { s: i, e, type: 'DURATION', value: durationValue(NaN, unit)!, anchor: 'explicit' };
}
