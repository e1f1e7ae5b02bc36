import { COUNTRY_FORMS, nameKey } from '../actors/gazetteer.js';
import { TYPE_FAMILY } from '../triggers/lexicon.js';
import { hash64, normalizeSpace } from '../language/tokens.js';
import { bounds, overlaps, width } from '../dating/time.js';
import { meetingTitle } from './07-write-titles.js';
import type { Actor, Article, Dataset, EventTime, Mention, TimelineEvent } from '../../schema/index.js';
import { SCHEMA_VERSION } from '../../schema/index.js';
import type { ArticleFailure, Corpus, DateSource, RunCtx, TitledDoc, TitledEvent } from '../types.js';

const DAY = 86_400_000;
const SOURCE_RANK: Record<DateSource, number> = { clause: 0, sentence: 1, 'previous-sentence': 2, 'main-event': 3, story: 4, publication: 5 };
const KIND_ORDER: Record<Actor['kind'], number> = { person: 0, organization: 1, group: 2, country: 3, other: 4 };

interface Node {
  event: TitledEvent;
  article: string;
  actors: Actor[];
  /** Canonical keys of the people, organisations and groups (not countries): what identifies who took part. */
  named: Set<string>;
}

/** The output of the last stage: the dataset and the articles that could not be read. */
export interface MergeResult {
  dataset: Dataset;
  failures: ArticleFailure[];
}

/** A company's legal form, which outlets give or leave out: "Norland Foods Inc" and "Norland Foods" are one. */
const LEGAL_FORM = /(?:,?\s+(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|gmbh|limited|incorporated|corporation)\.?)+$/i;
const keyOf = (kind: Actor['kind'], name: string) => `${kind}:${nameKey(kind === 'organization' ? name.replace(LEGAL_FORM, '') || name : name)}`;
const actorKey = (a: Actor) => keyOf(a.kind, a.name);

/** An actor as the dataset shows it: one plain space between words of its name and role, whatever the article used. */
function plainActor(a: Actor): Actor {
  const out: Actor = { ...a, name: normalizeSpace(a.name) };
  if (a.role !== undefined) out.role = normalizeSpace(a.role);
  return out;
}

/**
 * One spelling per person across articles: transliteration variants ("Sergei"/"Sergey") and bare
 * surnames share a key; the spelling used most wins, ties going to the -y form that official
 * romanisation uses, then to alphabetical order.
 */
function canonicalNames(docs: TitledDoc[]): Map<string, Actor> {
  const counts = new Map<string, Map<string, number>>();
  const roles = new Map<string, string>();
  const fullBySurname = new Map<string, Set<string>>();
  for (const doc of docs)
    for (const e of doc.entities) {
      const key = keyOf(e.kind, e.name);
      const byName = counts.get(key) ?? new Map<string, number>();
      const mentions = doc.actorMentions.filter((m) => doc.entities[m.entity] === e).length || 1;
      byName.set(e.name, (byName.get(e.name) ?? 0) + mentions);
      counts.set(key, byName);
      if (e.role && !roles.has(key)) roles.set(key, e.role);
      if (e.kind === 'person' && e.name.includes(' ')) {
        const surname = nameKey(e.name).split(' ').at(-1)!;
        fullBySurname.set(surname, (fullBySurname.get(surname) ?? new Set()).add(key));
      }
    }
  const out = new Map<string, Actor>();
  for (const [key, names] of counts) {
    const name = [...names].sort((a, b) => b[1] - a[1] || Number(/y\b/.test(b[0])) - Number(/y\b/.test(a[0])) || (a[0] < b[0] ? -1 : 1))[0][0];
    const kind = key.slice(0, key.indexOf(':')) as Actor['kind'];
    out.set(key, roles.has(key) ? { name, kind, role: roles.get(key)! } : { name, kind });
  }
  // A person named only by surname in one article is the one full name with that surname elsewhere.
  for (const [key, actor] of out) {
    if (actor.kind !== 'person' || actor.name.includes(' ')) continue;
    const full = fullBySurname.get(nameKey(actor.name));
    if (full?.size !== 1) continue;
    const fullKey = [...full][0];
    let person = out.get(fullKey)!;
    // "Prime Minister Ardern" in one article, "Jacinda Ardern" without a title in another: she keeps the title.
    if (!person.role && actor.role) out.set(fullKey, (person = { ...person, role: actor.role }));
    out.set(key, person);
  }
  return out;
}

type Relation = 'same' | 'conflicting' | 'different';

/** A lemma without the endings that make a noun of a verb: "resignation" and "resign", "launches" and "launch" share one. */
function wordStem(lemma: string): string {
  const w = lemma.split(' ')[0];
  return w.length > 5 ? w.replace(/(?:ations?|ions?|ments?|als?|es|s|e)$/, '') : w;
}

function relation(a: Node, b: Node): Relation {
  if (TYPE_FAMILY[a.event.trigger.type] !== TYPE_FAMILY[b.event.trigger.type]) return 'different';
  // Untyped happenings are one only when told with the same word: "Jobs demoed …" and "Jobs moved on …" are two.
  if (a.event.trigger.type === 'other' && b.event.trigger.type === 'other' && a.event.trigger.lemma !== b.event.trigger.lemma) return 'different';
  const shared = [...a.named].filter((k) => b.named.has(k)).length;
  const compatible = overlaps(a.event.time, b.event.time);
  // Reports of one happening a few days apart (a weekday read as next week's, a wrong day): same people, same place.
  const near = !compatible && Math.abs(bounds(a.event.time)[0] - bounds(b.event.time)[0]) <= 7 * DAY && width(a.event.time) <= DAY && width(b.event.time) <= DAY;
  if (!compatible && !near) return 'different';
  if (a.article === b.article) {
    // a report of the main happening dated only by the publication is the dated one's guess, not another happening
    const guessed = (n: Node) => n.event.source === 'publication' || n.event.source === 'main-event';
    if (a.event.main && b.event.main) return compatible || guessed(a) || guessed(b) ? 'same' : 'different';
    if (!compatible) return 'different';
    if (shared >= 1) return 'same';
    // "a sarin attack last week" … "last week's chemical attack": one happening told twice; not for statements,
    // where two people saying something on the same day are two events.
    const sameTelling = a.event.time.value === b.event.time.value && a.event.trigger.type === b.event.trigger.type && TYPE_FAMILY[a.event.trigger.type] !== 'speech';
    return sameTelling && (a.named.size === 0 || b.named.size === 0) ? 'same' : 'different';
  }
  const samePlace = !!a.event.place && a.event.place === b.event.place;
  // Happenings nobody is named for (an earthquake, a crash) are one across reports when they are of one
  // specific type, on the same day or at the same time, and no place or actor tells them apart.
  const precise = width(a.event.time) <= DAY && width(b.event.time) <= DAY;
  const unnamed = a.named.size === 0 && b.named.size === 0;
  // a country does not tell apart two reports of which one names a town in it
  const noOtherPlace = !a.event.place || !b.event.place || samePlace || COUNTRY_FORMS.has(a.event.place) || COUNTRY_FORMS.has(b.event.place);
  // (only reports dated by their own words: a headline dated by its publication says nothing of which one it is)
  const ownDates = [a, b].every((n) => n.event.source !== 'publication' && n.event.source !== 'story' && n.event.source !== 'main-event');
  if (compatible && precise && unnamed && ownDates && noOtherPlace && a.event.trigger.type !== 'other' && TYPE_FAMILY[a.event.trigger.type] !== 'speech') return 'same';
  // the same word for what happened ("launched" … "its launch", "resigned" … "resignation"), by the same actor
  // (not for saying: one person says things on many days)
  const sameWord = TYPE_FAMILY[a.event.trigger.type] !== 'speech' && wordStem(a.event.trigger.lemma) === wordStem(b.event.trigger.lemma);
  const strong = shared >= 2 || (shared >= 1 && (samePlace || sameWord || (a.event.main && b.event.main)));
  if (!strong) return 'different';
  if (compatible) return 'same';
  return (shared >= 2 || sameWord) && (samePlace || sameWord || (a.event.main && b.event.main)) ? 'conflicting' : 'different';
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

const rankNode = (a: Node, b: Node): number =>
  SOURCE_RANK[a.event.source] - SOURCE_RANK[b.event.source] ||
  b.event.confidence - a.event.confidence ||
  width(a.event.time) - width(b.event.time) ||
  (a.article < b.article ? -1 : a.article > b.article ? 1 : a.event.trigger.start - b.event.trigger.start);

function mentionOf(node: Node): Mention {
  const { event } = node;
  const mention: Mention = { articleId: node.article, sentence: event.sentence.text, start: event.sentence.start, end: event.sentence.end };
  if (event.timex && event.timex.start >= event.sentence.start && event.timex.end <= event.sentence.end)
    mention.timex = { text: event.timex.text, start: event.timex.start, end: event.timex.end };
  mention.trigger = { text: event.trigger.text, start: event.trigger.start, end: event.trigger.end };
  return mention;
}

function build(cluster: Node[]): TimelineEvent {
  // The date most articles agree on, then the best-sourced, plainest and most precise.
  const support = (node: Node) => new Set(cluster.filter((o) => overlaps(o.event.time, node.event.time)).map((o) => o.article)).size;
  const supportOf = new Map(cluster.map((n) => [n, support(n)]));
  // a date written in the report's own clause outranks one lent by the story around it, whatever its modifier
  const direct = (n: Node) => Number(n.event.source === 'story' || n.event.source === 'publication');
  const ranked = [...cluster].sort((a, b) => supportOf.get(b)! - supportOf.get(a)! || direct(a) - direct(b) || Number(!!a.event.time.mod) - Number(!!b.event.time.mod) || rankNode(a, b));
  const primary = ranked[0];
  const time: EventTime = primary.event.time;
  const alternatives: NonNullable<TimelineEvent['alternatives']> = [];
  const seenAlt = new Set<string>();
  for (const node of ranked) {
    if (overlaps(node.event.time, time) || node.event.source === 'publication') continue;
    const key = `${node.article}|${node.event.time.value}`;
    if (!seenAlt.has(key)) alternatives.push({ time: node.event.time, articleId: node.article });
    seenAlt.add(key);
  }
  const actorCount = new Map<string, { actor: Actor; count: number; first: number }>();
  cluster.forEach((node, n) =>
    node.actors.forEach((actor) => {
      const key = actorKey(actor);
      const entry = actorCount.get(key) ?? { actor, count: 0, first: n };
      entry.count++;
      actorCount.set(key, entry);
    }),
  );
  const actors = [...actorCount.values()]
    .sort((a, b) => KIND_ORDER[a.actor.kind] - KIND_ORDER[b.actor.kind] || b.count - a.count || a.first - b.first)
    .slice(0, 8)
    .map((e) => e.actor);
  const placeCount = new Map<string, number>();
  for (const node of cluster) if (node.event.place) placeCount.set(normalizeSpace(node.event.place), (placeCount.get(normalizeSpace(node.event.place)) ?? 0) + 1);
  const place = [...placeCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];

  const mentions = new Map<string, Mention>();
  for (const node of cluster) {
    const m = mentionOf(node);
    const key = `${m.articleId}|${m.start}`;
    const existing = mentions.get(key);
    if (!existing || (!existing.timex && m.timex)) mentions.set(key, m);
  }
  const sortedMentions = [...mentions.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  const type = primary.event.trigger.type;
  // The title names the main participants: those in at least half as many reports as the most reported one.
  const frequent = [...actorCount.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const byFrequency = frequent.filter((e) => e.count * 2 >= frequent[0].count).map((e) => e.actor);
  // The title comes from a report of the event's own kind, told by the lexicon's word if any ("Apple doubled its
  // profits", not a sentence of the cluster about something else), then from the best-dated report.
  const fits = (n: Node) => Number(n.event.trigger.type !== type) * 2 + Number(!!n.event.trigger.learned) + Number(!n.event.trigger.lexical);
  const titleNode = [...cluster].sort((a, b) => fits(a) - fits(b) || rankNode(a, b))[0];
  const title = (type === 'meeting' && cluster.length > 1 ? meetingTitle(byFrequency.filter((a) => a.kind !== 'country').length >= 2 ? byFrequency : actors, place) : undefined) ?? titleNode.event.title;
  const articles = new Set(cluster.map((n) => n.article)).size;
  const confidence = Math.min(0.99, Math.round((Math.max(...cluster.map((n) => n.event.confidence)) + 0.05 * (articles - 1)) * 100) / 100);
  const first = sortedMentions[0];
  const event: TimelineEvent = {
    id: `ev-${hash64(`${type}|${time.value}|${first.articleId}|${first.start}`)}`,
    title: normalizeSpace(title),
    type,
    time,
    actors,
    mentions: sortedMentions,
    confidence,
  };
  if (place) event.place = place;
  if (alternatives.length) event.alternatives = alternatives;
  return event;
}

/**
 * Stage 08: merges the events of all articles. Reports of one happening (same type family,
 * overlapping dates, and the same people or organisations, or the same place) become one event
 * with every mention; within an article, all reports of its main happening merge. When reports
 * of the same happening give different dates, the best-sourced date is the event's and the others
 * stay visible as `alternatives`. Names are made consistent across articles (transliteration
 * variants, bare surnames). Ids hash the event's content; the output is sorted, so the same input
 * always gives byte-identical output.
 */
export function mergeEvents(corpus: Corpus<TitledDoc>, _ctx: RunCtx): MergeResult {
  const docs = [...corpus.docs].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const names = canonicalNames(docs);
  const canonical = (a: Actor): Actor => plainActor(names.get(actorKey(a)) ?? a);
  const nodes: Node[] = [];
  for (const doc of docs)
    for (const event of doc.events) {
      const actors: Actor[] = [];
      for (const a of event.actors.map(canonical)) if (!actors.some((b) => actorKey(b) === actorKey(a))) actors.push(a);
      nodes.push({ event, article: doc.article.id, actors, named: new Set(actors.filter((a) => a.kind !== 'country').map(actorKey)) });
    }

  // Compare only nodes of one type family that share an actor or an article, in date order within a few days.
  const parent = nodes.map((_, i) => i);
  const blocks = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const family = TYPE_FAMILY[node.event.trigger.type];
    // happenings nobody is named for meet the others of their type and day
    const unnamed = node.named.size === 0 && width(node.event.time) <= DAY ? [`day:${Math.floor(bounds(node.event.time)[0] / DAY)}`] : [];
    for (const key of [...node.named, `article:${node.article}`, ...unnamed]) {
      const block = `${family}|${key}`;
      const list = blocks.get(block);
      if (list) list.push(i);
      else blocks.set(block, [i]);
    }
  });
  const span = nodes.map((n) => bounds(n.event.time));
  for (const members of blocks.values()) {
    const sorted = [...members].sort((a, b) => span[a][0] - span[b][0] || a - b);
    for (let x = 0; x < sorted.length; x++) {
      const endX = span[sorted[x]][1];
      for (let y = x + 1; y < sorted.length; y++) {
        const startY = span[sorted[y]][0];
        if (startY > endX + 7 * DAY) break;
        if (find(parent, sorted[x]) === find(parent, sorted[y])) continue;
        const a = nodes[sorted[x]];
        const b = nodes[sorted[y]];
        if (relation(a, b) !== 'different') parent[find(parent, sorted[x])] = find(parent, sorted[y]);
      }
    }
  }
  const clusters = new Map<number, Node[]>();
  nodes.forEach((node, i) => {
    const root = find(parent, i);
    const list = clusters.get(root);
    if (list) list.push(node);
    else clusters.set(root, [node]);
  });

  const events = [...clusters.values()].map(build);
  const ids = new Set<string>();
  for (const event of events.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    let id = event.id;
    for (let n = 2; ids.has(id); n++) id = `${event.id}-${n}`;
    event.id = id;
    ids.add(id);
  }
  events.sort((a, b) => bounds(a.time)[0] - bounds(b.time)[0] || bounds(a.time)[1] - bounds(b.time)[1] || (a.id < b.id ? -1 : 1));
  const articles: Article[] = docs.map(({ article, title }) => {
    const out: Article = { id: article.id, title, published: article.published };
    if (article.publisher != null) out.publisher = article.publisher;
    if (article.url != null) out.url = article.url;
    return out;
  });
  const failures = [...corpus.failures].sort((a, b) => (a.articleId < b.articleId ? -1 : 1));
  return { dataset: { schemaVersion: SCHEMA_VERSION, articles, events }, failures };
}
