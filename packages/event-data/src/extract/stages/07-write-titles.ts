import { clauseParts, infinitiveHost, type ClauseParts } from '../titles/clause-title.js';
import { roomForVerb, tidy, toCome } from '../titles/headline-style.js';
import { governingClause, nounPhrase, passiveClause, prepositionClause, subjectClause } from '../titles/noun-phrase-title.js';
import { isPerson, shortName } from '../titles/referents.js';
import { subjectOf } from '../titles/subject-text.js';
import { verbGroup } from '../titles/verb-group.js';
import { isSaying, reportedParts } from '../titles/reported-speech.js';
import { looksVerb, modifier, properWords, titleSentence, type TitleDoc, type TitleSentence } from '../titles/title-sentence.js';
import { isPastForm, verbBase } from '../language/morphology.js';
import { LIGHT_VERBS, TYPE_PRIORITY } from '../triggers/lexicon.js';
import { ARTICLES, GERUND_LEADS, POSSESSIVES, PREPOSITIONS, SUBJECT_PRONOUNS, VERB_ADVERBS } from '../titles/title-words.js';
import type { Actor } from '../../schema/index.js';
import type { ArticleCtx, DatedDoc, DatedEvent, Span, TitledDoc, TitledEvent } from '../types.js';

export { shortName, tidy };

const NOUN_VERB: Record<string, string> = { speech: 'delivers', interview: 'gives', visit: 'makes' };
/** Types whose title says where: "Tillerson and Lavrov meet in Moscow", "Airstrike on Kyiv". */
const PLACED = new Set(['meeting', 'visit', 'attack', 'military-action']);

const joinNames = (names: string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** "Tillerson and Lavrov meet in Moscow": the title of a meeting from its participants and place. */
export function meetingTitle(actors: Actor[], place?: string): string | undefined {
  const persons = actors.filter((a) => a.kind === 'person' && isPerson(a));
  const bodies = actors.filter((a) => a.kind === 'organization' || a.kind === 'group');
  // people meet, and so do delegations of bodies and countries; products named beside a conference do not
  const pool = persons.length >= 2 ? persons : persons.length + bodies.length >= 2 ? [...persons, ...bodies] : actors.filter((a) => a.kind === 'country');
  if (pool.length < 2) return undefined;
  const names = pool.slice(0, 3).map(shortName);
  return tidy(`${joinNames(names)} meet${place && !names.includes(place) ? ` in ${place}` : ''}`);
}

/** A subject the clause does not give: the actor named last before the trigger in its sentence. */
function fallbackSubject(ts: TitleSentence, event: DatedEvent, loose = false): string {
  // where the clause names no subject at all (a headline's "Wins the race"); when nothing else gives a
  // title (`loose`), also after "what" or "which", rather than losing the event
  const before = ts.tokens[event.trigger.token - 1];
  if (!loose && before && !['', ',', ';', ':', 'and', '“', '"'].includes(before.lower) && !/^\p{Lu}/u.test(ts.tokens[event.trigger.token].text)) return '';
  const { here } = ts;
  const last = here.filter((m) => m.end <= event.trigger.start).sort((a, b) => b.start - a.start)[0] ?? (loose ? here[0] : undefined);
  const entity = last && ts.entities[last.entity];
  if (entity) return shortName(entity);
  if (!loose) return '';
  // else the subject of the sentence's first verb
  for (let v = 0; v < ts.tokens.length; v++) {
    if (!looksVerb(ts, v)) continue;
    const s = subjectOf(ts, verbGroup(ts, v).start);
    return s && s.to <= event.trigger.token ? s.text : '';
  }
  return '';
}

/** The title of a clause's parts, with the place where the type calls for one. */
function compose(ts: TitleSentence, event: DatedEvent, clause: ClauseParts): string {
  // a happening still to come: "Company to close plant", "Sides to hold talks"; but the verb whose object a noun
  // still to come is tells its own time ("Lavrov hopes meetings to be held", not "Lavrov to hope …")
  const own = event.trigger.pos === 'verb' || LIGHT_VERBS.has(verbBase(clause.verb.split(' ')[0])) || !!clause.participle || !clause.subject;
  const parts = event.trigger.mood === 'future' && own ? toCome(clause) : clause;
  const subject = parts.subject?.text ?? fallbackSubject(ts, event);
  // never a lone verb: a clause whose subject cannot be told says what happened to its object
  // ("New iTunes feature unveiled"), and with no object it gives no title
  const object = parts.object.replace(/^(the|a|an)\s+/i, '');
  const passive = !subject && parts.passiveForm && /^[\p{L}\p{N}$]/u.test(object) && !/^(to|on|in|at|for|with|from|by|of|about|into|off|out|up|him|her|it|them|us|me|this|that|these|those)\b/i.test(object);
  // the last resort: the actor the sentence names, so that the event keeps a title that reads as one
  const who = subject || (passive ? '' : fallbackSubject(ts, event, true));
  if (!who && !passive) return '';
  let title = passive ? `${object.replace(/\b(his|her|its|their)\s+/gi, '')} ${parts.passiveForm}` : `${roomForVerb(who, `${parts.verb} ${parts.object}`)} ${parts.verb} ${parts.object}`;
  if (event.place && !title.includes(event.place) && PLACED.has(event.trigger.type)) title += ` in ${event.place}`;
  // a phrasal verb's particle is not a dangling word: "Johnson sworn in", "Quinn takes over"
  const particle = /^(over|up|off|out|down|in|back|away|on)$/i.test(parts.object) ? `${parts.verb} ${parts.object}` : '';
  return tidy(title, parts.participle && !parts.object ? parts.participle : particle);
}

/**
 * A verb trigger that stands where a noun does: after an article, a possessive or an amount ("Apple
 * Computer's purchase of NeXT", "78 percent increase"), or a participle between an article and its noun
 * ("the amount of dropped calls").
 */
function nounUse(ts: TitleSentence, i: number): boolean {
  const prev = ts.tokens[i - 1];
  if (!prev) return false;
  const determined = ARTICLES.has(prev.lower) || POSSESSIVES.has(prev.lower) || /['’]s$/u.test(prev.text) || /^\p{N}/u.test(prev.text) || ['percent', '%'].includes(prev.lower);
  if (!isPastForm(ts.tokens[i].lower)) return determined;
  return (determined || PREPOSITIONS.has(prev.lower)) && modifier(ts, i + 1) && !PREPOSITIONS.has(ts.tokens[i + 1]?.lower ?? '');
}

/**
 * A noun trigger that stands where a verb does: after a name and before its object ("Deutsche Bank cut 500
 * jobs"), or a participle clause ("…, later revealing he had undergone a transplant").
 */
function verbUse(ts: TitleSentence, i: number, width: number): boolean {
  const next = ts.tokens[i + width];
  const prev = ts.tokens[i - 1];
  if (/^\p{Ll}+ing$/u.test(ts.tokens[i].text) && (!prev || prev.text === ',' || GERUND_LEADS.has(prev.lower) || (VERB_ADVERBS.has(prev.lower) && ts.tokens[i - 2]?.text === ','))) return true;
  return /^\p{Ll}/u.test(ts.tokens[i].text) && ts.name[i - 1] && !/['’]s$/u.test(ts.tokens[i - 1].text) && !!next && (ARTICLES.has(next.lower) || POSSESSIVES.has(next.lower) || /^\p{N}/u.test(next.text));
}

const NO_DOC: TitleDoc = { entities: [], actorMentions: [], properWords: new Set() };

/**
 * A short human title for one event of one article: subject, verb in the present tense and its object
 * from the trigger's clause ("Apple Corps loses court case against Apple Computer"); for a verb of saying,
 * what it reports; for a noun, the clause of the verb it is the object of, else its noun phrase.
 *
 * @param dates the date expressions of the event's sentence: all are left out of the title
 * @param doc the article's entities and actor mentions, which pronouns are resolved among
 */
export function titleFor(event: DatedEvent, dates: readonly Span[] = event.timex ? [event.timex] : [], doc: TitleDoc = NO_DOC): string {
  if (event.trigger.type === 'meeting' && event.actors.filter((a) => a.kind !== 'country').length >= 2) {
    const title = meetingTitle(event.actors, event.place);
    if (title) return title;
  }
  const ts = titleSentence(event.sentence, dates, doc);
  const i = event.trigger.token;
  const width = event.trigger.text.split(/\s+/).length;
  const verb = ts.tokens[i];
  const asVerb = event.trigger.pos === 'verb' && !nounUse(ts, i);
  if (asVerb || verbUse(ts, i, width)) {
    // the lexicon's dictionary form ("swear in"); a learned word's lemma is only its stem, spelled as it falls
    const lemma = asVerb && event.trigger.lexical && !event.trigger.learned ? event.trigger.lemma : undefined;
    const reported = event.trigger.reporting || isSaying(verb.lower) ? reportedParts(ts, i, width, lemma) : undefined;
    // "Apple told customers to hold the phone": the title is the telling, with what it asks
    const host = reported ? -1 : infinitiveHost(ts, i);
    return compose(ts, event, reported ?? (host >= 0 ? clauseParts(ts, host, 1) : clauseParts(ts, i, width, { lemma, passive: event.trigger.passive })));
  }
  // a noun that is the subject of what was said ("said the talks would be held in Athens") is titled by its own verb
  const governed = (isSaying(ts.tokens[i - 1 - (ARTICLES.has(ts.tokens[i - 1]?.lower ?? '') ? 1 : 0)]?.lower ?? '') ? passiveClause(ts, i, width) : undefined) ?? governingClause(ts, i) ?? passiveClause(ts, i, width);
  if (governed) return compose(ts, event, governed);
  const np = nounPhrase(ts, i, width);
  // a noun alone tells little ("Release"): the clause it stands in tells more ("Lion release scheduled for release")
  const short = np.split(' ').length <= 2;
  const around = subjectClause(ts, i, width, short) ?? (np.includes(' ') ? undefined : prepositionClause(ts, i));
  if (around) return compose(ts, event, around);
  const person = event.actors.find((a) => a.kind === 'person' && isPerson(a));
  const light = NOUN_VERB[event.trigger.type];
  const own = np.replace(/^\S+’s /u, '');
  if (light && person && !own.includes(shortName(person))) return tidy(`${shortName(person)} ${light} ${own}`);
  return tidy(np);
}

/**
 * Stage 07: writes a short human title for each event, from its trigger's clause: the subject (a
 * pronoun resolved to the actor it stands for), the verb in the present tense and its object or place
 * ("US Treasury bans …", "Tillerson and Lavrov meet in Moscow"); a noun trigger gives the clause of the
 * verb it is the object of, or its noun phrase ("Sarin attack on town"). Names and amounts are copied from
 * the text as written ("$12 million", "AT&T"); dates are left out (the timeline shows them); titles stay
 * under about 80 characters.
 */
export function writeTitles(doc: DatedDoc, _ctx: ArticleCtx): TitledDoc {
  const context: TitleDoc = { entities: doc.entities, actorMentions: doc.actorMentions, properWords: properWords(doc.sentences), text: doc.article.text, sentences: doc.sentences };
  const events: TitledEvent[] = [];
  // dates are left out of titles; durations say what happened ("took six months off") and stay
  const dates = doc.timexes.filter((x) => x.type !== 'DURATION');
  for (const event of doc.events) {
    let title = titleFor(event, dates, context) || tidy(event.trigger.text);
    // A happening we cannot name beyond its word ("Begins", "Coup", "Announcement") tells a reader nothing: a noun
    // says where it happened when the clause does ("Coup in Chile"), else it is left out.
    if (!title.includes(' ')) {
      if (event.trigger.pos !== 'noun' || !event.trigger.lexical || /ing$/.test(title) || !event.place) continue;
      title = `${title} in ${event.place}`;
    }
    // nor does a pronoun and a verb of saying ("He says")
    if (SUBJECT_PRONOUNS.has(title.split(' ')[0].toLowerCase()) && title.split(' ').length === 2) continue;
    // nor a speaker's "I" or "we" in a quotation ("We'll try to cram in a month's training"): what a title's reader
    // cannot tell the subject of
    if (/^(?:i|we|you)(?:['’](?:ll|ve|d|re|m))?$/.test(title.split(' ')[0].toLowerCase())) continue;
    events.push({ ...event, title });
  }
  return { ...doc, events: oneEventPerTitle(events) };
}

/**
 * Two happenings of one sentence that got the same title and date read as one event twice ("At least 12
 * people die in floods" for "died" and for "floods"): they become one, told by its verb, else by its most
 * specific type, with the other's trigger and actors folded in.
 */
function oneEventPerTitle(events: TitledEvent[]): TitledEvent[] {
  const kept = new Map<string, TitledEvent>();
  const rank = (e: TitledEvent) => (e.trigger.pos === 'verb' ? 100 : 0) + TYPE_PRIORITY[e.trigger.type];
  for (const e of events) {
    const key = `${e.sentence.index}|${e.time.value}|${e.title.toLowerCase()}`;
    const other = kept.get(key);
    if (!other) {
      kept.set(key, e);
      continue;
    }
    const [first, second] = rank(e) > rank(other) ? [e, other] : [other, e];
    const actors = [...first.actors, ...second.actors.filter((a) => !first.actors.some((b) => b.name === a.name))];
    kept.set(key, { ...first, actors, place: first.place ?? second.place, main: first.main || second.main, absorbed: [...first.absorbed, second.trigger, ...second.absorbed] });
  }
  return [...kept.values()].sort((a, b) => a.trigger.start - b.trigger.start);
}
