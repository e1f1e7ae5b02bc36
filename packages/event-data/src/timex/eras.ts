/**
 * Years with an era or written with leading zeros: "AD 70", "70 A.D.", "79 CE", "the year 0050",
 * "the year 1990". TIMEX3 writes a year as four digits, so the year 70 is `0070`.
 * Years before Christ ("753 BC") are left untagged: TimeML 1.2.1 has no settled value for them
 * (TIMEX2 wrote `BC0753`, ISO 8601 `-0752`), and a year of our era would be plainly wrong.
 */
import { pad } from './calendar.js';
import { type Ctx, glued, isNum, isP, type Match, word } from './context.js';
import { Kind } from './tokenizer.js';

/** Letters of a dotted era abbreviation ("A.D.", "B.C.E.") → its era. */
const DOTTED: Array<[string[], 'AD' | 'BC']> = [
  [['b', 'c', 'e'], 'BC'], [['a', 'd'], 'AD'], [['c', 'e'], 'AD'], [['b', 'c'], 'BC'],
];

/** An era marker at i ("AD", "A.D.", "CE", "BC", "B.C.", "BCE"), upper case only ("a 1990 ad" is an advert). */
export function eraAt(ctx: Ctx, i: number): { era: 'AD' | 'BC'; e: number } | undefined {
  const t = ctx.toks[i];
  if (t === undefined || t.k !== Kind.Word) return undefined;
  if (t.s === 'AD' || t.s === 'CE') return { era: 'AD', e: i + 1 };
  if (t.s === 'BC' || t.s === 'BCE') return { era: 'BC', e: i + 1 };
  for (const [letters, era] of DOTTED) {
    let j = i;
    let ok = true;
    for (const [k, letter] of letters.entries()) {
      const l = ctx.toks[j];
      if (l === undefined || l.k !== Kind.Word || l.s !== letter.toUpperCase() || (k > 0 && !glued(ctx, j)) ||
        !isP(ctx, j + 1, '.') || !glued(ctx, j + 1)) {
        ok = false;
        break;
      }
      j += 2;
    }
    if (ok) return { era, e: j };
  }
  return undefined;
}

/** A year number at i: an integer of one to four digits, 1..9999. */
function yearNumber(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks[i];
  if (t === undefined || t.k !== Kind.Num || t.s.length > 4 || !/^\d+$/.test(t.s) || t.n < 1) return undefined;
  return t.n;
}

/** "AD 70", "70 AD", "79 CE", "the year 0050", "the year 1990", "the year AD 70". */
export function eraYear(ctx: Ctx, i: number): Match | undefined {
  const the = word(ctx, i) === 'the' && word(ctx, i + 1) === 'year' ? 2 : 0;
  const j = i + the;
  const before = eraAt(ctx, j);
  if (before) {
    const y = before.era === 'AD' ? yearNumber(ctx, before.e) : undefined;
    if (y === undefined || glued(ctx, before.e)) return undefined;
    return { s: i, e: before.e + 1, type: 'DATE', value: pad(y, 4), anchor: 'explicit' };
  }
  const y = yearNumber(ctx, j);
  if (y === undefined) return undefined;
  const after = eraAt(ctx, j + 1);
  if (after) return after.era === 'AD' ? { s: i, e: after.e, type: 'DATE', value: pad(y, 4), anchor: 'explicit' } : undefined;
  // "the year 0050" and "the year 1990" name a year; a bare "0930" is a clock time far more often.
  const next = ctx.toks[j + 1];
  const joined = next !== undefined && glued(ctx, j + 1) && (next.k === Kind.Word || (isNum(ctx, j + 2) && glued(ctx, j + 2)));
  if (the && ctx.toks[j]!.s.length === 4 && !joined) {
    return { s: i, e: j + 1, type: 'DATE', value: pad(y, 4), anchor: 'explicit' };
  }
  return undefined;
}
