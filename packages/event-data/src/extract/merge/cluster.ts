import { comparisonBlocks } from './comparison-blocks.js';
import { DAY, relation } from './merge-node.js';
import type { NodeTable } from './node-table.js';

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/** How far apart in time two reports of one happening may be: a weekday read as the wrong week's. */
const TOLERANCE = 7 * DAY;

/**
 * The dates a cluster's reports agree on: the latest start and the earliest end of its reports.
 * Reports of one happening pairwise overlap or nearly do, so the cluster as a whole must: this keeps
 * a chain of pairwise merges (a meeting on the 1st like one on the 5th, like one on the 9th …, or
 * March like 2016 like May) from growing into one event that spans months. Reports dated by their
 * own words and reports dated only by their publication or the article's main event are held apart:
 * a guessed date may disagree with the article's own ones, but guessed dates must agree with each
 * other, or news published day after day about the same people would chain into one event.
 */
class ClusterTimes {
  private readonly latestStart: Float64Array;
  private readonly earliestEnd: Float64Array;
  /** Row 2p is root p's own dates, row 2p + 1 its guessed ones. */
  constructor(t: NodeTable, order: Int32Array) {
    this.latestStart = new Float64Array(order.length * 2).fill(-Infinity);
    this.earliestEnd = new Float64Array(order.length * 2).fill(Infinity);
    order.forEach((node, p) => {
      const row = 2 * p + Number(t.source(node) === 'publication' || t.source(node) === 'main-event');
      this.latestStart[row] = t.start(node);
      this.earliestEnd[row] = t.end(node);
    });
  }
  private agreeRow(x: number, y: number): boolean {
    return Math.max(this.latestStart[x], this.latestStart[y]) - Math.min(this.earliestEnd[x], this.earliestEnd[y]) <= TOLERANCE;
  }
  /** Whether the clusters with roots x and y still agree once joined. */
  agree(x: number, y: number): boolean {
    return this.agreeRow(2 * x, 2 * y) && this.agreeRow(2 * x + 1, 2 * y + 1);
  }
  /** Joins the times of root `from` into root `into`. */
  join(from: number, into: number): void {
    for (const k of [0, 1]) {
      this.latestStart[2 * into + k] = Math.max(this.latestStart[2 * into + k], this.latestStart[2 * from + k]);
      this.earliestEnd[2 * into + k] = Math.min(this.earliestEnd[2 * into + k], this.earliestEnd[2 * from + k]);
    }
  }
}

/**
 * The things (products, services, works: named keys of kind 'other') each cluster's reports name. A
 * company does the same thing to two products on nearby days (it unveils a phone on Tuesday and a
 * tablet on Thursday): those are two happenings, however alike their words, dates and company. Two
 * clusters that both name things join only when they name one in common (or a brand and its model:
 * `NodeTable.sameThing`); a cluster that names none may join either. Checked on clusters, not on
 * pairs, so that a report that names no thing (a headline: "Acme unveils phone") cannot bridge two.
 */
class ClusterThings {
  private readonly things: Array<number[] | undefined>;
  constructor(private readonly t: NodeTable, order: Int32Array) {
    this.things = Array.from(order, (node) => {
      const own = Array.from(t.named(node)).filter((k) => t.thing(k));
      return own.length ? own : undefined;
    });
  }
  /** Whether the clusters with roots x and y may be one happening by what they name. */
  agree(x: number, y: number): boolean {
    const a = this.things[x];
    const b = this.things[y];
    return !a || !b || a.some((j) => b.some((k) => this.t.sameThing(j, k)));
  }
  /** Joins the things of root `from` into root `into`. */
  join(from: number, into: number): void {
    const a = this.things[from];
    const b = this.things[into];
    if (a) this.things[into] = b ? [...new Set([...b, ...a])] : a;
  }
}

/**
 * Groups reports of one happening. Only reports in one of the `comparisonBlocks` are compared, in
 * date order within a week, so the work grows with the size of those blocks, not with the square of
 * all events. `order` lists the nodes in a
 * canonical order (by article id, then position): the clusters then do not depend on how the
 * articles came. Two clusters join only while their dates still agree (`ClusterTimes`).
 * Returns clusters of nodes, each in `order`'s order, numbered by their first node.
 */
export function clusterNodes(t: NodeTable, order: Int32Array): Clusters {
  const n = order.length;
  const parent = new Int32Array(n).map((_, i) => i);
  const times = new ClusterTimes(t, order);
  const things = new ClusterThings(t, order);
  const start = (p: number) => t.start(order[p]);
  for (const members of comparisonBlocks(t, order)) {
    const sorted = members.sort((a, b) => start(a) - start(b) || a - b);
    for (let x = 0; x < sorted.length; x++) {
      const endX = t.end(order[sorted[x]]);
      for (let y = x + 1; y < sorted.length; y++) {
        if (start(sorted[y]) > endX + TOLERANCE) break;
        const rootX = find(parent, sorted[x]);
        const rootY = find(parent, sorted[y]);
        if (rootX === rootY || !times.agree(rootX, rootY) || !things.agree(rootX, rootY)) continue;
        if (relation(t, order[sorted[x]], order[sorted[y]]) === 'different') continue;
        times.join(rootX, rootY);
        things.join(rootX, rootY);
        parent[rootX] = rootY;
      }
    }
  }
  // clusters as one flat list (no array per cluster: a big batch has a million of them)
  const roots = Int32Array.from({ length: n }, (_, p) => find(parent, p));
  const size = new Int32Array(n);
  for (let p = 0; p < n; p++) size[roots[p]]++;
  // a cluster's number is its rank by first node; `first[root]` is where its nodes start in the flat list
  const first = new Int32Array(n).fill(-1);
  const from: number[] = [];
  let filled = 0;
  for (let p = 0; p < n; p++) {
    const root = roots[p];
    if (first[root] >= 0) continue;
    first[root] = filled;
    from.push(filled);
    filled += size[root];
  }
  from.push(filled);
  const nodes = new Int32Array(n);
  const next = first;
  for (let p = 0; p < n; p++) nodes[next[roots[p]]++] = order[p];
  return new Clusters(nodes, Int32Array.from(from));
}

/** Clusters of nodes, numbered 0 … count - 1, kept as one flat list. */
export class Clusters {
  constructor(
    private readonly nodes: Int32Array,
    private readonly from: Int32Array,
  ) {}
  get count(): number {
    return this.from.length - 1;
  }
  /** The nodes of cluster c, in the canonical order. */
  members(c: number): number[] {
    return Array.from(this.nodes.subarray(this.from[c], this.from[c + 1]));
  }
}
