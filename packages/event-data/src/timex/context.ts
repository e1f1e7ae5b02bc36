/** The matching context shared by the rule files, and small token helpers. */
import { toDays, type Ymd } from './calendar.js';
import { COMPOUND_HEADS } from './lexicon.js';
import { Kind, type Token } from './tokenizer.js';
import type { TimexType } from './types.js';

/** A candidate expression over tokens `[s, e)`. */
export interface Match {
  s: number;
  e: number;
  type: TimexType;
  value: string;
  mod?: string;
  quant?: string;
  freq?: string;
  anchor: 'explicit' | 'dct' | 'context';
  /** "that year" (0), "the following year" (+1): a year counted from the last year mentioned. */
  ctxYear?: number;
  /** "a year ago", "year-earlier": in financial reports, the same quarter a year before. */
  yearAgo?: boolean;
  /** A comparison period ("the year-ago quarter"): not an anchor for later expressions. */
  derived?: boolean;
}

/** What the text has said so far, for expressions anchored on an earlier one. */
export interface Memo {
  /** Last explicitly written year. */
  year?: number;
  /** Last day mentioned (`YYYY-MM-DD`) and the token index where it ended. */
  day?: string;
  dayAt?: number;
  /** Last month mentioned on its own (`YYYY-MM`: "June 2012", "last month") and the token index where it ended. */
  month?: string;
  monthAt?: number;
  /** Last quarter mentioned, with the token index where it ended. */
  quarter?: { y: number; q: number; at: number };
}

export interface Ctx {
  text: string;
  toks: Token[];
  dct: Ymd;
  memo: Memo;
  /** Tense cue of each token, computed once (see tense.ts): 2 = not computed yet. */
  cues: Int8Array;
}

/** Lower-cased word at token i, or '' when i is not a word. */
export function word(ctx: Ctx, i: number): string {
  const t = ctx.toks[i];
  return t !== undefined && t.k === Kind.Word ? t.l : '';
}

/** Lower-cased surface of any token at i ('' past the end). */
export function low(ctx: Ctx, i: number): string {
  const t = ctx.toks[i];
  return t === undefined ? '' : t.l;
}

/** True when token i is the punctuation character ch. */
export function isP(ctx: Ctx, i: number, ch: string): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.k === Kind.Punct && t.l === ch;
}

/** True when token i exists and touches the previous token (no whitespace between). */
export function glued(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && !t.sp;
}

/** Token i is a number token. */
export function isNum(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  return t !== undefined && t.k === Kind.Num;
}

/** True when one of the next `span` tokens after i is a word in `words` (a cheap pre-check). */
export function ahead(ctx: Ctx, i: number, span: number, words: { has(w: string): boolean }): boolean {
  const end = Math.min(ctx.toks.length, i + 1 + span);
  for (let k = i + 1; k < end; k++) {
    const t = ctx.toks[k]!;
    if (t.k === Kind.Word && words.has(t.l)) return true;
  }
  return false;
}

/** Token i starts with an upper-case letter. */
export function isCap(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (t === undefined || t.k !== Kind.Word) return false;
  const c = t.s.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/**
 * Skips an abbreviation period directly after token i ("Sept." , "p.m.") and returns the index
 * after it, or i + 1 when there is none.
 */
export function afterDot(ctx: Ctx, i: number): number {
  return isP(ctx, i + 1, '.') && glued(ctx, i + 1) ? i + 2 : i + 1;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'st', 'co', 'inc', 'corp', 'ltd',
  'jr', 'sr', 'no', 'vs', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'est', 'approx', 'dept', 'gov', 'u', 's', 'n', 'a', 'm', 'p', 'e', 'i', 'mt', 'ft']);

/**
 * Token j ends a sentence: ! ? ; always, a period unless it closes an abbreviation
 * ("a.m.", "U.S.", "Sept.") or is followed by a lower-case word or a number.
 */
export function endsSentence(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (t === undefined || t.k !== Kind.Punct) return false;
  if (t.l === '!' || t.l === '?' || t.l === ';') return true;
  if (t.l !== '.') return false;
  const prev = ctx.toks[j - 1];
  if (prev !== undefined && !t.sp && prev.k === Kind.Word && ABBREVIATIONS.has(prev.l)) return false;
  const next = ctx.toks[j + 1];
  if (next === undefined) return true;
  if (!next.sp) return false;
  if (next.k === Kind.Num) return false;
  if (next.k === Kind.Word) {
    const c = next.s.charCodeAt(0);
    return !(c >= 97 && c <= 122);
  }
  return true;
}

/** Token i begins a sentence (text start, or after . ! ? or a line break). */
export function sentenceStart(ctx: Ctx, i: number): boolean {
  if (i === 0) return true;
  const p = ctx.toks[i - 1]!;
  if (p.k === Kind.Punct && (p.l === '.' || p.l === '!' || p.l === '?' || p.l === '"' || p.l === ':')) return true;
  const between = ctx.text.slice(p.end, ctx.toks[i]!.start);
  return between.indexOf('\n') >= 0;
}

/**
 * The time word at j modifies a noun instead of naming a time: the first part of a hyphenated
 * compound ("that day-long meeting", "the morning-after pill", "this year-end") or of a compound
 * noun ("that day traders", "the night shift", "the evening news").
 */
export function modifiesNoun(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (t === undefined) return false;
  const n = ctx.toks[j + 2];
  if (isP(ctx, j + 1, '-') && glued(ctx, j + 1) && n !== undefined && n.k === Kind.Word && !n.sp) return true;
  return COMPOUND_HEADS.get(t.l)?.has(word(ctx, j + 1)) === true;
}

/** How many sentences back a day the text named still sets the day of a time that names none. */
const STORY_REACH = 2;
/** …and how many tokens: three sentences are seldom longer, and the scan for their ends stays short. */
const STORY_TOKENS = 120;

/**
 * The day the story is told in at token i: the last day the text named, in the sentence of i or in
 * one of the two before it (news paragraphs are often one sentence long, so they don't end the
 * story's day). A time with no day of its own ("at 9 a.m.", "in the morning") happened on that day,
 * as TimeML annotators read it: "The bridge was closed on Saturday. Inspectors found a crack at
 * 9 a.m." is Saturday's 9 a.m., whatever day the article was published. Further on, or for a
 * time still to come (`future`) after a day gone by, the time falls back to the DCT's day.
 */
export function storyDay(ctx: Ctx, i: number, future = false): Ymd | undefined {
  const { day, dayAt } = ctx.memo;
  if (day === undefined || dayAt === undefined || dayAt > i || i - dayAt > STORY_TOKENS) return undefined;
  let ends = 0;
  for (let k = dayAt; k < i; k++) if (endsSentence(ctx, k) && ++ends > STORY_REACH) return undefined;
  const story = { y: +day.slice(0, 4), m: +day.slice(5, 7), d: +day.slice(8, 10) };
  // "It closed on Saturday. It will reopen at 6 a.m.": what is still to come is not on a day gone by
  return future && toDays(story) < toDays(ctx.dct) ? undefined : story;
}
