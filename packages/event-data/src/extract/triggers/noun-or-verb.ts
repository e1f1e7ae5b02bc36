import { isCapitalized } from '../language/tokens.js';
import { ADVERBS, AUXILIARIES, BE_FORMS, DETERMINERS, MODALS, PREPOSITIONS, SUBJECT_PRONOUNS, contractionParts, determinedAt, looksAdjectival } from '../language/word-classes.js';
import type { LexEntry } from './lexicon.js';
import type { Token } from '../types.js';

/** Determiners that open an object ("hit the coast", "cut its prices"). */
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their']);
/** Nouns of time after a determiner that date a noun rather than make it a verb's object ("the attack the day before"). */
const TIME_AFTER = new Set(['day', 'night', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'same', 'previous', 'next', 'following']);

/** Picks the noun or the verb reading of an ambiguous word from its neighbours. */
export function choose(entries: LexEntry[], tokens: Token[], i: number, headline: boolean): LexEntry | undefined {
  if (entries.length === 1) return entries[0];
  const prev = tokens[i - 1];
  const noun = entries.find((e) => e.pos === 'noun')!;
  const verb = entries.find((e) => e.pos === 'verb')!;
  const word = tokens[i].lower;
  if (!prev) return headline && !word.endsWith('ing') ? verb : noun;
  if (prev.lower === 'to' || MODALS.has(prev.lower) || prev.lower === 'will' || prev.lower === 'did' || prev.lower === "n't" || prev.lower === 'not') return verb;
  // "didn't protest", "won't vote", "we'll vote"
  if (contractionParts(prev.lower)?.some((w) => w === 'not' || w === 'will' || w === 'did' || MODALS.has(w)) && !word.endsWith('ing')) return verb;
  // "meeting" is a noun unless a form of "be" makes it a progressive ("were meeting").
  if (word.endsWith('ing')) return BE_FORMS.has(prev.lower) ? verb : noun;
  if (determinedAt(tokens, i) || PREPOSITIONS.has(prev.lower) || /['’]s$/.test(prev.lower) || prev.lower === "'s" || prev.lower === '’s') return noun;
  if (/^\p{N}/u.test(prev.text) || prev.text === '-' || prev.text.includes('-')) return noun;
  // a noun phrase, then this word, then its object's determiner or number: "A storm hit the coast", "the rebels hit
  // two towns" (but "a sarin attack the day before" is a noun with its time)
  const after = tokens[i + 1];
  if (after && (OBJECT_DETERMINERS.has(after.lower) || /^\p{N}/u.test(after.text)) && !TIME_AFTER.has(tokens[i + 2]?.lower ?? '') && /^\p{Ll}/u.test(prev.text) && !DETERMINERS.has(prev.lower) && !AUXILIARIES.has(prev.lower)) return verb;
  // determiner + modifiers + noun: "a sarin attack", "the increasing sanctions", "a massive missile attack"
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k];
    const between = tokens.slice(k + 1, i);
    if (between.some((b) => AUXILIARIES.has(b.lower) || ADVERBS.has(b.lower) || SUBJECT_PRONOUNS.has(b.lower) || !/^[\p{Ll}\p{N}-]+$/u.test(b.text))) break;
    if (DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower)) return noun;
  }
  // after a name and before its object's determiner or number the word is the name's verb: "Okafor set a world
  // record", "Acme cut 500 jobs" (a noun after a name is followed by a verb or ends the phrase: "US missile strike")
  const next = tokens[i + 1];
  if (isCapitalized(prev.text) && next && (['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(next.lower) || /^\p{N}/u.test(next.text))) return verb;
  if (isCapitalized(prev.text) && i - 1 > 0 && !headline && !word.endsWith('s')) return noun; // "US missile strike", "Sunday's attack"
  // A third-person "-s" form is a verb only after a name or a pronoun: "Russia sanctions …", "he attacks …".
  if (word.endsWith('s') && !word.endsWith('ss')) return isCapitalized(prev.text) || SUBJECT_PRONOUNS.has(prev.lower) ? verb : noun;
  if (looksAdjectival(prev) || prev.lower.endsWith('ing')) return noun;
  return verb;
}


/** The determiner of a noun trigger and whether a capitalised or numeric modifier names it ("the G7 meeting"). */
export function nounPhrase(tokens: Token[], i: number): { determiner: string; namedModifier: boolean } {
  let namedModifier = false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j];
    if (DETERMINERS.has(t.lower) || /['’]s$/.test(t.lower) || t.lower === "'s" || t.lower === '’s') {
      return { determiner: t.lower === "'s" || t.lower === '’s' ? tokens[j - 1]?.lower ?? '' : t.lower, namedModifier };
    }
    if (PREPOSITIONS.has(t.lower) || t.text === ',' || AUXILIARIES.has(t.lower)) break;
    if (j > 0 && (isCapitalized(t.text) || /^\p{N}/u.test(t.text))) namedModifier = true;
    else if (!looksAdjectival(t)) break; // a verb or a noun before the phrase: "held talks"
  }
  return { determiner: '', namedModifier };
}

