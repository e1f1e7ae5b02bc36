import { isPastForm } from '../language/morphology.js';
import { phraseStart } from './phrase-start.js';
import { looksVerb, modifier, type TitleSentence } from './title-sentence.js';
import { CLAUSE_OPENING, GERUND_LEADS, PARTICLES, PREPOSITIONS } from './title-words.js';


/** Relative pronouns that are the subject of their clause ("the man who fell", "the plan that failed"). */
const RELATIVE_SUBJECTS = new Set(['who', 'which', 'that']);

/** At most this many steps back through a chain: a participle, prepositions, gerunds, infinitives and their objects. */
const MAX_STEPS = 10;

/**
 * The noun phrase that a reduced relative clause modifies, when the phrase at `from` (just before a
 * verb) lies inside that clause: "Six-nation talks | aimed at convincing North Korea to give up its
 * nuclear program | began", "A bill | designed to curb spending | passed", "Talks | held in Geneva |
 * ended". News puts such participle clauses between a subject and its verb; the phrase next to the
 * verb is then an object inside them, not the subject.
 *
 * Walks back from the phrase through what governs it (a preposition, a gerund, an infinitive with its
 * particle) and the objects between those, to a past participle with a preposition or "to" after it,
 * right after a noun phrase, or to a relative clause's verb ("A climber who fell while abseiling on the
 * mountain has died"): the phrase before is the subject. Anything else (a finite clause, a comma, a date,
 * two phrases side by side as in "warned in a statement the plant would close") ends the walk with no answer.
 */
export function reducedRelativeSubject(ts: TitleSentence, from: number): { from: number; to: number } | undefined {
  const { tokens } = ts;
  let k = from - 1;
  // whether the element just walked over may stand after a noun phrase (an infinitive's "to", a preposition)
  let afterPhrase = false;
  for (let step = 0; step < MAX_STEPS && k > 0; step++) {
    const t = tokens[k];
    const w = t.lower;
    if (ts.timex[k] || ts.name[k] && !modifier(ts, k)) return undefined;
    // a past participle after a noun phrase, with its preposition or "to" after it: the clause's head
    if (isPastForm(w) && /^\p{Ll}/u.test(t.text) && (PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'to') && modifier(ts, k - 1)) {
      const outer = phraseStart(ts, k - 1, 1);
      return outer >= 0 ? { from: outer, to: k } : undefined;
    }
    // a relative clause's verb: "A climber who fell while abseiling on Britain's highest mountain has died"
    if (RELATIVE_SUBJECTS.has(tokens[k - 1]?.lower ?? '') && looksVerb(ts, k) && modifier(ts, k - 2)) {
      const outer = phraseStart(ts, k - 2, 1);
      return outer >= 0 ? { from: outer, to: k - 1 } : undefined;
    }
    // a gerund's lead inside the clause: "while abseiling", "after meeting"
    if (GERUND_LEADS.has(w) && /^\p{Ll}{3,}ing$/u.test(tokens[k + 1]?.text ?? '')) {
      k--;
      afterPhrase = false;
      continue;
    }
    if (PARTICLES.has(w) && (looksVerb(ts, k - 1) || tokens[k - 2]?.lower === 'to')) {
      k--;
      continue;
    }
    // an infinitive's verb: "to give", then what stands before "to"
    if (tokens[k - 1]?.lower === 'to' && /^\p{Ll}+$/u.test(t.text) && !PREPOSITIONS.has(w)) {
      k -= 2;
      afterPhrase = true;
      continue;
    }
    // a gerund: "convincing"
    if (/^\p{Ll}{3,}ing$/u.test(t.text)) {
      k--;
      afterPhrase = false;
      continue;
    }
    if (PREPOSITIONS.has(w)) {
      // one that opens a clause of its own ("after the attack began") ends the chain
      if (CLAUSE_OPENING.has(w)) return undefined;
      k--;
      afterPhrase = true;
      continue;
    }
    // an object inside the clause: "North Korea" of "convincing North Korea to give"
    if (afterPhrase && modifier(ts, k)) {
      const start = phraseStart(ts, k, 0);
      if (start < 0) return undefined;
      k = start - 1;
      afterPhrase = false;
      continue;
    }
    return undefined;
  }
  return undefined;
}
