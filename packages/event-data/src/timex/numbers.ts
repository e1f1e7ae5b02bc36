/** Numbers written in digits or words ("24", "twenty-four", "a", "a couple of", "several"). */
import { type Ctx, isNum, isP, glued, word, low } from './context.js';
import { Kind } from './tokenizer.js';
import { NUMBER_WORDS, ORDINAL_WORDS, ORDINAL_SUFFIXES, VAGUE_QUANTITIES } from './lexicon.js';

/** A parsed quantity: `n` is NaN for vague amounts ("several"); `e` is the index after it. */
export interface Quantity {
  n: number;
  e: number;
  /** "a couple of" and similar imply an approximate amount. */
  approx?: boolean;
  /** True when the quantity is the article "a"/"an" (no explicit number). */
  article?: boolean;
}

const SCALES = new Map<string, number>([['hundred', 100], ['thousand', 1000], ['million', 1_000_000]]);

/**
 * Parses a cardinal written in words starting at i ("twenty four", "twenty-four",
 * "one hundred and twenty", "two thousand", "hundred" after "a").
 */
export function wordNumber(ctx: Ctx, i: number): Quantity | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  for (let guard = 0; guard < 12; guard++) {
    const w = word(ctx, j);
    const v = NUMBER_WORDS.get(w);
    if (v !== undefined && !(any && current % 100 !== 0)) {
      current += v;
      j++;
      any = true;
      if (v >= 20 && v % 10 === 0 && v < 100) {
        const k = isP(ctx, j, '-') && glued(ctx, j) ? j + 1 : j;
        const u = NUMBER_WORDS.get(word(ctx, k));
        if (u !== undefined && u > 0 && u < 10) {
          current += u;
          j = k + 1;
        }
      }
    } else if (SCALES.has(w) && (any || j === i)) {
      const scale = SCALES.get(w)!;
      if (!any) current = 1;
      any = true;
      j++;
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else {
      break;
    }
    // "one hundred and twenty"
    if (word(ctx, j) === 'and' && NUMBER_WORDS.has(word(ctx, j + 1)) && SCALES.has(word(ctx, j - 1))) j++;
  }
  return any ? { n: total + current, e: j } : undefined;
}

/**
 * Parses the amount in front of a unit: digits, number words, "a"/"an", "a few", "several",
 * "a couple of", "one and a half", "a dozen".
 */
export function quantity(ctx: Ctx, i: number): Quantity | undefined {
  const w = low(ctx, i);
  if (isNum(ctx, i)) {
    const n = ctx.toks[i]!.n;
    if (!Number.isFinite(n)) return undefined;
    // "5 1/2 hours"
    if (isNum(ctx, i + 1) && isP(ctx, i + 2, '/') && glued(ctx, i + 2) && isNum(ctx, i + 3) && glued(ctx, i + 3)) {
      const num = ctx.toks[i + 1]!.n;
      const den = ctx.toks[i + 3]!.n;
      if (den > 0 && num < den) return { n: n + num / den, e: i + 4 };
    }
    return withHalf(ctx, { n, e: i + 1 });
  }
  if (w === 'a' || w === 'an' || w === 'one') {
    const nx = word(ctx, i + 1);
    if (SCALES.has(nx)) return wordNumber(ctx, w === 'one' ? i : i + 1);
    if (nx === 'few') return { n: NaN, e: i + 2 };
    if (nx === 'couple') return { n: 2, e: word(ctx, i + 2) === 'of' ? i + 3 : i + 2, approx: true };
    if (nx === 'dozen') return { n: 12, e: i + 2 };
    if (nx === 'half') return { n: 0.5, e: i + 2 };
    if (w === 'one') return withHalf(ctx, { n: 1, e: i + 1 });
    return { n: 1, e: i + 1, article: true };
  }
  if (w === 'half') return { n: 0.5, e: word(ctx, i + 1) === 'a' || word(ctx, i + 1) === 'an' ? i + 2 : i + 1 };
  if (VAGUE_QUANTITIES.has(w)) {
    if (w === 'some' && (word(ctx, i + 1) === 'of')) return undefined;
    return { n: NaN, e: i + 1 };
  }
  if (w === 'couple') return { n: 2, e: word(ctx, i + 1) === 'of' ? i + 2 : i + 1, approx: true };
  if (w === 'dozens' || w === 'hundreds' || w === 'thousands') {
    return word(ctx, i + 1) === 'of' ? { n: NaN, e: i + 2 } : undefined;
  }
  const q = wordNumber(ctx, i);
  return q ? withHalf(ctx, q) : undefined;
}

/**
 * A range of amounts before a unit ("two to three weeks", "12 to 18 months", "two or three
 * days"): the extent covers both numbers and the value takes the lower bound.
 */
export function quantityRange(ctx: Ctx, i: number): Quantity | undefined {
  const q = quantity(ctx, i);
  if (!q || q.article || !Number.isFinite(q.n)) return q;
  const sep = low(ctx, q.e);
  if (sep !== 'to' && sep !== 'or' && !(sep === '-' && isNum(ctx, i))) return q;
  const hi = quantity(ctx, q.e + 1);
  if (!hi || hi.article || !Number.isFinite(hi.n) || hi.n <= q.n) return q;
  return { n: q.n, e: hi.e };
}

/** "one and a half", "2 and a half". */
function withHalf(ctx: Ctx, q: Quantity): Quantity {
  if (word(ctx, q.e) === 'and' && (word(ctx, q.e + 1) === 'a' || word(ctx, q.e + 1) === 'one') &&
    word(ctx, q.e + 2) === 'half') {
    return { n: q.n + 0.5, e: q.e + 3 };
  }
  return q;
}

/** Parses an ordinal ("third", "3rd", "twenty-first") at i. */
export function ordinal(ctx: Ctx, i: number): Quantity | undefined {
  const t = ctx.toks[i];
  if (t === undefined) return undefined;
  if (t.k === Kind.Num) {
    return ORDINAL_SUFFIXES.has(word(ctx, i + 1)) && glued(ctx, i + 1) ? { n: t.n, e: i + 2 } : undefined;
  }
  if (t.k !== Kind.Word) return undefined;
  const w = t.l;
  const o = ORDINAL_WORDS.get(w);
  if (o !== undefined && o > 0) return { n: o, e: i + 1 };
  if (isNum(ctx, i) && ORDINAL_SUFFIXES.has(word(ctx, i + 1)) && glued(ctx, i + 1)) {
    return { n: ctx.toks[i]!.n, e: i + 2 };
  }
  const tens = NUMBER_WORDS.get(w);
  if (tens !== undefined && tens >= 20 && tens % 10 === 0) {
    const j = isP(ctx, i + 1, '-') && glued(ctx, i + 1) ? i + 2 : i + 1;
    const u = ORDINAL_WORDS.get(word(ctx, j));
    if (u !== undefined && u > 0 && u < 10) return { n: tens + u, e: j + 1 };
  }
  return undefined;
}
