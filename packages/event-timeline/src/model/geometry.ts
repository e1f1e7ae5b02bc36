import { KIND_FUZZY, KIND_POINT, type Lane } from './lanes.js';
import type { Fade } from './types.js';
import type { LaneCapacity } from './layout-types.js';

/**
 * The plot's geometry in px: rows and lanes, the size of marks, how uncertain spans fade, and
 * how tall lanes are. Shared by the layout, the sizing of lanes and the renderers.
 */

/** Geometry of the plot, in px. */
export const ROW = 22;
export const LANE_HEAD = 20;
export const CLUSTER_ROW = 22;
export const LANE_GAP = 8;
/** Room (px) between marks in a row. */
export const GAP = 3;
/** Radius (px) of a point's mark. */
export const POINT_R = 6;

/**
 * A day event wider than this (px) on screen is drawn as a band over its whole day, not a dot at
 * noon: zoomed to hours (the axis then labels hours), a dot would suggest a time of day the data
 * does not have. Narrower, the day is a cell of the axis and its dot sits in it.
 */
export const DAY_BAND_MIN = 96;

/** The left edge (px) of an item's mark: points keep a fixed size, short spans a minimum width. */
export function markLeft(start: number, end: number, kind: number, d0: number, k: number): number {
  if (kind === KIND_POINT) return (end - start) * k > DAY_BAND_MIN ? (start - d0) * k : ((start + end) / 2 - d0) * k - POINT_R;
  const x0 = (start - d0) * k;
  const x1 = (end - d0) * k;
  const min = kind === KIND_FUZZY ? 14 : 6;
  return x1 - x0 < min ? (x0 + x1) / 2 - min / 2 : x0;
}

/** Uncertain spans narrower than this (px) are outlined rather than faded at their edges (see render/plot.ts). */
export const FUZZY_SOFT_MIN = 40;
/**
 * The extent (px) a span from `x0` to `x1` is drawn over: cut a little beyond the plot's edges,
 * so that its soft edges and its label are placed on what is seen.
 */
export function drawnExtent(x0: number, x1: number, width: number): [number, number] {
  const a = Math.max(x0, -8);
  return [a, Math.max(Math.min(x1, width + 8), a + 1)];
}

/** Where an uncertain span fades in and out, as fractions of its width. */
const FADE_IN = 0.32;
const FADE_OUT = 0.68;

/**
 * The part (px from the left of a span `width` px wide) of an uncertain span that is drawn in
 * full: between its faded edges. Its labels start there, and a solid line marks it, so the span
 * is seen at any zoom.
 */
export function fuzzyCore(fade: Fade, width: number): [number, number] {
  return [fade === 'end' ? 0 : FADE_IN * width, fade === 'start' ? width : FADE_OUT * width];
}

/** A lane's height in px: its name, its rows, and a badge row when it clusters. */
export const laneHeight = (lane: Lane, capacity: LaneCapacity): number =>
  (lane.label ? LANE_HEAD : 4) + capacity.rows * ROW + (capacity.cluster ? CLUSTER_ROW : 4) + (capacity.pad ?? 0);

/** The plot's height in px, as layout() will make it, without laying anything out. */
export function plotHeight(lanes: Lane[], capacity: LaneCapacity[]): number {
  return Math.max(laneTop(lanes, capacity, lanes.length) - LANE_GAP, 0);
}

/** The top (px) of lane `l` in the plot: the lanes above it and their gaps. */
export function laneTop(lanes: Lane[], capacity: LaneCapacity[], l: number): number {
  let y = 0;
  for (let j = 0; j < l; j++) y += laneHeight(lanes[j], capacity[j]) + LANE_GAP;
  return y;
}
