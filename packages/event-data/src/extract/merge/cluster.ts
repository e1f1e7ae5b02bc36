import { TYPE_FAMILY } from '../triggers/lexicon.js';
import { DAY, nodeWidth, relation, type MergeNode } from './merge-node.js';

function find(parent: Int32Array, i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/**
 * Groups reports of one happening. Only nodes of one type family that share an actor, an article,
 * or (when nobody is named) a day are compared, in date order within a week, so the work grows
 * with the size of those blocks, not with the square of all events. `nodes` must be in a canonical
 * order (by article id, then position): the clusters then do not depend on how the articles came.
 * Returns clusters of node indices, each in ascending order, ordered by their first index.
 */
export function clusterNodes(nodes: readonly MergeNode[]): number[][] {
  const parent = new Int32Array(nodes.length).map((_, i) => i);
  const blocks = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const family = TYPE_FAMILY[node.type];
    // happenings nobody is named for meet the others of their type and day
    const unnamed = node.named.size === 0 && nodeWidth(node) <= DAY ? [`day:${Math.floor(node.start / DAY)}`] : [];
    for (const key of [...node.named, `article:${node.article}`, ...unnamed]) {
      const block = `${family}|${key}`;
      const list = blocks.get(block);
      if (list) list.push(i);
      else blocks.set(block, [i]);
    }
  });
  for (const members of blocks.values()) {
    const sorted = members.length > 1 ? [...members].sort((a, b) => nodes[a].start - nodes[b].start || a - b) : members;
    for (let x = 0; x < sorted.length; x++) {
      const endX = nodes[sorted[x]].end;
      for (let y = x + 1; y < sorted.length; y++) {
        if (nodes[sorted[y]].start > endX + 7 * DAY) break;
        if (find(parent, sorted[x]) === find(parent, sorted[y])) continue;
        if (relation(nodes[sorted[x]], nodes[sorted[y]]) !== 'different') parent[find(parent, sorted[x])] = find(parent, sorted[y]);
      }
    }
  }
  const clusters = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const root = find(parent, i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  });
  return [...clusters.values()];
}
