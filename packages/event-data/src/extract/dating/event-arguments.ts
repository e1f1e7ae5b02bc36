import type { Actor } from '../../schema/index.js';
import { CALENDAR_NAME, isCompassWord } from '../language/word-classes.js';
import { sortedSpans } from '../spans/sorted-spans.js';
import type { ActorDoc, ActorMention, ArticleCtx, Entity, SentenceTimex, Trigger } from '../types.js';

const PERSON_PRONOUN = /^(?:he|she)$/i;
const BODY_PRONOUN = /^(?:it|they)$/i;
const BODY_NOUN = /^(?:company|firm|group|carrier|airline|bank|maker|retailer|label|board|agency)$/i;
const WHO_KINDS = new Set(['person', 'organization', 'group']);
const ACTOR_ORDER: Record<Entity['kind'], number> = { person: 0, organization: 1, group: 2, country: 3, other: 4 };
const MAX_ACTORS = 6;
const inside = (span: { start: number; end: number }, outer: { start: number; end: number }) => span.start >= outer.start && span.end <= outer.end;

/** What the dating stage knows of an article: its actor mentions by sentence and the dates that can date a happening. */
export interface Context {
  doc: ActorDoc;
  ctx: ArticleCtx;
  datable: SentenceTimex[][];
  mentionsBySentence: ActorMention[][];
}

/** The entities named in the trigger's clause; "he"/"she" as subject stands for the last person named before. */
export function clauseEntities(c: Context, trigger: Trigger): number[] {
  const { doc } = c;
  const text = doc.article.text;
  // After the trigger, organisations and countries take part only as partners or targets ("with X", "against Y"),
  // not as the topic ("discussed defeating the Islamic State").
  const found = (c.mentionsBySentence[trigger.sentence] ?? [])
    .filter((m) => inside(m, trigger.clause) || (trigger.resumes && inside(m, trigger.resumes)))
    .filter((m) => m.start < trigger.start || doc.entities[m.entity].kind === 'person' || /\b(with|between|by|and|against|on|to)\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 14), m.start)))
    .map((m) => m.entity);
  // In "Biden, who spoke with …", the relative clause is about the noun phrase right before it.
  const sentence = doc.sentences[trigger.sentence];
  const opener = sentence.tokens.find((t) => t.start >= trigger.clause.start);
  if (opener && /^(who|which|whose)$/i.test(opener.text)) {
    const antecedent = (c.mentionsBySentence[trigger.sentence] ?? []).filter((m) => m.end <= trigger.clause.start && /^[\s,]*$/.test(text.slice(m.end, trigger.clause.start)));
    if (antecedent.length) found.unshift(antecedent[antecedent.length - 1].entity);
  }
  // "Apple was started by Jobs in 1976, and launched the store in 2003": a verb phrase joined by "and" has the
  // subject of the clause before it, the actors named there before its verb
  const afterAnd = opener?.lower === 'and' && sentence.tokens.filter((t) => t.start > opener.start && t.end <= trigger.start).every((t) => /ly$/.test(t.lower));
  if (afterAnd) {
    // the subject: the actors before the sentence's first verb ("Apple Computer was started by Jobs …" gives Apple Computer)
    const verb = sentence.tokens.find((t) => /^(?:is|are|was|were|has|have|had|will)$/.test(t.lower) || /^\p{Ll}{3,}ed$/u.test(t.text));
    const subjectEnd = Math.min(verb?.start ?? trigger.clause.start, trigger.clause.start);
    const earlier = (c.mentionsBySentence[trigger.sentence] ?? []).filter((m) => m.end <= subjectEnd && WHO_KINDS.has(doc.entities[m.entity].kind));
    for (const m of earlier) if (!found.includes(m.entity)) found.push(m.entity);
  }
  // "He will hold talks with Xi": a pronoun subject stands for the last person named before it.
  const personBefore = (c.mentionsBySentence[trigger.sentence] ?? []).some((m) => inside(m, trigger.clause) && m.end <= trigger.start && doc.entities[m.entity].kind === 'person');
  if (!personBefore) {
    const subject = sentence.tokens.slice(0, trigger.token).reverse().find((t) => t.start >= trigger.clause.start && PERSON_PRONOUN.test(t.text));
    if (subject) {
      // mentions lie in their sentence and sentences follow each other: those of this sentence and the one before are all there can be
      const near = [...(c.mentionsBySentence[trigger.sentence - 1] ?? []), ...(c.mentionsBySentence[trigger.sentence] ?? [])];
      const before = near.filter((m) => m.end <= subject.start && doc.entities[m.entity].kind === 'person');
      if (before.length) found.unshift(before[before.length - 1].entity);
    }
  }
  // "It launched the store in 2003", "the company said": a body pronoun as subject stands for the organisation named
  // last before it in its sentence, else for the first one of the sentence before (its subject, mostly), never for
  // one named further back: an article names many bodies, and the nearest is the one the reader has in mind.
  const bodyBefore = found.some((e) => doc.entities[e].kind === 'organization' || doc.entities[e].kind === 'group');
  if (!bodyBefore && !personBefore) {
    const k = sentence.tokens.findIndex((t, i) => i < trigger.token && t.start >= trigger.clause.start && (BODY_PRONOUN.test(t.text) || (/^the$/i.test(t.text) && BODY_NOUN.test(sentence.tokens[i + 1]?.text ?? ''))));
    if (k >= 0) {
      const body = (m: ActorMention) => doc.entities[m.entity].kind === 'organization' || doc.entities[m.entity].kind === 'group';
      const here = (c.mentionsBySentence[trigger.sentence] ?? []).filter((m) => m.end <= sentence.tokens[k].start && body(m)).at(-1);
      const previous = (c.mentionsBySentence[trigger.sentence - 1] ?? []).find(body);
      const referent = here ?? previous;
      if (referent) found.unshift(referent.entity);
    }
  }
  return [...new Set(found)];
}

export function toActors(doc: ActorDoc, entities: number[]): Actor[] {
  return entities
    .map((i) => doc.entities[i])
    .sort((a, b) => ACTOR_ORDER[a.kind] - ACTOR_ORDER[b.kind])
    .slice(0, MAX_ACTORS)
    .map((e) => (e.role ? { name: e.name, kind: e.kind, role: e.role } : { name: e.name, kind: e.kind }));
}

export function placeOf(c: Context, trigger: Trigger): string | undefined {
  // Where it happened: a city introduced by "in"/"at"/"to", nearest after the trigger, else before it;
  // a country only right after the trigger ("strike on Syria", "attack in Syria").
  const places = sortedSpans(c.doc.places).within(trigger.clause.start, trigger.clause.end).filter((p) => p.preposition);
  const cities = places.filter((p) => p.kind === 'city');
  let after = cities.find((p) => p.start >= trigger.end && p.start - trigger.end < 60);
  // A capitalised name right after "to"/"in"/"at" that is no actor is a place the gazetteer does not know ("flies to Guangzhou").
  const tokens = c.doc.sentences[trigger.sentence].tokens;
  const k = tokens.findIndex((t) => t.start >= trigger.end);
  for (let n = k; n >= 0 && n < tokens.length && n <= k + 3; n++) {
    const name = tokens[n + 1];
    if (!['to', 'in', 'at'].includes(tokens[n].lower) || !name || !/^\p{Lu}\p{Ll}+$/u.test(name.text) || isCompassWord(name.text)) continue;
    if (after && after.start <= name.start) break;
    const known = sortedSpans(c.doc.actorMentions).covering(name.start, name.end).length > 0 || CALENDAR_NAME.test(name.text);
    if (!known) after = { start: name.start, end: name.end, text: name.text, name: name.text, sentence: trigger.sentence, kind: 'city', preposition: tokens[n].lower };
    break;
  }
  const city = after ?? cities.filter((p) => p.end <= trigger.start).at(-1);
  if (city) return city.name;
  if (trigger.type === 'meeting' || trigger.type === 'visit') return undefined;
  const near = places.find((p) => p.start >= trigger.end && p.start - trigger.end < 30);
  if (near) return near.name;
  // the place a verb acts on: "the earthquake struck western Nepal", "the storm hit Florida"
  if (trigger.pos !== 'verb') return undefined;
  const text = c.doc.article.text;
  return sortedSpans(c.doc.places).within(trigger.end, trigger.clause.end).find((p) => {
    // nothing but a compass word or "the" between them: "struck | western | Nepal"
    const between = text.slice(trigger.end, p.start).trim();
    return between === '' || between === 'the' || isCompassWord(between);
  })?.name;
}


