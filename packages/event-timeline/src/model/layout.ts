import type { Lane } from './lanes.js';
import type { TimelineItem } from './types.js';
import { CLUSTER_ROW, LANE_GAP, LANE_HEAD, laneHeight, ROW } from './geometry.js';
import { countVisible } from './in-window.js';
import type { LaneBox, LaneCapacity, Layout } from './layout-types.js';
import type { TimeScale } from './time-scale.js';
import { Placement } from './placement.js';

export type { Cluster, LaneBox, LaneCapacity, Layout, PlacedMark } from './layout-types.js';

/**
 * The rows a lane of `capacity` can draw marks in, with a badge row still under them: its own rows
 * and the ones its padding holds (a lane with no badge row keeps room for one out of the padding).
 */
export function roomRows(capacity: LaneCapacity): number {
  const spare = (capacity.pad ?? 0) - (capacity.cluster ? 0 : CLUSTER_ROW - 4);
  return capacity.rows + Math.max(0, Math.floor(spare / ROW));
}

/**
 * Places the items inside the window, lane by lane: greedy rows (an item takes the first row
 * where its mark and the previous label fit, else the first where its mark fits, which hides
 * the previous label), then the rows the lane's padding holds (see roomRows), and only then does
 * the overflow merge into count badges: a lane grows into its height at any zoom, not only in the
 * window it was sized for, while a lane that needs no more rows is laid out exactly as before.
 * The window, the runs of overflow and the badges' members are found by searching each lane's
 * sorted starts: cost grows with the marks and badges placed, not with the events they stand for.
 *
 * Lanes outside the vertical band `view` (px, e.g. the part of a scrolling plot on screen) get
 * their box and count but no marks: lane heights come from `capacity`, so placing the lanes on
 * screen alone draws the same picture for a fraction of the work.
 */
export function layout(
  items: TimelineItem[],
  lanes: Lane[],
  scale: TimeScale,
  width: number,
  capacity: LaneCapacity[],
  labelWidth: (i: number) => number,
  view: readonly [number, number] = [-Infinity, Infinity],
): Layout {
  const rows = Math.max(1, ...capacity.map(roomRows));
  const placement = new Placement(items, scale, width, rows, labelWidth);
  const boxes: LaneBox[] = [];
  let y = 0;
  let visible = 0;
  for (let l = 0; l < lanes.length; l++) {
    const lane = lanes[l];
    const height = laneHeight(lane, capacity[l]);
    const count =
      y + height <= view[0] || y >= view[1]
        ? countVisible(lane, placement.t0, placement.t1)
        : placement.lane(lane, l, y + (lane.label ? LANE_HEAD : 4), capacity[l].rows, roomRows(capacity[l]));
    boxes.push({ y, height, label: lane.label, key: lane.key, visible: count });
    visible += count;
    y += height + LANE_GAP;
  }
  return { marks: placement.marks, clusters: placement.clusters, lanes: boxes, height: Math.max(y - LANE_GAP, 0), visible };
}
