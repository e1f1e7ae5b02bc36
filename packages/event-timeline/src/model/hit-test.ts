import { ROW } from './geometry.js';
import type { Cluster, Layout, PlacedMark } from './layout-types.js';
import { badgeWidth } from './badge-width.js';

const BADGE_H = 18;

export { badgeWidth };

/** What is under a point of the plot: a mark, a cluster badge, or nothing. Marks win over their label. */
export function hitTest(layout: Layout, x: number, y: number): { mark?: PlacedMark; cluster?: Cluster } {
  let best: PlacedMark | undefined;
  let bestDistance = Infinity;
  for (const m of layout.marks) {
    if (y < m.y || y >= m.y + ROW) continue;
    // A little slack so a 12 px point is easy to hit with a finger.
    const d = x < m.x0 ? m.x0 - x : x > m.x1 ? x - m.x1 : 0;
    if (d < bestDistance && d <= 4) [best, bestDistance] = [m, d];
  }
  if (best) return { mark: best };
  for (const c of layout.clusters) {
    const w = badgeWidth(c.count);
    if (Math.abs(x - c.x) <= w / 2 + 2 && y >= c.y && y <= c.y + BADGE_H + 2) return { cluster: c };
  }
  return {};
}
