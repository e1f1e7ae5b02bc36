import { TYPE_FAMILY } from '../triggers/lexicon.js';
import { DAY, relation } from './merge-node.js';
import type { NodeTable } from './node-table.js';

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/**
 * Groups reports of one happening. Only nodes of one type family that share an actor, an article,
 * or (when nobody is named) a day are compared, in date order within a week, so the work grows
 * with the size of those blocks, not with the square of all events. `order` lists the nodes in a
 * canonical order (by article id, then position): the clusters then do not depend on how the
 * articles came. Returns clusters of nodes, each in `order`'s order, ordered by their first node.
 */
export function clusterNodes(t: NodeTable, order: Int32Array): number[][] {
  const n = order.length;
  const parent = new Int32Array(n).map((_, i) => i);
  const blocks = new Map<string, number[]>();
  for (let p = 0; p < n; p++) {
    const node = order[p];
    const family = TYPE_FAMILY[t.type(node)];
    const keys: string[] = [];
    for (const key of t.named(node)) keys.push(`${family}|n${key}`);
    keys.push(`${family}|a${t.article(node)}`);
    // happenings nobody is named for meet the others of their type and day
    if (t.named(node).length === 0 && t.width(node) <= DAY) keys.push(`${family}|d${Math.floor(t.start(node) / DAY)}`);
    for (const block of keys) {
      const list = blocks.get(block);
      if (list) list.push(p);
      else blocks.set(block, [p]);
    }
  }
  const start = (p: number) => t.start(order[p]);
  for (const members of blocks.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => start(a) - start(b) || a - b);
    for (let x = 0; x < sorted.length; x++) {
      const endX = t.end(order[sorted[x]]);
      for (let y = x + 1; y < sorted.length; y++) {
        if (start(sorted[y]) > endX + 7 * DAY) break;
        if (find(parent, sorted[x]) === find(parent, sorted[y])) continue;
        if (relation(t, order[sorted[x]], order[sorted[y]]) !== 'different') parent[find(parent, sorted[x])] = find(parent, sorted[y]);
      }
    }
  }
  blocks.clear();
  const clusters = new Map<number, number[]>();
  for (let p = 0; p < n; p++) {
    const root = find(parent, p);
    const list = clusters.get(root);
    if (list) list.push(order[p]);
    else clusters.set(root, [order[p]]);
  }
  return [...clusters.values()];
}
