import { hash64 } from '../language/tokens.js';
import { SCHEMA_VERSION, parseIsoDate, type Actor, type Article, type Dataset, type TimelineEvent } from '../../schema/index.js';
import type { ArticleEvent, ArticleName, ArticleResult } from '../article-result.js';
import type { ArticleFailure } from '../types.js';
import { buildEvent, planEvent } from './build-event.js';
import { clusterNodes, type Clusters } from './cluster.js';
import { NodeTable, nodeInput } from './node-table.js';
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

/** What tells two results for one article id apart, and which of them is kept. */
const fingerprint = (article: Article, names: unknown, events: unknown[]) => hash64(JSON.stringify([article, names, events]));

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
  private readonly table = new NodeTable();
  /** Article number → what is kept of it; `first`/`count` are its nodes (those of a result that lost to a duplicate stay unused). */
  private readonly articles: Array<{ article: Article; first: number; count: number; names: number }> = [];
  private readonly articleNumber = new Map<string, number>();
  private readonly names = new NameBook();
  private readonly failures: ArticleFailure[] = [];
  /** The merged events once planned: the clusters, their ids, and the order they are written in. */
  private plans?: { clusters: Clusters; ids: string[]; order: Int32Array };

  constructor(private readonly store: EventStore = memoryStore()) {}

  /** Adds one article's result. Two different results for one article id: the one that sorts first is kept, whatever the order. */
  add(result: ArticleResult): void {
    if (this.plans) throw new Error('Merger: add() after events()');
    const id = result.article.id;
    const known = this.articleNumber.get(id);
    if (known !== undefined) {
      // (fingerprints are worked out only here: the kept one's from the store)
      const existing = this.articles[known];
      const kept = fingerprint(existing.article, this.store.get(existing.names), Array.from({ length: existing.count }, (_, i) => this.store.get(this.table.handle(existing.first + i))));
      const next = fingerprint(result.article, result.names, result.events);
      if (kept === next) return; // the same article twice: nothing new
      this.failures.push({ articleId: id, reason: 'duplicate article id: two different articles have this id, and only one is kept' });
      if (kept < next) return;
    }
    // a duplicate that wins takes over the number; the loser's nodes stay behind, unused
    const number = known ?? this.articles.length;
    this.articles[number] = { article: result.article, first: this.table.count, count: result.events.length, names: this.store.put(result.names) };
    this.articleNumber.set(id, number);
    const published = parseIsoDate(result.article.published)!;
    result.events.forEach((event, index) => this.table.add(nodeInput(event, { article: number, published, index, handle: this.store.put(event) }, result.names)));
  }

  /** Records an article that could not be read. */
  fail(failure: ArticleFailure): void {
    this.failures.push(failure);
  }

  private plan(): NonNullable<Merger['plans']> {
    if (this.plans) return this.plans;
    const t = this.table;
    // articles in id order: ties are settled by it, and the role kept for a name is the first article's
    const byId = this.articles.map((_, n) => n).sort((a, b) => (this.articles[a].article.id < this.articles[b].article.id ? -1 : 1));
    t.articleRank = new Int32Array(this.articles.length);
    byId.forEach((n, rank) => (t.articleRank[n] = rank));
    for (const n of byId) this.names.add(this.articles[n].article.id, this.store.get(this.articles[n].names) as ArticleName[]);
    // the nodes of the kept result of each article, in a canonical order: by article id, then position
    const order = new Int32Array(byId.reduce((sum, n) => sum + this.articles[n].count, 0));
    const kept = new Uint8Array(t.count);
    let p = 0;
    for (const n of byId) for (let i = 0; i < this.articles[n].count; i++) kept[(order[p++] = this.articles[n].first + i)] = 1;
    const keyIds = new Map<string, number>();
    const keyTexts: string[] = [];
    const unused: number[] = [];
    // each actor as written → the key of its canonical name (-1 for a country), worked out once
    const keyOfActor = new Map<number, number>();
    const canonicalKey = (id: number) => {
      let key = keyOfActor.get(id);
      if (key === undefined) {
        const actor = this.names.canonicalActor(t.actorOf(id));
        const k = actorKey(actor);
        key = actor.kind === 'country' ? -1 : (keyIds.get(k) ?? (keyIds.set(k, keyTexts.push(k) - 1), keyIds.size - 1));
        keyOfActor.set(id, key);
      }
      return key;
    };
    t.setNamed((i) => (kept[i] ? [...new Set(Array.from(t.actorIdsOf(i), canonicalKey))].filter((k) => k >= 0) : unused), keyTexts);
    const clusters = clusterNodes(t, order);
    // what ordering needs of each plan (its best report, its id), not its members: they are read again when built
    const primary = new Int32Array(clusters.count);
    const ids: string[] = [];
    for (let c = 0; c < clusters.count; c++) {
      const plan = planEvent(t, clusters.members(c), this.articleId);
      primary[c] = plan.primary;
      ids.push(plan.id);
    }
    // ids are unique: a repeated one (two happenings first reported by one word) takes -2, -3 … in a fixed order
    const byIdOrder = Array.from(ids.keys()).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
    let previous = '';
    let repeat = 1;
    for (const c of byIdOrder) {
      if (ids[c] === previous) ids[c] = `${previous}-${++repeat}`;
      else [previous, repeat] = [ids[c], 1];
    }
    const timeOrder = byIdOrder.sort((a, b) => t.start(primary[a]) - t.start(primary[b]) || t.end(primary[a]) - t.end(primary[b]) || (ids[a] < ids[b] ? -1 : 1));
    return (this.plans = { clusters, ids, order: Int32Array.from(timeOrder) });
  }

  private readonly articleId = (node: number): string => this.articles[this.table.article(node)].article.id;

  /** The articles read, sorted by id. */
  articleList(): Article[] {
    return this.articles.map((a) => a.article).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The merged events, in time order, built one at a time. */
  *events(): Generator<TimelineEvent> {
    const canonical = (a: Actor) => this.names.canonicalActor(a);
    const { clusters, ids, order } = this.plan();
    for (const c of order) {
      const plan = { ...planEvent(this.table, clusters.members(c), this.articleId), id: ids[c] };
      yield buildEvent(plan, this.table, plan.members.map((n) => this.store.get(this.table.handle(n)) as ArticleEvent), canonical);
    }
  }

  /** How many merged events there are. */
  get eventCount(): number {
    return this.plan().order.length;
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

