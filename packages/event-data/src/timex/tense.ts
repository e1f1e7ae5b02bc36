/**
 * Which way an under-specified date points (a bare weekday, "April 12", "the fourth quarter"):
 * the tense of its clause. News reports mostly look back, so past is the default.
 */
import { type Ctx, word, low } from './context.js';
import { Kind } from './tokenizer.js';

/** Direction of a clause: -1 past, +1 future, 0 no cue found. */
export type Direction = -1 | 0 | 1;

const FUTURE = new Set([
  'will', 'shall', 'tomorrow', 'next', 'upcoming', 'scheduled', 'expected', 'expects', 'plans', 'plan', 'planned',
  'intends', 'due', 'coming', 'until', 'till', 'begins', 'starts', 'opens', 'resumes', 'hopes', 'aims', 'slated',
  'later', 'forthcoming',
]);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'ago', 'last', 'yesterday', 'earlier', 'said', 'told', 'met', 'came', 'went', 'took',
  'gave', 'made', 'began', 'saw', 'held', 'left', 'won', 'lost', 'fell', 'rose', 'got', 'sent', 'struck', 'hit',
  'spoke', 'wrote', 'found', 'since', 'previously', 'already', 'been',
]);
const CLAUSE_BREAK = new Set(['.', ';', '!', '?', ':', '"']);
const STOP_WORDS = new Set(['that', 'but', 'because', 'while', 'when', 'after', 'although', 'who', 'which', 'where']);

/** Looks for the nearest tense cue around tokens `[s, e)` inside the same clause. */
export function direction(ctx: Ctx, s: number, e: number): Direction {
  let future = false;
  let past = false;
  // Left: up to 10 tokens back, within the clause.
  for (let j = s - 1, n = 0; j >= 0 && n < 10; j--, n++) {
    const t = ctx.toks[j]!;
    if (t.k === Kind.Punct && CLAUSE_BREAK.has(t.l)) break;
    if (t.k !== Kind.Word) continue;
    if (isFuture(ctx, j)) { future = true; break; }
    if (isPast(t.l)) { past = true; break; }
    if (STOP_WORDS.has(t.l)) break;
  }
  if (future) return 1;
  if (past) return -1;
  // Right: up to 8 tokens ahead ("Friday's meeting will …" counts too).
  for (let j = e, n = 0; j < ctx.toks.length && n < 8; j++, n++) {
    const t = ctx.toks[j]!;
    if (t.k === Kind.Punct && (CLAUSE_BREAK.has(t.l) || t.l === ',')) break;
    if (t.k !== Kind.Word) continue;
    if (isFuture(ctx, j)) return 1;
    if (isPast(t.l)) return -1;
    if (STOP_WORDS.has(t.l)) break;
  }
  return 0;
}

function isFuture(ctx: Ctx, j: number): boolean {
  const w = word(ctx, j);
  if (FUTURE.has(w)) return true;
  if (w === 'll' && low(ctx, j - 1) === "'") return true;
  if (w === 'going' && word(ctx, j + 1) === 'to') return true;
  if (w === 'won' && low(ctx, j + 1) === "'" && word(ctx, j + 2) === 't') return true;
  if ((w === 'is' || w === 'are') && word(ctx, j + 1) === 'to') return true;
  return false;
}

function isPast(w: string): boolean {
  if (PAST.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && w !== 'scheduled' && w !== 'expected' &&
    w !== 'planned' && w !== 'intended';
}
