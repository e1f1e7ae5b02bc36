import { clauses } from '../language/clauses.js';
import { TYPE_FAMILY, TYPE_PRIORITY } from '../triggers/lexicon.js';
import { clauseEntities, placeOf, toActors, type Context } from '../dating/event-arguments.js';
import { mainHappening, refersToMain } from '../dating/main-happening.js';
import { bounded, nounDateRules } from '../dating/noun-dates.js';
import { ofEarlierConjunct } from '../dating/coordination.js';
import { sinceStart } from '../dating/since.js';
import { dateAfterObject } from '../dating/object-dates.js';
import { acrossOrderedClause, datedByMainClause, timeClauseDating } from '../dating/time-clauses.js';
import { isSetting, restates, toldAsLater } from '../dating/one-happening.js';
import { fallbackTime, mainStoryTime, storyTimes, toldInStoryTime, type StoryTime } from '../dating/story-time.js';
import { anchorOf, canDate, eventTime, publicationTime } from '../dating/time.js';
import { bySentence } from '../spans/by-sentence.js';
import type { ActorDoc, ActorMention, ArticleCtx, DatedDoc, DatedEvent, DateSource, Sentence, SentenceTimex, Trigger } from '../types.js';

/** Words at the start of a sentence that continue the previous one's story ("Then", "He", "The two"). */
const CONTINUATION = /^(?:then|later|afterwards|after that|there|he|she|they|the two|both|the (?:ministers|diplomats|leaders|sides|two sides|delegations)|it)\b/i;

const BASE_CONFIDENCE: Record<DateSource, number> = {
  clause: 0.9,
  sentence: 0.72,
  'previous-sentence': 0.62,
  'main-event': 0.68,
  story: 0.45,
  publication: 0.5,
};

const inside = (span: { start: number; end: number }, outer: { start: number; end: number }) => span.start >= outer.start && span.end <= outer.end;
const distance = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

function nearest(timexes: SentenceTimex[], trigger: Trigger): SentenceTimex | undefined {
  let best: SentenceTimex | undefined;
  for (const t of timexes) if (!best || distance(t, trigger) < distance(best, trigger)) best = t;
  return best;
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
  /** Every calendar expression of each sentence, bound ones too ("since November, when he was found"). */
  const calendar: SentenceTimex[][] = doc.sentences.map(() => []);
  for (const t of doc.timexes) {
    if (!canDate(t)) continue;
    calendar[t.sentence].push(t);
    if (bounded(doc.article.text, t)) continue;
    datable[t.sentence].push(t);
  }
  const mentionsBySentence: ActorMention[][] = doc.sentences.map(() => []);
  for (const m of doc.actorMentions) mentionsBySentence[m.sentence].push(m);
  const c: Context = { doc, ctx, datable, mentionsBySentence };
  const main = mainHappening(c);

  const entitiesOf = new Map<Trigger, number[]>(doc.triggers.map((t) => [t, clauseEntities(c, t)]));
  const { between, phraseDate, claimed, governed, subjectOfDatedVerb, ofNounPhrase } = nounDateRules(doc, datable);
  const triggersOf = bySentence(doc.triggers);
  // a happening still to come takes no date of the telling before it ("told analysts on Tuesday the airline would buy"),
  // and one that happened none of a verb still to come between them ("have arrived for a summit due to open Saturday")
  const toldBefore = (t: Trigger, x: SentenceTimex) =>
    (t.mood === 'future' && x.end <= t.start && triggersOf.of(t.sentence).some((r) => r.reporting && r.end <= x.start)) ||
    (t.mood === 'realis' && x.start >= t.end && triggersOf.of(t.sentence).some((o) => o.pos === 'verb' && o.start > t.end && o.end <= x.start && o.mood === 'future'));
  const ownClause = (t: Trigger) => {
    return nearest(
      datable[t.sentence].filter((x) => inside(x, t.clause) && !toldBefore(t, x) && (t.pos === 'verb' ? !claimed(x) && !ofEarlierConjunct(doc.sentences[t.sentence].tokens, t, x) && !acrossOrderedClause(doc.sentences[t.sentence].tokens, t, x) : !between(t, x) && (phraseDate(t, x) || governed(t) || subjectOfDatedVerb(t, x)))),
      t,
    );
  };

  const afterObject = (t: Trigger) => (t.mood === 'realis' ? dateAfterObject(doc.sentences[t.sentence].tokens, t, datable[t.sentence].filter((x) => !claimed(x)), triggersOf.of(t.sentence)) : undefined);

  // Each trigger's own date: its clause; for verbs reporting what happened, its sentence or the previous one.
  const ownDate = (trigger: Trigger): { timex?: SentenceTimex; source?: DateSource } => {
    const clauseTimex = ownClause(trigger) ?? sinceStart(doc, trigger) ?? afterObject(trigger);
    if (clauseTimex) return { timex: clauseTimex, source: 'clause' };
    // "told the committee on Sept. 27 that he had assaulted her": the past perfect happened before, at no date given
    if (trigger.reporting || trigger.pos !== 'verb' || trigger.mood !== 'realis' || !trigger.lexical || trigger.perfect) return {};
    // not from an aside about something else ("Biden, who spoke with the emir on Sunday, welcomed …")
    const sentenceTokens = doc.sentences[trigger.sentence].tokens;
    const { of, relative } = clauses(sentenceTokens);
    const own = sentenceTokens.findIndex((t) => t.start >= trigger.start);
    // a clause of time and the clause it modifies: "died when their car was swept away on Tuesday night"
    const timeClause = timeClauseDating(sentenceTokens, trigger, datable[trigger.sentence], calendar[trigger.sentence], claimed, triggersOf.of(trigger.sentence));
    if (timeClause.date) return { timex: timeClause.date, source: 'clause' };
    if (timeClause.ordered) return {};
    const inRelative = (x: SentenceTimex) => {
      const k = sentenceTokens.findIndex((t) => t.start >= x.start);
      return k >= 0 && relative[of[k]];
    };
    // a present perfect in a relative clause ("anyone who has purchased one") is an indefinite past: the main clause's date is not its
    if (own >= 2 && /^ha(?:s|ve)$/.test(sentenceTokens[own - 1].lower) && /^(?:who|that|which)$/.test(sentenceTokens[own - 2].lower)) return {};
    const inSentence = nearest(datable[trigger.sentence].filter((x) => !inRelative(x) && !claimed(x) && !acrossOrderedClause(sentenceTokens, trigger, x)), trigger);
    if (inSentence) return { timex: inSentence, source: 'sentence' };
    const sentence = doc.sentences[trigger.sentence];
    const previous = doc.sentences[trigger.sentence - 1];
    if (CONTINUATION.test(sentence.text) && previous && previous.block === sentence.block && datable[previous.index].length)
      return { timex: datable[previous.index][0], source: 'previous-sentence' };
    return {};
  };
  const own = new Map(doc.triggers.map((t) => [t, ownDate(t)]));

  // The headline and the lead sentence, and whether a verb of saying there reports a happening still to come.
  const leads = new Set([doc.sentences.find((x) => x.kind === 'headline')?.index, doc.sentences.find((x) => x.kind === 'paragraph')?.index]);
  const mainTime = mainStoryTime(
    // (a report still to come is another happening than news that has happened: "the service will launch in the fall")
    main ? doc.triggers.filter((t) => t.mood !== 'irrealis' && t.mood !== 'negated' && (main.future || t.mood !== 'future') && refersToMain(c, main, t, entitiesOf.get(t)!)).map((t) => own.get(t)!.timex) : [],
    doc.triggers.filter((t) => leads.has(t.sentence) && t.reporting && t.mood === 'realis' && own.get(t)!.source === 'clause').map((t) => own.get(t)!.timex),
    ctx.dct,
  );

  // The time each sentence is told in, for past happenings that name no date of their own.
  const clauseDated: Array<StoryTime | undefined> = doc.sentences.map(() => undefined);
  for (const t of doc.triggers) {
    const { timex, source } = own.get(t)!;
    if (source !== 'clause' || !timex || t.mood !== 'realis' || t.reporting || clauseDated[t.sentence]) continue;
    const time = eventTime(timex, 'relative');
    if (time) clauseDated[t.sentence] = { time, timex };
  }
  const stories = storyTimes(doc.sentences.map((s) => s.block), clauseDated);
  const publication: StoryTime = { time: publicationTime(ctx.dct) };

  const announcesFuture = (t: Trigger) => triggersOf.of(t.sentence).some((o) => o.start > t.end && !o.reporting && (o.mood === 'future' || o.mood === 'irrealis'));

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
    // Headline news that is a statement about what will happen ("Acme has said it will close two plants"): the
    // statement is the news of the publication day, told by someone named.
    if (!time && trigger.reporting && trigger.mood === 'realis' && !trigger.quoted && entities.length > 0 && leads.has(trigger.sentence) && announcesFuture(trigger)) {
      time = { ...mainTime.time, anchor: mainTime.timex ? 'relative' : 'publication' };
      source = mainTime.timex ? 'main-event' : 'publication';
      timex = undefined;
    }
    // a happening dated only by its story needs someone who did it: "Refers to", "Kept out of press" tell nothing;
    // and a sentence with a time of its own, if only a bound one ("between 2015 and 2021", "since May"), is not told
    // in the story's time
    if (!time && !isMain && calendar[trigger.sentence].length === 0 && entities.length > 0 && toldInStoryTime(trigger, sentence.tokens)) {
      const story = stories[trigger.sentence] ?? fallbackTime(trigger, mainTime, publication);
      time = { ...story.time, anchor: story.timex ? 'relative' : 'publication' };
      source = 'story';
      timex = undefined;
    }
    if (!time || !source) continue;
    let confidence = BASE_CONFIDENCE[source];
    if (source === 'story' && time.anchor === 'publication') confidence *= 0.9;
    if (source === 'clause' && time.anchor === 'relative') confidence -= 0.05;
    // a date lent by a noun phrase ("at Expo 2013", "last week's storm") is the noun's before it is the verb's; one after
    // "since" is when it began
    if (timex && trigger.pos === 'verb' && (ofNounPhrase(timex) || bounded(doc.article.text, timex))) confidence -= 0.1;
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
  // A sentence that reports a happening of its own date or of the main one lends no story time to the others in it.
  const told = new Set(candidates.filter((e) => e.source !== 'story').map((e) => e.sentence.index));
  const kept = candidates.filter((e) => (e.timex || !dated.has(`${e.sentence.index}|${TYPE_FAMILY[e.trigger.type]}`)) && !(e.source === 'story' && told.has(e.sentence.index)));

  // One event per sentence, date and type family ("attacked … killing" is one attack); a verb of saying and a
  // verb no trigger names fold into the happening they share a date with ("announced … has banned" is a ban),
  // while two happenings of different kinds stay two ("sworn in … after the Senate confirmed him"), and so does one
  // told in a clause of time that takes its date from the main clause ("When Acme opened the plant, the mayor cut
  // the ribbon on Monday").
  const groups = new Map<string, DatedEvent[]>();
  /** The families of each slot, in the order they were first met: the first takes the slot's weak members. */
  const families = new Map<string, string[]>();
  const slot = (e: DatedEvent) =>
    `${e.sentence.index}|${e.timex ? e.timex.start : e.source}${toldAsLater(e.sentence.tokens, e.trigger) ? '|later' : ''}${datedByMainClause(e.sentence.tokens, e.trigger, e.timex) ? '|when' : ''}`;
  const weak = (e: DatedEvent) => TYPE_FAMILY[e.trigger.type] === 'speech' || e.trigger.type === 'other';
  for (const e of kept) {
    const family = weak(e) ? 'weak' : TYPE_FAMILY[e.trigger.type];
    const key = `${slot(e)}|${family}`;
    if (!groups.has(key)) families.set(slot(e), [...(families.get(slot(e)) ?? []), family]);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  for (const [at, list] of families) {
    const strong = list.find((family) => family !== 'weak');
    if (!strong || !list.includes('weak')) continue;
    groups.get(`${at}|${strong}`)!.push(...groups.get(`${at}|weak`)!);
    groups.delete(`${at}|weak`);
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
      // a noun that is only where a verb's happening took place ("apologised … at a news conference") yields to the verb
      (isSetting(e.sentence.tokens, e.trigger) ? 300 : 0) +
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
  const ofSentence = new Map<Sentence, DatedEvent[]>();
  for (const e of events) {
    const list = ofSentence.get(e.sentence);
    if (list) list.push(e);
    else ofSentence.set(e.sentence, [e]);
  }
  return { ...doc, events: events.filter((e) => !restates(e, ofSentence.get(e.sentence)!)) };
}
