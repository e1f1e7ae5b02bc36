import { clauses } from '../language/clauses.js';
import type { SentenceTimex, Token, Trigger } from '../types.js';

interface Span {
  start: number;
  end: number;
}

/**
 * For a time expression that the clause cutter split at its "that" ("that June", "later that day"): the
 * clause whose happening it dates, else -1 (no split inside or at the start of it). The cutter takes
 * "that" for the opener of a clause ("said that …", "the bridge that …"); before a time word it is the
 * time's determiner, and in "began work that June and finished the deck that autumn" June is the
 * beginning's and autumn the finishing's. After a clause with a verb of its own and no punctuation between,
 * the expression ends that clause; else ("Later that day the council approved …", "That June, …") it
 * dates the clause that follows its "that".
 */
function hostOf(tokens: readonly Token[], x: SentenceTimex, spans: readonly Span[], verbs: readonly Trigger[]): number {
  if (!/\bthat\b/i.test(x.text)) return -1;
  const that = tokens.find((t) => t.start >= x.start && t.end <= x.end && t.lower === 'that');
  if (!that) return -1;
  const c = spans.findIndex((s) => s.start === that.start);
  if (c < 0) return -1;
  const before = spans[c - 1];
  if (!before || x.start < before.start) return c;
  // the word before the expression, or before its "that" when the expression starts in the clause before ("later that day")
  const last = tokens.filter((t) => t.end <= Math.min(x.start, that.start)).pop();
  const joined = !!last && /^[\p{L}\p{N}]/u.test(last.text) && (x.start < that.start || last.end === before.end);
  return joined && verbs.some((v) => v.start >= before.start && v.end <= before.end && v.end <= x.start) ? c - 1 : c;
}

/**
 * The span within which a trigger's own date is looked for: its clause, with a time expression that the
 * clause cutter split at its "that" given whole to the clause it dates (see {@link hostOf}): "crews began
 * repairs that afternoon and …" finds the afternoon, "… that June and finished the deck" leaves June to
 * the clause before, and "Later that day the council approved …" dates the approval.
 */
export function datingClause(tokens: Token[], trigger: Trigger, timexes: readonly SentenceTimex[], triggers: readonly Trigger[]): Span {
  const { spans } = clauses(tokens);
  const c = spans.findIndex((s) => s.start === trigger.clause.start && s.end === trigger.clause.end);
  if (c < 0) return trigger.clause;
  const verbs = triggers.filter((t) => t.pos === 'verb');
  let { start, end } = trigger.clause;
  for (const x of timexes) {
    const host = hostOf(tokens, x, spans, verbs);
    if (host < 0) continue;
    if (host === c) {
      start = Math.min(start, x.start);
      end = Math.max(end, x.end);
    } else if (x.start <= start && x.end > start && trigger.start >= x.end) start = x.end;
  }
  return { start, end };
}
