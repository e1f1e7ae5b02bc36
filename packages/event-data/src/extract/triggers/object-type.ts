import { TYPE_FAMILY } from './lexicon.js';
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from '../language/word-classes.js';
import type { Token, Trigger } from '../types.js';

/** How many words may stand between a verb and the noun of its object ("opened a criminal investigation"). */
const OBJECT_REACH = 4;
/** Words after an object's head that open a phrase or clause of their own ("staged a protest outside parliament"). */
const AFTER_OBJECT = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'to', 'outside', 'inside', 'near', 'across', 'along', 'through', 'under', 'between', 'among', 'toward', 'towards', 'around', 'as', 'than', 'behind', 'beyond', 'within', 'without', 'until', 'when', 'where', 'while', 'because', 'if', 'last', 'this', 'next', 'yesterday', 'today', 'earlier', 'late', 'early']);
/** Words that end an object and open something else ("made the remarks when meeting the press"). */
const CLAUSE_WORDS = new Set(['when', 'while', 'as', 'if', 'because', 'and', 'or', 'but', 'that', 'which', 'who', 'to', 'than', 'not']);

/**
 * An untyped verb whose object names a happening of a type is a happening of that type: "opened an
 * investigation" is an investigation, "reached a deal" an agreement, "staged a protest" a protest (the
 * type from the predicate and its argument). Only for a verb the event model reads as an occurrence (TimeML
 * OCCURRENCE): "cancelled the meeting", "postponed the vote", "criticised the attack" (I_ACTION, I_STATE,
 * REPORTING, ASPECTUAL) act on a happening without being one of its kind. Not for what is said ("rejected an
 * offer" is no offer), nor for a noun that only modifies the object's head ("the opening ceremony").
 */
export function objectTypes(triggers: Trigger[], tokens: readonly Token[], classes: ReadonlyArray<string | undefined>): void {
  for (let k = 0; k < triggers.length; k++) {
    const verb = triggers[k];
    if (verb.pos !== 'verb' || verb.type !== 'other' || verb.reporting || classes[verb.token] !== 'OCCURRENCE') continue;
    const noun = triggers[k + 1];
    if (!noun || noun.pos !== 'noun' || noun.type === 'other' || TYPE_FAMILY[noun.type] === 'speech' || noun.reporting || noun.token - verb.token > OBJECT_REACH) continue;
    // the object's head, not a word that modifies it ("lost both their opening batsmen", "attended the opening ceremony")
    const after = tokens[noun.token + noun.text.split(/\s+/).length];
    if (after && /^\p{Ll}[\p{Ll}-]*$/u.test(after.text) && !PREPOSITIONS.has(after.lower) && !DETERMINERS.has(after.lower) && !AFTER_OBJECT.has(after.lower)) continue;
    // only its object's modifiers between them: no preposition, verb or punctuation ("opened fire on the protest")
    const between = tokens.slice(verb.token + 1, noun.token);
    const modifier = (t: Token) => DETERMINERS.has(t.lower) || (/^[\p{Ll}\p{N}][\p{L}\p{N}-]*$/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !AUXILIARIES.has(t.lower) && !CLAUSE_WORDS.has(t.lower));
    if (between.every(modifier)) verb.type = noun.type;
  }
}
