/**
 * Time zones written after a clock time: "09:30 GMT", "5 p.m. EST", "(EDT)", "14:00 UTC+3", "0930Z".
 *
 * TimeML 1.2.1 takes TIMEX3 values from ISO 8601 (through the TIMEX2 guidelines), where a zone
 * is a suffix of the time: `Z` for UTC, otherwise the offset from UTC. So "09:30 GMT" is
 * `…T09:30Z` and "5 p.m. EST" `…T17:00-05:00`. TimeBank's annotators often left the zone out
 * ("5 p.m. EST Nov. 9" → `1989-11-09T17:00`); we keep it, because a time without its zone lands
 * hours off on a UTC timeline, and timexInterval() turns an offset into UTC.
 * An abbreviation that names several zones (IST) keeps the time zone-less, as a local time.
 */
import { addDays, isoWeekday, pad, type Ymd } from './calendar.js';
import { type Ctx, glued, isNum, isP } from './context.js';
import { ZONE_OFFSETS } from './lexicon.js';
import { Kind } from './tokenizer.js';

/** A zone after a clock time: the abbreviation and an explicit offset ("GMT+3"), ending before token `e`. */
export interface Zone {
  code: string;
  /** Minutes east of UTC written after GMT/UTC ("UTC-5" → -300). */
  offset?: number;
  e: number;
}

/** A zone abbreviation at i, bare or in parentheses; only in capitals ("EST", not "est") or as "Zulu". */
export function zoneAt(ctx: Ctx, i: number): Zone | undefined {
  const paren = isP(ctx, i, '(');
  const j = paren ? i + 1 : i;
  const t = ctx.toks[j];
  if (t === undefined || t.k !== Kind.Word || !ZONE_OFFSETS.has(t.l)) return undefined;
  if (t.s !== t.s.toUpperCase() && t.s !== 'Zulu') return undefined;
  let e = j + 1;
  let offset: number | undefined;
  if ((t.l === 'gmt' || t.l === 'utc') && (isP(ctx, e, '+') || isP(ctx, e, '-')) && glued(ctx, e) &&
    isNum(ctx, e + 1) && glued(ctx, e + 1)) {
    const sign = isP(ctx, e, '+') ? 1 : -1;
    const n = ctx.toks[e + 1]!;
    let h: number;
    let m = 0;
    let k = e + 2;
    if (n.s.length <= 2) {
      h = n.n;
      if (isP(ctx, k, ':') && glued(ctx, k) && isNum(ctx, k + 1) && ctx.toks[k + 1]!.s.length === 2) {
        m = ctx.toks[k + 1]!.n;
        k += 2;
      }
    } else if (n.s.length === 4) {
      h = Math.floor(n.n / 100);
      m = n.n % 100;
    } else {
      return undefined;
    }
    if (!Number.isInteger(h) || h > 14 || m > 59) return undefined;
    offset = sign * (h * 60 + m);
    e = k;
  }
  if (paren) {
    if (!isP(ctx, e, ')')) return undefined;
    e++;
  }
  return offset === undefined ? { code: t.l, e } : { code: t.l, offset, e };
}

/** The n-th Sunday (n = -1: the last) of a month. */
function sunday(y: number, m: number, n: number): Ymd {
  if (n > 0) {
    const first: Ymd = { y, m, d: 1 };
    return addDays(first, (7 - isoWeekday(first)) % 7 + 7 * (n - 1));
  }
  const next: Ymd = m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 };
  const last = addDays(next, -1);
  return addDays(last, -(isoWeekday(last) % 7));
}

const key = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;

/**
 * Whether US daylight saving time is in force on a day: since 2007 from the second Sunday of
 * March to the first Sunday of November, 1987–2006 from the first Sunday of April to the last
 * Sunday of October, before that from the last Sunday of April. Whole days: the 2 a.m. switch
 * itself is not modelled.
 */
function usSummer(day: Ymd): boolean {
  const y = day.y;
  const start = y >= 2007 ? sunday(y, 3, 2) : y >= 1987 ? sunday(y, 4, 1) : sunday(y, 4, -1);
  const end = y >= 2007 ? sunday(y, 11, 1) : sunday(y, 10, -1);
  return key(day) >= key(start) && key(day) < key(end);
}

/** Standard offsets (minutes) of the North American zone names without a season letter. */
const US_STANDARD: Record<string, number> = { et: -300, ct: -360, mt: -420, pt: -480 };

/** The ISO 8601 suffix of a zone on a local day: `Z`, `-05:00`, `+05:30`, or '' when the zone is ambiguous. */
export function zoneSuffix(zone: Zone, day: Ymd): string {
  let minutes: number | null | undefined;
  if (zone.offset !== undefined) minutes = zone.offset;
  else {
    const known = ZONE_OFFSETS.get(zone.code);
    minutes = known === 'US' ? US_STANDARD[zone.code]! + (usSummer(day) ? 60 : 0) : known;
  }
  if (minutes === null || minutes === undefined) return '';
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
