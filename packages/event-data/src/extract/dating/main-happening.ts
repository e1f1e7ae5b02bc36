import { TYPE_FAMILY } from '../triggers/lexicon.js';
import type { Context } from './event-arguments.js';
import type { Trigger } from '../types.js';

/**
 * The article's main happening (the headline's, else the lead's) and which other reports refer to it: a
 * report of it with no date of its own takes the date another report of it has, or the publication date.
 */

/** The kinds of actor that tell who a happening is about: not a country (the setting), nor a product (what it is about). */
const WHO = new Set(['person', 'organization', 'group']);
/** Words before a happening's noun that make it what the news is timed against ("since the merger", "after the vote"). */
const BOUND_WORDS = new Set(['since', 'after', 'before', 'until', 'following', 'amid', 'during']);

export interface MainHappening {
  family: string;
  lemma: string;
  actors: Set<number>;
  /** Whether it is still to come ("Apple to give free cases"). */
  future: boolean;
}

/** The article's main happening: the first non-reporting trigger of the headline, else of the lead sentence. */
export function mainHappening(c: Context): MainHappening | undefined {
  const { doc } = c;
  const headline = doc.sentences.find((s) => s.kind === 'headline');
  const lead = doc.sentences.find((s) => s.kind === 'paragraph');
  // A word of the lexicon first; a verb only the event model knows ("suspended", "dies") when the lexicon has none
  // (its nouns are less sure: "a look at the week").
  // A happening named after a bound word ("Since the merger, …", "after the vote") is what the news is timed
  // against, not the news.
  const anchoring = (t: Trigger) => {
    const tokens = doc.sentences[t.sentence].tokens;
    let k = t.token - 1;
    while (k >= 0 && k >= t.token - 3 && !BOUND_WORDS.has(tokens[k].lower) && /^\p{Ll}/u.test(tokens[k].text)) k--;
    return k >= 0 && BOUND_WORDS.has(tokens[k].lower);
  };
  const candidates = (index: number | undefined, learned: boolean) =>
    doc.triggers.filter(
      (t) =>
        t.sentence === index && TYPE_FAMILY[t.type] !== 'speech' && t.lexical && !!t.learned === learned && (!learned || t.pos === 'verb') &&
        (t.mood === 'realis' || t.mood === 'future') && !(t.pos === 'noun' && anchoring(t)),
    );
  const trigger = candidates(headline?.index, false)[0] ?? candidates(lead?.index, false)[0] ?? candidates(headline?.index, true)[0] ?? candidates(lead?.index, true)[0];
  if (!trigger) return undefined;
  const actors = new Set<number>();
  for (const m of doc.actorMentions) {
    if ((m.sentence === headline?.index || m.sentence === lead?.index) && WHO.has(doc.entities[m.entity].kind)) actors.add(m.entity);
  }
  return { family: TYPE_FAMILY[trigger.type], lemma: trigger.lemma, actors, future: trigger.mood === 'future' };
}

export function refersToMain(c: Context, main: MainHappening, trigger: Trigger, entities: number[]): boolean {
  if (TYPE_FAMILY[trigger.type] !== main.family || trigger.reporting || trigger.mood === 'negated' || trigger.namedModifier) return false;
  // "Snow Leopard, which was released in 2009": a relative clause tells of the noun before it, not the news
  if (/^(?:which|who|whom|whose)$/.test(c.doc.sentences[trigger.sentence].tokens.find((k) => k.start >= trigger.clause.start)?.lower ?? '')) return false;
  // Untyped happenings are the same happening only when told with the same word ("suspended" … "suspension" is not matched).
  if (main.family === 'other' && trigger.lemma !== main.lemma) return false;
  const named = entities.filter((e) => WHO.has(c.doc.entities[e].kind));
  if (named.some((e) => main.actors.has(e))) return true;
  // "the meeting", "their meeting", "the two ministers met": an anaphoric reference with no other actor named.
  return named.length === 0 && (trigger.pos === 'verb' || ['the', 'their', 'this', 'that', 'his', 'her', 'its', ''].includes(trigger.determiner));
}
