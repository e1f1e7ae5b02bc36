import { clauses } from '../clauses.js';
import { LIGHT_VERBS, TYPE_FAMILY, TYPE_PRIORITY } from '../lexicon.js';
import { storyTimes, toldInStoryTime, type StoryTime } from '../story-time.js';
import { anchorOf, bounds, canDate, eventTime, publicationTime } from '../time.js';
import type { Actor, EventTime } from '../../schema/index.js';
import type { ActorDoc, ActorMention, ArticleCtx, Token, DatedDoc, DatedEvent, DateSource, Entity, SentenceTimex, Trigger } from '../types.js';

/** Words at the start of a sentence that continue the previous one's story ("Then", "He", "The two"). */
const CONTINUATION = /^(?:then|later|afterwards|after that|there|he|she|they|the two|both|the (?:ministers|diplomats|leaders|sides|two sides|delegations)|it)\b/i;
const PERSON_PRONOUN = /^(?:he|she)$/i;
const PREPOSITION_WORDS = new Set(['for', 'of', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'after', 'before', 'during', 'against', 'over', 'into']);
/** Auxiliaries and common verbs that end a noun phrase. */
const VERBISH = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'said', 'says', 'told', 'came', 'went', 'took', 'made', 'began', 'held', 'met']);
const ACTOR_ORDER: Record<Entity['kind'], number> = { person: 0, organization: 1, group: 2, country: 3, other: 4 };
const MAX_ACTORS = 6;

const BASE_CONFIDENCE: Record<DateSource, number> = {
  clause: 0.9,
  sentence: 0.72,
  'previous-sentence': 0.62,
  'main-event': 0.68,
  story: 0.45,
  publication: 0.5,
};

interface Context {
  doc: ActorDoc;
  ctx: ArticleCtx;
  datable: SentenceTimex[][];
  mentionsBySentence: ActorMention[][];
}

const inside = (span: { start: number; end: number }, outer: { start: number; end: number }) => span.start >= outer.start && span.end <= outer.end;
const distance = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

function nearest(timexes: SentenceTimex[], trigger: Trigger): SentenceTimex | undefined {
  let best: SentenceTimex | undefined;
  for (const t of timexes) if (!best || distance(t, trigger) < distance(best, trigger)) best = t;
  return best;
}

/** The entities named in the trigger's clause; "he"/"she" as subject stands for the last person named before. */
function clauseEntities(c: Context, trigger: Trigger): number[] {
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
  // "He will hold talks with Xi": a pronoun subject stands for the last person named before it.
  const personBefore = (c.mentionsBySentence[trigger.sentence] ?? []).some((m) => inside(m, trigger.clause) && m.end <= trigger.start && doc.entities[m.entity].kind === 'person');
  if (!personBefore) {
    const subject = sentence.tokens.slice(0, trigger.token).reverse().find((t) => t.start >= trigger.clause.start && PERSON_PRONOUN.test(t.text));
    if (subject) {
      const before = doc.actorMentions.filter((m) => m.end <= subject.start && m.sentence >= trigger.sentence - 1 && doc.entities[m.entity].kind === 'person');
      if (before.length) found.unshift(before[before.length - 1].entity);
    }
  }
  return [...new Set(found)];
}

function toActors(doc: ActorDoc, entities: number[]): Actor[] {
  return entities
    .map((i) => doc.entities[i])
    .sort((a, b) => ACTOR_ORDER[a.kind] - ACTOR_ORDER[b.kind])
    .slice(0, MAX_ACTORS)
    .map((e) => (e.role ? { name: e.name, kind: e.kind, role: e.role } : { name: e.name, kind: e.kind }));
}

function placeOf(c: Context, trigger: Trigger): string | undefined {
  // Where it happened: a city introduced by "in"/"at"/"to", nearest after the trigger, else before it;
  // a country only right after the trigger ("strike on Syria", "attack in Syria").
  const places = c.doc.places.filter((p) => inside(p, trigger.clause) && p.preposition);
  const cities = places.filter((p) => p.kind === 'city');
  let after = cities.find((p) => p.start >= trigger.end && p.start - trigger.end < 60);
  // A capitalised name right after "to"/"in"/"at" that is no actor is a place the gazetteer does not know ("flies to Guangzhou").
  const tokens = c.doc.sentences[trigger.sentence].tokens;
  const k = tokens.findIndex((t) => t.start >= trigger.end);
  for (let n = k; n >= 0 && n < tokens.length && n <= k + 3; n++) {
    const name = tokens[n + 1];
    if (!['to', 'in', 'at'].includes(tokens[n].lower) || !name || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) continue;
    if (after && after.start <= name.start) break;
    const known = c.doc.actorMentions.some((m) => m.start <= name.start && m.end >= name.end) || /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(name.text);
    if (!known) after = { start: name.start, end: name.end, text: name.text, name: name.text, sentence: trigger.sentence, kind: 'city', preposition: tokens[n].lower };
    break;
  }
  const city = after ?? cities.filter((p) => p.end <= trigger.start).at(-1);
  if (city) return city.name;
  if (trigger.type === 'meeting' || trigger.type === 'visit') return undefined;
  return places.find((p) => p.start >= trigger.end && p.start - trigger.end < 30)?.name;
}

interface MainHappening {
  family: string;
  lemma: string;
  actors: Set<number>;
}

/** The article's main happening: the first non-reporting trigger of the headline, else of the lead sentence. */
function mainHappening(c: Context): MainHappening | undefined {
  const { doc } = c;
  const headline = doc.sentences.find((s) => s.kind === 'headline');
  const lead = doc.sentences.find((s) => s.kind === 'paragraph');
  // A word of the lexicon first; a verb only the event model knows ("suspended", "dies") when the lexicon has none
  // (its nouns are less sure: "a look at the week").
  const candidates = (index: number | undefined, learned: boolean) =>
    doc.triggers.filter(
      (t) => t.sentence === index && TYPE_FAMILY[t.type] !== 'speech' && t.lexical && !!t.learned === learned && (!learned || t.pos === 'verb') && (t.mood === 'realis' || t.mood === 'future'),
    );
  const trigger = candidates(headline?.index, false)[0] ?? candidates(lead?.index, false)[0] ?? candidates(headline?.index, true)[0] ?? candidates(lead?.index, true)[0];
  if (!trigger) return undefined;
  const actors = new Set<number>();
  for (const m of doc.actorMentions) {
    if ((m.sentence === headline?.index || m.sentence === lead?.index) && doc.entities[m.entity].kind !== 'country') actors.add(m.entity);
  }
  return { family: TYPE_FAMILY[trigger.type], lemma: trigger.lemma, actors };
}

function refersToMain(c: Context, main: MainHappening, trigger: Trigger, entities: number[]): boolean {
  if (TYPE_FAMILY[trigger.type] !== main.family || trigger.reporting || trigger.mood === 'negated' || trigger.namedModifier) return false;
  // Untyped happenings are the same happening only when told with the same word ("suspended" … "suspension" is not matched).
  if (main.family === 'other' && trigger.lemma !== main.lemma) return false;
  const named = entities.filter((e) => c.doc.entities[e].kind !== 'country');
  if (named.some((e) => main.actors.has(e))) return true;
  // "the meeting", "their meeting", "the two ministers met": an anaphoric reference with no other actor named.
  return named.length === 0 && (trigger.pos === 'verb' || ['the', 'their', 'this', 'that', 'his', 'her', 'its', ''].includes(trigger.determiner));
}

/**
 * Whether a happening only the event model names, told by a noun, restates a dated verb of its sentence
 * at a coarser date: "raised rates on Wednesday, the third rise this year" is one happening.
 */
function restates(e: DatedEvent, events: DatedEvent[]): boolean {
  if (!e.trigger.learned || e.trigger.pos !== 'noun') return false;
  const [start, end] = bounds(e.time);
  return events.some((o) => o !== e && o.sentence === e.sentence && o.trigger.pos === 'verb' && !o.trigger.reporting && bounds(o.time)[0] >= start && bounds(o.time)[1] <= end);
}

/**
 * Stage 06: dates each trigger. An expression in the trigger's own clause comes first; then, for
 * verbs reporting what happened or will happen, the nearest one in the same sentence; then, when
 * the sentence continues the previous one ("Then", "He", "The two"), that sentence's date. A report
 * of the article's main happening (the headline or lead event) with no date of its own takes the
 * date that another report of it in the article has, or the publication date (anchor
 * `publication`, lower confidence). Verbs of saying count only when dated in their own clause;
 * negated and hypothetical happenings, durations, sets and vague references never date anything.
 * Triggers left without a date are dropped; triggers of one sentence that share a date become one
 * event of the most specific type ("announced … has banned" is a ban).
 */
export function dateEvents(doc: ActorDoc, ctx: ArticleCtx): DatedDoc {
  const datable: SentenceTimex[][] = doc.sentences.map(() => []);
  for (const t of doc.timexes) {
    if (!canDate(t)) continue;
    // "since May", "until Friday", "after today" bound a happening rather than date it.
    const before = doc.article.text.slice(Math.max(0, t.start - 30), t.start).toLowerCase();
    if (/\b(since|until|till|after|before|by|from|through)\s+$|\b(since|until|till|from|through)\b[^,;.:]{0,30}$/.test(before)) continue;
    datable[t.sentence].push(t);
  }
  const mentionsBySentence: ActorMention[][] = doc.sentences.map(() => []);
  for (const m of doc.actorMentions) mentionsBySentence[m.sentence].push(m);
  const c: Context = { doc, ctx, datable, mentionsBySentence };
  const main = mainHappening(c);

  const entitiesOf = new Map<Trigger, number[]>(doc.triggers.map((t) => [t, clauseEntities(c, t)]));
  const between = (t: Trigger, x: SentenceTimex) => {
    const [from, to] = x.start < t.start ? [x.end, t.start] : [t.end, x.start];
    // only the lexicon's happenings block: the event model marks nearly every verb, including those that only
    // carry the noun's date ("an interview … aired Wednesday", "a meeting set for Wednesday")
    return doc.triggers.some((o) => o !== t && o.lexical && !o.learned && o.sentence === t.sentence && o.start >= from && o.end <= to);
  };
  // A noun takes a date of its clause only when no other happening stands between them ("a vote yesterday on … the attack").
  // …and only when the date belongs to the noun's phrase: before it as a modifier ("the 2015 Minsk agreement",
  // "last week's attack", "on Friday in a long speech"), or after it with no verb between ("the meeting on
  // Sunday", "an interview … aired Wednesday"), not across a verb ("in January foreshadowed … the election").
  const phraseDate = (t: Trigger, x: SentenceTimex) => {
    const tokens = doc.sentences[t.sentence].tokens;
    const verbish = (k: Token) => VERBISH.has(k.lower) || (/^\p{Ll}[\p{Ll}-]*ed$/u.test(k.text) && !k.text.includes('-'));
    if (x.end <= t.start) {
      const gap = tokens.filter((k) => k.start >= x.end && k.end <= t.start && !/^['’]s$/.test(k.text));
      return gap.length <= 3 && !gap.some(verbish);
    }
    let gap = tokens.filter((k) => k.start >= t.end && k.end <= x.start);
    // "the inauguration of Jair Bolsonaro took place on Monday": the verb only says the noun happened then
    const happened = /(?:^| )(?:took|takes|take|will take) place(?: on| in| at)?$|(?:^| )(?:happened|occurred)(?: on| in| at)?$/.exec(gap.map((k) => k.lower).join(' '));
    if (happened) gap = gap.slice(0, gap.length - happened[0].trim().split(' ').length);
    // a scheduled happening: "the meetings to be held today", "a meeting set for Wednesday"
    if (/^(to be \w+|set|scheduled|planned|slated|due)( (for|on|at))?$/.test(gap.map((k) => k.lower).join(' '))) return true;
    return gap.length <= 12 && !gap.slice(0, -1).some(verbish) && !(gap.length && VERBISH.has(gap[gap.length - 1].lower));
  };
  // A date that modifies a noun trigger ("after its 1990 invasion") is that noun's, not a verb's.
  const claimed = (x: SentenceTimex) =>
    doc.triggers.some((n) => {
      if (n.pos !== 'noun' || !n.lexical || n.learned || n.sentence !== x.sentence || !inside(x, n.clause) || n.start < x.end || n.start - x.end > 25) return false;
      const gap = doc.sentences[n.sentence].tokens.filter((k) => k.start >= x.end && k.end <= n.start && !/^['’]s$/.test(k.text));
      return gap.length <= 2 && gap.every((k) => !PREPOSITION_WORDS.has(k.lower) && !VERBISH.has(k.lower));
    });
  // The object of a light verb ("held closed-door meetings", "launched an attack") is dated like that verb.
  const governed = (t: Trigger) => {
    const tokens = doc.sentences[t.sentence].tokens;
    for (let k = t.token - 1; k >= 0 && k >= t.token - 4; k--) {
      if (LIGHT_VERBS.has(tokens[k].lower)) return true;
      if (!/^[\p{L}\p{N}-]+$/u.test(tokens[k].text)) return false;
    }
    return false;
  };
  const ownClause = (t: Trigger) =>
    nearest(
      datable[t.sentence].filter((x) => inside(x, t.clause) && (t.pos === 'verb' ? !claimed(x) : !between(t, x) && (phraseDate(t, x) || governed(t)))),
      t,
    );

  // Each trigger's own date: its clause; for verbs reporting what happened, its sentence or the previous one.
  const ownDate = (trigger: Trigger): { timex?: SentenceTimex; source?: DateSource } => {
    const clauseTimex = ownClause(trigger);
    if (clauseTimex) return { timex: clauseTimex, source: 'clause' };
    // "told the committee on Sept. 27 that he had assaulted her": the past perfect happened before, at no date given
    if (trigger.reporting || trigger.pos !== 'verb' || trigger.mood !== 'realis' || !trigger.lexical || trigger.perfect) return {};
    // not from an aside about something else ("Biden, who spoke with the emir on Sunday, welcomed …")
    const sentenceTokens = doc.sentences[trigger.sentence].tokens;
    const { of, relative } = clauses(sentenceTokens);
    const inRelative = (x: SentenceTimex) => {
      const k = sentenceTokens.findIndex((t) => t.start >= x.start);
      return k >= 0 && relative[of[k]];
    };
    const inSentence = nearest(datable[trigger.sentence].filter((x) => !inRelative(x) && !claimed(x)), trigger);
    if (inSentence) return { timex: inSentence, source: 'sentence' };
    const sentence = doc.sentences[trigger.sentence];
    const previous = doc.sentences[trigger.sentence - 1];
    if (CONTINUATION.test(sentence.text) && previous && previous.block === sentence.block && datable[previous.index].length)
      return { timex: datable[previous.index][0], source: 'previous-sentence' };
    return {};
  };
  const own = new Map(doc.triggers.map((t) => [t, ownDate(t)]));

  // The main happening's date: from the first of its reports that has a date of its own.
  let mainTime: { time: EventTime; timex?: SentenceTimex } = { time: publicationTime(ctx.dct) };
  if (main) {
    for (const t of doc.triggers) {
      if (t.mood === 'irrealis' || t.mood === 'negated' || !refersToMain(c, main, t, entitiesOf.get(t)!)) continue;
      const { timex } = own.get(t)!;
      const time = timex && eventTime(timex, 'relative');
      if (time && timex) {
        mainTime = { time, timex };
        break;
      }
    }
  }

  // The time each sentence is told in, for past happenings that name no date of their own.
  const clauseDated: Array<StoryTime | undefined> = doc.sentences.map(() => undefined);
  for (const t of doc.triggers) {
    const { timex, source } = own.get(t)!;
    if (source !== 'clause' || !timex || t.mood !== 'realis' || t.reporting || clauseDated[t.sentence]) continue;
    const time = eventTime(timex, 'relative');
    if (time) clauseDated[t.sentence] = { time, timex };
  }
  const stories = storyTimes(doc.sentences.map((s) => s.block), clauseDated, mainTime);

  const candidates: DatedEvent[] = [];
  for (const trigger of doc.triggers) {
    if (trigger.mood === 'negated' || trigger.mood === 'irrealis') continue;
    const sentence = doc.sentences[trigger.sentence];
    const entities = entitiesOf.get(trigger)!;
    let { timex, source } = own.get(trigger)!;
    if (!trigger.lexical && (source !== 'clause' || trigger.mood !== 'realis')) continue;
    let time = timex && source ? eventTime(timex, anchorOf(timex)) : undefined;
    const isMain = !!main && trigger.lexical && refersToMain(c, main, trigger, entities);
    if (!time && isMain && trigger.mood === 'realis') {
      time = { ...mainTime.time, anchor: mainTime.timex ? 'relative' : 'publication' };
      source = mainTime.timex ? 'main-event' : 'publication';
      timex = undefined;
    }
    // a happening dated only by its story needs someone who did it: "Refers to", "Kept out of press" tell nothing
    if (!time && !isMain && datable[trigger.sentence].length === 0 && entities.length > 0 && toldInStoryTime(trigger, sentence.tokens)) {
      const story = stories[trigger.sentence];
      time = { ...story.time, anchor: story.timex ? 'relative' : 'publication' };
      source = 'story';
      timex = undefined;
    }
    if (!time || !source) continue;
    let confidence = BASE_CONFIDENCE[source];
    if (source === 'story' && time.anchor === 'publication') confidence *= 0.9;
    if (source === 'clause' && time.anchor === 'relative') confidence -= 0.05;
    if (!trigger.lexical) confidence *= 0.8;
    if (trigger.reporting) confidence *= 0.85;
    if (trigger.mood === 'future') confidence *= 0.85;
    if (trigger.quoted) confidence *= 0.9;
    if (confidence < ctx.options.minConfidence) continue;
    candidates.push({
      articleId: ctx.articleId,
      trigger,
      sentence,
      time,
      timex,
      source,
      actors: [],
      place: placeOf(c, trigger),
      confidence: Math.round(confidence * 100) / 100,
      main: isMain,
      absorbed: [],
    });
  }

  // A report dated only as the main happening is shadowed by a dated one of its family in the same sentence.
  const dated = new Set(candidates.filter((e) => e.timex).map((e) => `${e.sentence.index}|${TYPE_FAMILY[e.trigger.type]}`));
  const kept = candidates.filter((e) => e.timex || !dated.has(`${e.sentence.index}|${TYPE_FAMILY[e.trigger.type]}`));

  // One event per sentence, date and type family ("attacked … killing" is one attack); a verb of saying and a
  // verb no trigger names fold into the happening they share a date with ("announced … has banned" is a ban),
  // while two happenings of different kinds stay two ("sworn in … after the Senate confirmed him").
  const groups = new Map<string, DatedEvent[]>();
  const slot = (e: DatedEvent) => `${e.sentence.index}|${e.timex ? e.timex.start : e.source}`;
  const weak = (e: DatedEvent) => TYPE_FAMILY[e.trigger.type] === 'speech' || e.trigger.type === 'other';
  for (const e of kept) {
    const key = `${slot(e)}|${weak(e) ? 'weak' : TYPE_FAMILY[e.trigger.type]}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const [key, members] of [...groups]) {
    if (!key.endsWith('|weak')) continue;
    const strong = [...groups].filter(([k]) => k !== key && k.startsWith(`${key.slice(0, -'weak'.length)}`));
    if (!strong.length) continue;
    strong[0][1].push(...members);
    groups.delete(key);
  }
  const events: DatedEvent[] = [];
  for (const group of groups.values()) {
    // Verbs of saying yield to the happening they report; otherwise the trigger its date is attached to wins.
    const score = (e: DatedEvent) =>
      (e.trigger.reporting || e.trigger.type === 'statement' ? 1000 : 0) +
      (e.trigger.lexical ? 0 : 200) +
      // a word only the event model knows yields to the lexicon's, even to a verb of saying, unless it is a verb
      // dated in its own clause ("The truce, which the rebels signed, held on Monday"): "Peskov said on Monday that
      // Moscow was watching" is a statement, and "criticised … the proposal" a criticism
      (e.trigger.learned ? (e.trigger.pos === 'verb' && e.source === 'clause' ? 400 : 1200) : 0) +
      (e.source === 'clause' ? 0 : 500) +
      // a date written after a verb belongs to it ("briefed reporters Wednesday said"), so a trigger after the date pays extra
      (e.timex ? distance(e.timex, e.trigger) + (e.timex.end <= e.trigger.start && e.timex.start > e.trigger.clause.start + 2 ? 15 : 0) : 0) -
      TYPE_PRIORITY[e.trigger.type];
    const best = group.reduce((a, b) => (score(b) < score(a) ? b : a));
    const absorbed = group.filter((e) => e !== best);
    const entities = [...new Set([best, ...absorbed].flatMap((e) => entitiesOf.get(e.trigger)!))];
    events.push({
      ...best,
      actors: toActors(doc, entities),
      place: best.place ?? absorbed.find((e) => e.place)?.place,
      main: best.main || absorbed.some((e) => e.main),
      absorbed: absorbed.map((e) => e.trigger),
    });
  }
  events.sort((a, b) => a.trigger.start - b.trigger.start);
  return { ...doc, events: events.filter((e) => !restates(e, events)) };
}
