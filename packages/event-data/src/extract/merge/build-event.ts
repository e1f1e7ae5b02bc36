import { hash64, normalizeSpace } from '../language/tokens.js';
import { meetingTitle } from '../stages/07-write-titles.js';
import type { Actor, EventTime, Mention, TimelineEvent } from '../../schema/index.js';
import type { ArticleEvent } from '../article-result.js';
import { actorKey } from './names.js';
import { nodesOverlap, rankNode, type MergeNode } from './merge-node.js';

const KIND_ORDER: Record<Actor['kind'], number> = { person: 0, organization: 1, group: 2, country: 3, other: 4 };

/** What is decided about a merged event from the merge keys alone: its best report, its time, its id. */
export interface EventPlan {
  /** The cluster's reports, best first. */
  ranked: MergeNode[];
  primary: MergeNode;
  id: string;
}

/**
 * The earliest report of a happening (by publication, then article id, then position) names it:
 * its id stays the same when later reports of it arrive, and does not depend on the batch.
 */
export function eventId(cluster: readonly MergeNode[]): string {
  const origin = cluster.reduce((a, b) => (b.published < a.published || (b.published === a.published && (b.article < a.article || (b.article === a.article && b.triggerStart < a.triggerStart))) ? b : a));
  return `ev-${hash64(`${origin.article}|${origin.triggerStart}`)}`;
}

export function planEvent(cluster: readonly MergeNode[]): EventPlan {
  // The date most articles agree on, then the best-sourced, plainest and most precise.
  const support = new Map(cluster.map((node) => [node, new Set(cluster.filter((o) => nodesOverlap(o, node)).map((o) => o.article)).size]));
  // a date written in the report's own clause outranks one lent by the story around it, whatever its modifier
  const direct = (n: MergeNode) => Number(n.source === 'story' || n.source === 'publication');
  const ranked = [...cluster].sort((a, b) => support.get(b)! - support.get(a)! || direct(a) - direct(b) || Number(a.mod) - Number(b.mod) || rankNode(a, b));
  return { ranked, primary: ranked[0], id: eventId(cluster) };
}

/**
 * Builds the merged event of a cluster from its plan and the full events of its reports
 * (`events[i]` is the report of `cluster[i]`), with names made consistent by `canonical`.
 */
export function buildEvent(plan: EventPlan, cluster: readonly MergeNode[], events: readonly ArticleEvent[], canonical: (a: Actor) => Actor): TimelineEvent {
  const full = new Map(cluster.map((node, i) => [node, events[i]]));
  const { primary, ranked } = plan;
  const time: EventTime = full.get(primary)!.time;
  const alternatives: NonNullable<TimelineEvent['alternatives']> = [];
  const seenAlt = new Set<string>();
  for (const node of ranked) {
    if (nodesOverlap(node, primary) || node.source === 'publication') continue;
    const key = `${node.article}|${node.value}`;
    if (!seenAlt.has(key)) alternatives.push({ time: full.get(node)!.time, articleId: node.article });
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
  for (const node of cluster) if (node.place) placeCount.set(normalizeSpace(node.place), (placeCount.get(normalizeSpace(node.place)) ?? 0) + 1);
  const place = [...placeCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];

  const mentions = new Map<string, Mention>();
  for (const node of cluster) {
    const m = full.get(node)!.mention;
    const key = `${m.articleId}|${m.start}`;
    const existing = mentions.get(key);
    if (!existing || (!existing.timex && m.timex)) mentions.set(key, m);
  }
  const sortedMentions = [...mentions.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  const type = primary.type;
  // The title names the main participants: those in at least half as many reports as the most reported one.
  const frequent = [...actorCount.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const byFrequency = frequent.filter((e) => e.count * 2 >= frequent[0].count).map((e) => e.actor);
  // The title comes from a report of the event's own kind, told by the lexicon's word if any ("Apple doubled its
  // profits", not a sentence of the cluster about something else), then from the best-dated report.
  const fits = (n: MergeNode) => Number(n.type !== type) * 2 + Number(n.learned) + Number(!n.lexical);
  const titleNode = [...cluster].sort((a, b) => fits(a) - fits(b) || rankNode(a, b))[0];
  const title =
    (type === 'meeting' && cluster.length > 1 ? meetingTitle(byFrequency.filter((a) => a.kind !== 'country').length >= 2 ? byFrequency : actors, place) : undefined) ??
    full.get(titleNode)!.title;
  const articles = new Set(cluster.map((n) => n.article)).size;
  const confidence = Math.min(0.99, Math.round((cluster.reduce((m, n) => Math.max(m, n.confidence), 0) + 0.05 * (articles - 1)) * 100) / 100);
  const event: TimelineEvent = { id: plan.id, title: normalizeSpace(title), type, time, actors, mentions: sortedMentions, confidence };
  if (place) event.place = place;
  if (alternatives.length) event.alternatives = alternatives;
  return event;
}
