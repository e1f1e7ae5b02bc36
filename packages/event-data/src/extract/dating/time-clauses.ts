import { clauses, opensOrderedClause } from '../language/clauses.js';
import type { SentenceTimex, Token, Trigger } from '../types.js';

/** Openers of an adverbial clause whose happening shares the time of the clause it modifies (TimeML: SIMULTANEOUS, IS_INCLUDED). */
const SIMULTANEOUS = new Set(['when', 'as', 'while', 'once']);
/** Openers of a clause that only orders its happening against the other one (TimeML: BEFORE, AFTER): neither lends its date. */
const ORDERING = new Set(['after', 'before', 'until', 'since']);

const inside = (span: { start: number; end: number }, outer: { start: number; end: number }) => span.start >= outer.start && span.end <= outer.end;

/** The word that opens a clause. */
const openerOf = (tokens: readonly Token[], span: { start: number }) => tokens.find((t) => t.start >= span.start)?.lower ?? '';

export interface TimeClauseDating {
  /** The date a happening takes from the adverbial clause of time that modifies its clause, or from the clause its own modifies. */
  date?: SentenceTimex;
  /**
   * Whether no date outside the trigger's clause is its own: the clause is ordered against the rest of its sentence
   * ("after", "before"), or is simultaneous with a happening still to come or hypothetical.
   */
  ordered: boolean;
}

/**
 * Dating across an adverbial clause of time and the clause it modifies, for a happening with no date in its
 * own clause. "When" ("as", "while", "once") makes the two happenings simultaneous: TimeML links them
 * SIMULTANEOUS or IS_INCLUDED, so each takes the other's date. "Two people died when their car was swept away
 * on Tuesday night": the dying takes Tuesday night; "When Jobs introduced the phone on Monday, he praised its
 * antenna": so does the praising, and the introducing takes the date of the praise when only the main clause
 * has one, unless that one is still to come or hypothetical ("When Acme opens the plant, it will hire 300
 * workers next year" tells of no opening that took place). After a date, "when" tells what happened at that time ("since November, when he was found"): the
 * date is the happening's even when a bound word governs it. "After" and "before" order the happenings
 * (TimeML: BEFORE, AFTER), so neither takes the other's date: `ordered` says so for the subordinate one.
 * `dates` are the expressions of the sentence that can date; `all` every calendar expression of it (bound ones too);
 * `triggers` the happenings of the sentence.
 */
export function timeClauseDating(
  tokens: Token[],
  trigger: Trigger,
  dates: readonly SentenceTimex[],
  all: readonly SentenceTimex[],
  claimed: (x: SentenceTimex) => boolean,
  triggers: readonly Trigger[] = [],
): TimeClauseDating {
  const { of, spans } = clauses(tokens);
  const own = tokens.findIndex((t) => t.start >= trigger.start);
  if (own < 0) return { ordered: false };
  const c = of[own];
  const opener = openerOf(tokens, spans[c]);
  const nearest = (span: { start: number; end: number }) => {
    let best: SentenceTimex | undefined;
    const d = (x: SentenceTimex) => Math.abs(x.start - trigger.start);
    for (const x of dates) if (inside(x, span) && !claimed(x) && (!best || d(x) < d(best))) best = x;
    return best;
  };
  if (SIMULTANEOUS.has(opener)) {
    // "in 1962 when she was 4", "Thursday, when 133 people were arrested": the time the clause is about
    const first = tokens.findIndex((t) => t.start >= spans[c].start);
    let k = first - 1;
    while (k >= 0 && /^(?:,|_|–|—|just|only|precisely|exactly)$/.test(tokens[k].lower)) k--;
    const before = k >= 0 ? all.find((x) => x.end === tokens[k].end) : undefined;
    if (opener === 'when' && before) return { date: before, ordered: false };
    // the clause it modifies: the one before it, or, for a clause that opens the sentence, the one after its comma
    const host = first === 0 ? c + 1 : c - 1;
    // the happening is as real as the one it is simultaneous with: "When the plant opens, Acme will hire 300 workers
    // next year" tells of no opening that took place
    const unreal = (span: { start: number; end: number }) => triggers.some((o) => inside(o, span) && (o.mood === 'future' || o.mood === 'irrealis'));
    if (host >= 0 && host < spans.length && unreal(spans[host])) return { ordered: true };
    if (host >= 0 && host < spans.length) {
      const date = nearest(spans[host]);
      if (date) return { date, ordered: false };
    }
    return { ordered: false };
  }
  // the main clause: a clause of time right after it, or one that opens the sentence
  for (const other of [c + 1, c === 1 ? 0 : -1]) {
    if (other < 0 || other >= spans.length || !SIMULTANEOUS.has(openerOf(tokens, spans[other]))) continue;
    if (other === 0 && tokens[0].start !== spans[0].start) continue;
    const date = nearest(spans[other]);
    if (date) return { date, ordered: false };
  }
  return { ordered: ORDERING.has(opener) };
}

/**
 * Whether a trigger is told in an adverbial clause of time that modifies another clause of its sentence ("When
 * Acme opened the plant, the mayor cut the ribbon on Monday", "… on Friday as rescuers searched the rubble").
 */
export function inTimeClause(tokens: Token[], trigger: Trigger): boolean {
  const { of, spans } = clauses(tokens);
  const own = tokens.findIndex((t) => t.start >= trigger.start);
  return own >= 0 && spans.length > 1 && SIMULTANEOUS.has(openerOf(tokens, spans[of[own]]));
}

/**
 * Whether a happening told in a clause of time with no date of its own takes its date from the clause it modifies:
 * "When Acme opened the plant, the mayor cut the ribbon on Monday", "While rescuers searched the rubble, a second
 * quake struck on Friday". It is then a happening of its own, simultaneous with the dated one (TimeML: SIMULTANEOUS,
 * IS_INCLUDED), not a second word for it. A clause of time that holds the date ("died when their car was swept
 * away on Tuesday night") is the sentence's time, and its happening the circumstance of the main one.
 */
export function datedByMainClause(tokens: Token[], trigger: Trigger, timex: SentenceTimex | undefined): boolean {
  return !!timex && !inside(timex, trigger.clause) && inTimeClause(tokens, trigger);
}

/**
 * Whether a date lies in a clause of time that orders another happening against the trigger's: "Shares plunged
 * 84 percent after JPMorgan agreed on Sunday to buy the bank": Sunday is when JPMorgan agreed, and the plunge
 * came after it (TimeML: AFTER), so Sunday does not date the plunge. The clause opens after the trigger, at
 * after/before/until followed by a subject and its verb. (TempEval-3 links such pairs three times: once AFTER,
 * once IS_INCLUDED, and "built since it entered production in 1947" BEGUN_BY, which is why "since" stays.)
 */
export function acrossOrderedClause(tokens: Token[], trigger: Trigger, x: SentenceTimex): boolean {
  if (x.start < trigger.end) return false;
  for (let k = trigger.token + 1; k < tokens.length && tokens[k].start < x.start; k++) {
    // ("since it entered production in February 1947" is when the main happening began: see since.ts)
    if (tokens[k].lower === 'since' || !opensOrderedClause(tokens, k)) continue;
    // the clause and what hangs on it ("…, a fraction of its value on Friday") run to where another clause starts
    // (", and …", an attribution: "…, a report said Tuesday")
    const { of } = clauses(tokens);
    return !tokens.some((t, j) => j > k && t.start < x.start && of[j] !== of[k]);
  }
  return false;
}
