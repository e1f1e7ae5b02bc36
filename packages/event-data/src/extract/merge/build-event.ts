import { hash64, normalizeSpace } from '../language/tokens.js';
import { meetingTitle } from '../stages/07-write-titles.js';
import type { Actor, EventTime, Mention, TimelineEvent } from '../../schema/index.js';
import type { ArticleEvent } from '../article-result.js';
import { actorKey } from './names.js';
import { rankNode } from './merge-node.js';
import type { NodeTable } from './node-table.js';

const KIND_ORDER: Record<Actor['kind'], number> = { person: 0, organization: 1, group: 2, country: 3, other: 4 };

/** What is decided about a merged event from the merge keys alone: its best report, its id. */
export interface EventPlan {
  /** The cluster's nodes, in canonical order. */
  members: number[];
  /** The same, best report first. */
  ranked: number[];
  primary: number;
  id: string;
}

/**
 * The earliest report of a happening (by publication, then article id, then position) names it:
 * its id stays the same when later reports of it arrive, and does not depend on the batch.
 */
export function eventId(t: NodeTable, cluster: readonly number[], articleId: (node: number) => string): string {
  const earlier = (a: number, b: number) => t.published(a) - t.published(b) || t.articleOrder(a) - t.articleOrder(b) || t.triggerStart(a) - t.triggerStart(b);
  const origin = cluster.reduce((a, b) => (earlier(b, a) < 0 ? b : a));
  return `ev-${hash64(`${articleId(origin)}|${t.triggerStart(origin)}`)}`;
}

/**
 * For each report, how many articles give a date that overlaps its date. Reports that give the same
 * dates are counted once, so the work grows with the square of the distinct dates of a cluster (a
 * handful), not of its reports.
 */
function articleSupport(t: NodeTable, members: readonly number[]): Map<number, number> {
  const dates = new Map<string, { node: number; articles: Set<number>; support: number }>();
  const dateOf = (node: number) => `${t.start(node)}|${t.end(node)}`;
  for (const node of members) {
    const key = dateOf(node);
    const date = dates.get(key) ?? { node, articles: new Set<number>(), support: 0 };
    date.articles.add(t.article(node));
    dates.set(key, date);
  }
  for (const date of dates.values()) {
    const articles = new Set<number>();
    for (const other of dates.values()) if (t.overlaps(other.node, date.node)) for (const a of other.articles) articles.add(a);
    date.support = articles.size;
  }
  return new Map(members.map((node) => [node, dates.get(dateOf(node))!.support]));
}

export function planEvent(t: NodeTable, members: number[], articleId: (node: number) => string): EventPlan {
  // The date most articles agree on, then the best-sourced, plainest and most precise.
  const support = articleSupport(t, members);
  // a date written in the report's own clause outranks one lent by the story around it, whatever its modifier
  const direct = (n: number) => Number(t.source(n) === 'story' || t.source(n) === 'publication');
  const ranked = [...members].sort((a, b) => support.get(b)! - support.get(a)! || direct(a) - direct(b) || Number(t.mod(a)) - Number(t.mod(b)) || rankNode(t, a, b));
  return { members, ranked, primary: ranked[0], id: eventId(t, members, articleId) };
}

/**
 * Builds the merged event of a cluster from its plan and the full events of its reports
 * (`events[i]` is the report of `plan.members[i]`), with names made consistent by `canonical`.
 */
export function buildEvent(plan: EventPlan, t: NodeTable, events: readonly ArticleEvent[], canonical: (a: Actor) => Actor): TimelineEvent {
  const cluster = plan.members;
  const full = new Map(cluster.map((node, i) => [node, events[i]]));
  const { primary, ranked } = plan;
  const time: EventTime = full.get(primary)!.time;
  const alternatives: NonNullable<TimelineEvent['alternatives']> = [];
  const seenAlt = new Set<string>();
  for (const node of ranked) {
    if (t.overlaps(node, primary) || t.source(node) === 'publication') continue;
    const key = `${t.article(node)}|${t.value(node)}`;
    const report = full.get(node)!;
    if (!seenAlt.has(key)) alternatives.push({ time: report.time, articleId: report.mention.articleId });
    seenAlt.add(key);
  }
  const actorCount = new Map<string, { actor: Actor; count: number; first: number }>();
  cluster.forEach((node, n) => {
    const seen = new Set<string>();
    for (const actor of full.get(node)!.actors.map(canonical)) {
      const key = actorKey(actor);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = actorCount.get(key) ?? { actor, count: 0, first: n };
      entry.count++;
      actorCount.set(key, entry);
    }
  });
  const actors = [...actorCount.values()]
    .sort((a, b) => KIND_ORDER[a.actor.kind] - KIND_ORDER[b.actor.kind] || b.count - a.count || a.first - b.first)
    .slice(0, 8)
    .map((e) => e.actor);
  const placeCount = new Map<string, number>();
  for (const node of cluster) {
    const place = t.place(node);
    if (place) placeCount.set(normalizeSpace(place), (placeCount.get(normalizeSpace(place)) ?? 0) + 1);
  }
  const place = [...placeCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];

  const mentions = new Map<string, Mention>();
  for (const node of cluster) {
    const m = full.get(node)!.mention;
    const key = `${m.articleId}|${m.start}`;
    const existing = mentions.get(key);
    if (!existing || (!existing.timex && m.timex)) mentions.set(key, m);
  }
  const sortedMentions = [...mentions.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  const type = t.type(primary);
  // The title names the main participants: those in at least half as many reports as the most reported one.
  const frequent = [...actorCount.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const byFrequency = frequent.filter((e) => e.count * 2 >= frequent[0].count).map((e) => e.actor);
  // The title comes from a report of the event's own kind ("Apple doubled its profits", not a sentence of the cluster
  // about something else), told by the lexicon's word or dated in its own clause ("A fire broke out … early on
  // Tuesday", not a later "Firefighters brought the blaze under control"), then from the best-dated report.
  const fits = (n: number) => Number(t.type(n) !== type) * 2 + Number(t.learned(n) && t.source(n) !== 'clause') + Number(!t.lexical(n));
  // …and, among those, one that says who or where ("Fire breaks out at chemical plant owned by Brennard Industries in
  // Harlow", not another outlet's "Blaze starts")
  const says = (n: number) => {
    const title = full.get(n)!.title;
    // (as titles write them: a person by surname, a body by its name)
    return actors.some((a) => title.includes(a.kind === 'person' ? a.name.split(' ').at(-1)! : a.name)) || (!!place && title.includes(place));
  };
  const titleNode = [...cluster].sort((a, b) => fits(a) - fits(b) || Number(says(b)) - Number(says(a)) || rankNode(t, a, b))[0];
  const title =
    (type === 'meeting' && cluster.length > 1 ? meetingTitle(byFrequency.filter((a) => a.kind !== 'country').length >= 2 ? byFrequency : actors, place) : undefined) ??
    full.get(titleNode)!.title;
  const articles = new Set(cluster.map((n) => t.article(n))).size;
  const confidence = Math.min(0.99, Math.round((cluster.reduce((m, n) => Math.max(m, t.confidence(n)), 0) + 0.05 * (articles - 1)) * 100) / 100);
  const event: TimelineEvent = { id: plan.id, title: normalizeSpace(title), type, time, actors, mentions: sortedMentions, confidence };
  if (place) event.place = place;
  if (alternatives.length) event.alternatives = alternatives;
  return event;
}
