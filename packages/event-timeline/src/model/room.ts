import type { Lane } from './lanes.js';
import type { TimelineItem } from './types.js';
import type { TimeScale } from './time-scale.js';
import { layout } from './layout.js';
import type { LaneCapacity } from './layout-types.js';
import { GAP, plotHeight, ROW } from './geometry.js';

/** How tall each lane is: the rows it needs in the window it is sized for (laneCapacity), then grown into the room the box gives (fillRoom). */

/** Rounds of "give the folding lanes more rows, lay them out again": each ends when nothing folds or the room is used. */
const GROW_ROUNDS = 3;

/**
 * Lane sizes that fill `room` px: a box taller than the lanes need gives the lanes that fold
 * events into count badges more rows first (rows grow before anything folds), and what is left
 * is shared out as padding (unless `pad` is false), so the lanes reach the axis and no blank band sits under them. When
 * the lanes need more than `room` they keep `capacity` and scroll.
 *
 * The lanes that fold are laid out again in the sizing window (`scale`) with their new rows, to
 * see whether they still fold and how many rows they now use; a lane with more events than its
 * rows can hold side by side certainly still folds and is not laid out.
 */
export function fillRoom(
  items: TimelineItem[],
  lanes: Lane[],
  scale: TimeScale,
  width: number,
  capacity: LaneCapacity[],
  room: number,
  labelWidth: (i: number) => number,
  pad = true,
): LaneCapacity[] {
  let sized = capacity;
  let extra = Math.floor(room - plotHeight(lanes, sized));
  if (!lanes.length || extra <= 0) return capacity;
  const perRow = (width + 40) / 9 + 1;
  for (let round = 0; round < GROW_ROUNDS && extra >= ROW; round++) {
    const folding = lanes.flatMap((_, l) => (sized[l].cluster ? [l] : []));
    if (!folding.length) break;
    // The spare rows go to the folding lanes in turn, the first ones taking any remainder.
    const spare = Math.floor(extra / ROW);
    const next = sized.slice();
    folding.forEach((l, n) => {
      const add = Math.floor(spare / folding.length) + (n < spare % folding.length ? 1 : 0);
      next[l] = { rows: sized[l].rows + add, cluster: true };
    });
    const sparse = folding.filter((l) => next[l].rows !== sized[l].rows && lanes[l].members.length <= next[l].rows * perRow);
    if (sparse.length) {
      const fit = layout(items, sparse.map((l) => lanes[l]), scale, width, sparse.map((l) => next[l]), labelWidth);
      const used = sparse.map(() => ({ rows: 1, cluster: false }));
      for (const m of fit.marks) used[m.lane].rows = Math.max(used[m.lane].rows, m.row + 1);
      for (const c of fit.clusters) used[c.lane].cluster = true;
      sparse.forEach((l, n) => (next[l] = used[n].cluster ? next[l] : used[n]));
    }
    sized = keepBadgeRows(items, lanes, scale, width, next, sparse, labelWidth);
    extra = Math.floor(room - plotHeight(lanes, sized));
  }
  if (extra <= 0 || !pad) return sized;
  // What no row needs pads the lanes evenly, the first ones taking the remainder.
  const n = lanes.length;
  return sized.map((c, l) => ({ ...c, pad: Math.floor(extra / n) + (l < extra % n ? 1 : 0) }));
}

/**
 * Sizes each lane from the layout of a window (`scale`, the first one shown): as many rows as
 * it needs there (up to `maxRows`), and a badge row only if it clusters. Computed once per data,
 * width and first window, so lanes keep their height while zooming. A lane with more events than its rows can hold side by side
 * (a mark is at least 6 px wide, 3 px apart) certainly fills them and clusters: only the other
 * lanes are laid out.
 */
export function laneCapacity(items: TimelineItem[], lanes: Lane[], scale: TimeScale, width: number, maxRows: number, labelWidth: (i: number) => number): LaneCapacity[] {
  const perRow = (width + 40) / (6 + GAP) + 1;
  const used = lanes.map((lane) => (lane.members.length > maxRows * perRow ? { rows: maxRows, cluster: true } : { rows: 1, cluster: false }));
  const sparse = lanes.flatMap((_, l) => (used[l].cluster ? [] : [l]));
  if (!sparse.length) return used;
  const fit = layout(items, sparse.map((l) => lanes[l]), scale, width, sparse.map(() => ({ rows: maxRows, cluster: true })), labelWidth);
  for (const m of fit.marks) used[sparse[m.lane]].rows = Math.max(used[sparse[m.lane]].rows, m.row + 1);
  for (const c of fit.clusters) used[sparse[c.lane]].cluster = true;
  return keepBadgeRows(items, lanes, scale, width, used, sparse, labelWidth);
}

/**
 * The capacities with a badge row for each of `which` lanes that folds anything with the rows it
 * was given. Rows are counted from a layout with more of them, and with fewer a mixed lane gives its
 * spans fewer (the upper half): a span that had a row may have none among the rows kept, and a lane
 * with no badge row drew it under itself, over the axis. Returns `capacity`, changed in place.
 */
function keepBadgeRows(items: TimelineItem[], lanes: Lane[], scale: TimeScale, width: number, capacity: LaneCapacity[], which: number[], labelWidth: (i: number) => number): LaneCapacity[] {
  const kept = which.filter((l) => !capacity[l].cluster);
  if (!kept.length) return capacity;
  const again = layout(items, kept.map((l) => lanes[l]), scale, width, kept.map((l) => capacity[l]), labelWidth);
  const folds = new Set<number>();
  for (const c of again.clusters) folds.add(kept[c.lane]);
  for (const m of again.marks) if (m.row >= capacity[kept[m.lane]].rows) folds.add(kept[m.lane]);
  for (const l of folds) capacity[l] = { ...capacity[l], cluster: true };
  return capacity;
}
