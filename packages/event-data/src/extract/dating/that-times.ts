import { clauses } from '../language/clauses.js';
import type { SentenceTimex, Token, Trigger } from '../types.js';

interface Span {
  start: number;
  end: number;
}

/**
 * Whether a time expression opened by "that" ("that June", "that afternoon") ends the clause before it
 * rather than opening the one it starts. The clause cutter takes "that" for the opener of a clause ("said
 * that …", "the bridge that …"); before a time word it is the time's determiner, and in "began work that
 * June and finished the deck that autumn" June is the beginning's and autumn the finishing's. That holds
 * when the expression follows a clause with a verb of its own, with no punctuation between; a fronted one
 * ("Later that day the council approved …", "That June, …") dates the clause it opens.
 */
function endsClauseBefore(tokens: readonly Token[], x: SentenceTimex, spans: readonly Span[], verbs: readonly Trigger[]): number {
  if (!/^that\s/i.test(x.text)) return -1;
  const c = spans.findIndex((s) => s.start === x.start);
  if (c <= 0) return -1;
  const before = spans[c - 1];
  const last = tokens.filter((t) => t.end <= x.start).pop();
  if (!last || last.end !== before.end || !/^[\p{L}\p{N}]/u.test(last.text)) return -1;
  return verbs.some((v) => v.start >= before.start && v.end <= before.end) ? c - 1 : -1;
}

/**
 * The span within which a trigger's own date is looked for: its clause, with a time opened by "that" moved
 * to the clause it ends (see {@link endsClauseBefore}): "crews began repairs that afternoon and …" finds
 * the afternoon, and "… that June and finished the deck" leaves June to the clause before.
 */
export function datingClause(tokens: Token[], trigger: Trigger, timexes: readonly SentenceTimex[], triggers: readonly Trigger[]): Span {
  const { spans } = clauses(tokens);
  const c = spans.findIndex((s) => s.start === trigger.clause.start && s.end === trigger.clause.end);
  if (c < 0) return trigger.clause;
  const verbs = triggers.filter((t) => t.pos === 'verb');
  let { start, end } = trigger.clause;
  for (const x of timexes) {
    const host = endsClauseBefore(tokens, x, spans, verbs);
    if (host < 0) continue;
    if (host === c) end = Math.max(end, x.end);
    else if (host === c - 1 && x.start === start && trigger.start >= x.end) start = x.end;
  }
  return { start, end };
}
