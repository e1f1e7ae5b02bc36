import { lowerBound, type Lane } from './lanes.js';
import type { LaneCapacity } from './layout-types.js';

/** Which events of a lane are in a window: counted, or only whether there is one. */

/** Whether any event of a lane intersects `[t0, t1)` (an instant at `t0` counts), as countVisible would find, stopping at the first. */
export function anyVisible(lane: Lane, t0: number, t1: number): boolean {
  const { starts, ends } = lane;
  if (lane.maxEnd < t0) return false;
  const inside = lowerBound(starts, t0);
  if (inside < starts.length && starts[inside] < t1) return true;
  if (inside < starts.length && starts[inside] === t0 && ends[inside] === t0) return true;
  for (let j = lowerBound(starts, t0 - lane.maxDuration); j < inside; j++) if (ends[j] > t0) return true;
  return false;
}

/** The rows of a lane with no event in the window: its name and count only ("Agreement · 0"). */
export const SLIM: LaneCapacity = { rows: 0, cluster: false };

/**
 * Events of a lane that intersect `[t0, t1)` (an instant at `t0` counts). Those starting inside
 * the window all do, so only the ones that start up to the lane's longest duration before it
 * are checked one by one.
 */
export function countVisible(lane: Lane, t0: number, t1: number): number {
  const { starts, ends } = lane;
  const inside = lowerBound(starts, t0);
  let count = Math.max(lowerBound(starts, t1) - inside, 0);
  for (let j = lowerBound(starts, t0 - lane.maxDuration); j < inside; j++) if (ends[j] > t0) count++;
  return count;
}
