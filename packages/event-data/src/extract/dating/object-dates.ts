import { AUXILIARIES } from '../language/word-classes.js';
import { isPastForm } from '../language/morphology.js';
import type { SentenceTimex, Token, Trigger } from '../types.js';

/** How many words may stand between a verb and a date of its own: its object ("the United States", "reporters in Geneva"). */
const REACH = 6;
/** Marks that end a verb phrase: clause punctuation and quotation marks. */
const BREAKS = /^[,;:()“”"«»–—]$/u;

/**
 * A date that follows a verb and its object, with no other verb between: "warned the United States
 * Tuesday against interfering", "told reporters on Monday that …". The clause cutter starts a
 * complement clause after a verb of saying ("said the plant …"), so the object of "warned" or "told"
 * lands in a clause of its own and the verb lost its date to whatever verb that clause held ("after
 * Gingrich said …"). A verb between ("said the plant closed on Monday"), a finite auxiliary ("said
 * it will close on Monday") or a clause mark leaves the date to the other clause.
 */
export function dateAfterObject(tokens: readonly Token[], trigger: Trigger, timexes: readonly SentenceTimex[], triggers: readonly Trigger[]): SentenceTimex | undefined {
  if (trigger.pos !== 'verb') return undefined;
  const after = tokens.findIndex((t) => t.start >= trigger.end);
  if (after < 0) return undefined;
  for (let k = after; k < tokens.length && k <= after + REACH; k++) {
    const t = tokens[k];
    const x = timexes.find((d) => d.start === t.start || (t.lower === 'on' && d.start === tokens[k + 1]?.start));
    if (x) return x;
    // a past form in lower case is a verb ("United" in a name is not)
    if (BREAKS.test(t.text) || t.lower === 'that' || AUXILIARIES.has(t.lower) || (/^\p{Ll}/u.test(t.text) && isPastForm(t.lower))) return undefined;
    if (triggers.some((o) => o !== trigger && o.pos === 'verb' && o.start === t.start)) return undefined;
  }
  return undefined;
}
