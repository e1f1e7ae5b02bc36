import { ADVERBS } from '../language/word-classes.js';
import type { SentenceTimex, Token, Trigger } from '../types.js';

/**
 * Whether a date before a verb belongs to the verb phrase that an "and" ("but", "then") joins it to:
 * in "fought cancer in 2004 and took six months off in early 2009", 2004 is the fighting's and the
 * leave is 2009's. A verb right after the conjunction (or after it and an adverb: "and later
 * revealed") opens a phrase of its own, which takes a date from its own words, not from the phrase
 * before it.
 */
export function ofEarlierConjunct(tokens: readonly Token[], trigger: Trigger, x: SentenceTimex): boolean {
  if (trigger.pos !== 'verb' || x.end > trigger.start) return false;
  let k = trigger.token - 1;
  while (k > 0 && ADVERBS.has(tokens[k].lower)) k--;
  return k > 0 && /^(?:and|but|then)$/.test(tokens[k].lower) && x.end <= tokens[k].start;
}
