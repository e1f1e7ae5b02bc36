import { hash64 } from '../language/tokens.js';
import { SCHEMA_VERSION, parseIsoDate, type Article, type Dataset, type TimelineEvent } from '../../schema/index.js';
import type { ArticleEvent, ArticleName, ArticleResult } from '../article-result.js';
import type { ArticleFailure } from '../types.js';
import { buildEvent, planEvent, type EventPlan } from './build-event.js';
import { clusterNodes } from './cluster.js';
import { type MergeNode } from './merge-node.js';
import { NameBook, actorKey } from './names.js';

/**
 * Where the merge keeps what it does not need for deciding (the full events and the names of each
 * article) until the merged events are built: memory, or a file for batches larger than memory.
 */
export interface EventStore {
  put(value: ArticleEvent | ArticleName[]): number;
  get(handle: number): unknown;
}

/** Keeps them in memory. */
export function memoryStore(): EventStore {
  const values: unknown[] = [];
  return { put: (v) => values.push(v) - 1, get: (h) => values[h] };
}

/** The output of the merge: the dataset and the articles that could not be read. */
export interface MergeResult {
  dataset: Dataset;
  failures: ArticleFailure[];
}

const byId = (a: { articleId: string }, b: { articleId: string }) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0);

/**
 * Stage 08: merges per-article results into one dataset. Reports of one happening (same type
 * family, overlapping dates at any precision, and the same people or organisations, the same place
 * or the same word for it) become one event with every mention; reports that give another date stay
 * as `alternatives`; names are made consistent across articles.
 *
 * Results can be added in any order, from any number of shards: the output is the same. Only the
 * merge keys of each event are held (see `MergeNode`); the full events wait in the `EventStore`, and
 * `events()` yields the merged events one by one in time order, so a caller can write them as they come.
 */
export class Merger {
  private readonly nodes: MergeNode[] = [];
  private readonly articles = new Map<string, { article: Article; fingerprint: string; first: number; count: number; names: number }>();
  private names = new NameBook();
  private readonly failures: ArticleFailure[] = [];
  private plans?: Array<{ plan: EventPlan; members: MergeNode[] }>;

  constructor(private readonly store: EventStore = memoryStore()) {}

  /** Adds one article's result. Two different results for one article id: the one that sorts first is kept, whatever the order. */
  add(result: ArticleResult): void {
    if (this.plans) throw new Error('Merger: add() after events()');
    const id = result.article.id;
    const fingerprint = hash64(JSON.stringify(result));
    const existing = this.articles.get(id);
    if (existing) {
      if (existing.fingerprint === fingerprint) return; // the same article twice: nothing new
      this.failures.push({ articleId: id, reason: 'duplicate article id: two different articles have this id, and only one is kept' });
      if (existing.fingerprint < fingerprint) return;
      // this one is kept: the other's nodes stay behind but are left out when planning
    }
    this.articles.set(id, { article: result.article, fingerprint, first: this.nodes.length, count: result.events.length, names: this.store.put(result.names) });
    const published = parseIsoDate(result.article.published)!;
    result.events.forEach((event, index) => {
      this.nodes.push({
        article: id,
        published,
        index,
        handle: this.store.put(event),
        type: event.type,
        lemma: event.lemma,
        lexical: event.lexical,
        learned: !!event.learned,
        start: parseIsoDate(event.time.start)!,
        end: parseIsoDate(event.time.end)!,
        value: event.time.value,
        mod: !!event.time.mod,
        source: event.source,
        confidence: event.confidence,
        main: event.main,
        place: event.place,
        triggerStart: event.mention.trigger?.start ?? event.mention.start,
        named: new Set(),
      });
    });
  }

  /** Records an article that could not be read. */
  fail(failure: ArticleFailure): void {
    this.failures.push(failure);
  }

  private plan(): Array<{ plan: EventPlan; members: MergeNode[] }> {
    if (this.plans) return this.plans;
    // the nodes of the kept result of each article, in a canonical order: by article id, then position
    const kept = this.nodes.filter((n, i) => {
      const entry = this.articles.get(n.article)!;
      return i >= entry.first && i < entry.first + entry.count;
    });
    kept.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.index - b.index));
    this.nodes.length = 0;
    // names in article id order, so the role kept for a name is the first article's
    for (const id of [...this.articles.keys()].sort()) this.names.add(id, this.store.get(this.articles.get(id)!.names) as ArticleName[]);
    for (const node of kept) {
      const event = this.store.get(node.handle) as ArticleEvent;
      node.named = new Set(event.actors.map((a) => this.names.canonicalActor(a)).filter((a) => a.kind !== 'country').map(actorKey));
    }
    const plans = clusterNodes(kept).map((indices) => {
      const members = indices.map((i) => kept[i]);
      return { plan: planEvent(members), members };
    });
    // ids are unique: a repeated one (two happenings first reported by one word) takes -2, -3 … in a fixed order
    plans.sort((a, b) => (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0));
    let previous = '';
    let repeat = 1;
    for (const { plan } of plans) {
      if (plan.id === previous) plan.id = `${previous}-${++repeat}`;
      else [previous, repeat] = [plan.id, 1];
    }
    plans.sort((a, b) => a.plan.primary.start - b.plan.primary.start || a.plan.primary.end - b.plan.primary.end || (a.plan.id < b.plan.id ? -1 : 1));
    return (this.plans = plans);
  }

  /** The articles read, sorted by id. */
  articleList(): Article[] {
    return [...this.articles.values()].map((a) => a.article).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The merged events, in time order, built one at a time. */
  *events(): Generator<TimelineEvent> {
    const canonical = (a: Parameters<NameBook['canonicalActor']>[0]) => this.names.canonicalActor(a);
    for (const { plan, members } of this.plan()) yield buildEvent(plan, members, members.map((n) => this.store.get(n.handle) as ArticleEvent), canonical);
  }

  /** How many merged events there are. */
  get eventCount(): number {
    return this.plan().length;
  }

  /** The failures, sorted by article id. */
  failureList(): ArticleFailure[] {
    return [...this.failures].sort(byId);
  }
}

/** Merges per-article results into a dataset (see `Merger`). */
export function mergeArticles(results: Iterable<ArticleResult>, failures: readonly ArticleFailure[] = []): MergeResult {
  const merger = new Merger();
  for (const result of results) merger.add(result);
  for (const failure of failures) merger.fail(failure);
  return { dataset: { schemaVersion: SCHEMA_VERSION, articles: merger.articleList(), events: [...merger.events()] }, failures: merger.failureList() };
}

