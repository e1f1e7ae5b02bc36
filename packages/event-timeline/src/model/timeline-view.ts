import { badgeMembers } from './badges.js';
import { hitTest } from './hit-test.js';
import { buildLanes, lowerBound, type GroupBy, type Lane } from './lanes.js';
import { layout, type Cluster, type Layout, type PlacedMark } from './layout.js';
import { laneHeight, laneTop, plotHeight } from './geometry.js';
import { normaliseInput } from './normalise.js';
import { filterInput, matches, NO_FILTER, searchWords, type Filter } from './filter.js';
import { LaneSizes } from './lane-sizes.js';
import { Colouring } from './colours.js';
import { TimeScale } from './time-scale.js';
import type { NormalisedInput, TimelineItem } from './types.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The narrowest window (ms) the timeline zooms to: an hour across the width (see maxScale). */
export const MIN_WINDOW = HOUR;

/**
 * The view model of the timeline, without a DOM: the events, their lanes, how tall each lane is
 * in the room it has, what is placed where in a window (marks, count badges, lane boxes), and
 * what lies under a point. The element feeds it data, a width, the room and the window, and
 * draws what it answers; everything here runs (and is tested) in Node.
 *
 * @example
 * const view = new TimelineView();
 * view.adopt(normaliseInput(events), 'type');
 * view.size(800, 400, 600);
 * const frame = view.layout(view.base, [0, 400]);
 */
export class TimelineView {
  /** Every event given. */
  all: NormalisedInput = normaliseInput([]);
  /** The events shown: `all`, or those the filter keeps. */
  data: NormalisedInput = this.all;
  /** The lanes of every event: what the lane toggles offer, hidden or not. */
  allLanes: Lane[] = [];
  /** The lanes of the events shown. */
  lanes: Lane[] = [];
  filter: Filter = NO_FILTER;
  /** The lane of each item. */
  laneOf: Int32Array = new Int32Array(0);
  /** The colour of each shown item and lane (see Colouring). */
  colours = new Colouring([], [], [], new Uint32Array(0), new Int32Array(0), []);
  /** Longest duration of an event: how far before a window an event in it can start. */
  maxDuration = 0;
  /** Counts the sets of lanes (each data or grouping change makes new ones): new lanes are sized and rehearsed again. */
  generation = 0;
  /** The whole range across the width. */
  base = new TimeScale(0, 1, 0, 1);
  width = 1;
  /** The layout last made for the screen. */
  frame?: Layout;
  /** How tall each lane is, in the room it has and the window shown. */
  private readonly sizes = new LaneSizes();
  private maxEnd = -Infinity;
  private labelWidths = new Float32Array(0);

  get items(): TimelineItem[] {
    return this.data.items;
  }

  /** Starts of the items, in time order. */
  get starts(): Float64Array {
    return this.data.columns.start;
  }

  /** Takes new data and puts it in lanes by `groupBy`. */
  adopt(data: NormalisedInput, groupBy: GroupBy): void {
    this.all = data;
    this.frame = undefined;
    this.group(groupBy);
    // Every item is in a lane: the lanes' extremes are the data's, without another walk over all of it.
    this.maxEnd = Math.max(...this.allLanes.map((lane) => lane.maxEnd));
  }

  /** Puts the items in lanes by `groupBy`, and keeps those the filter lets through. */
  group(groupBy: GroupBy): void {
    const all = this.all;
    const grouped = buildLanes(all.items, all.columns, groupBy, all.articles);
    this.allLanes = grouped.lanes;
    const words = searchWords(this.filter.search);
    const { hidden } = this.filter;
    if (!words.length && !this.allLanes.some((lane) => hidden.has(lane.key))) {
      this.data = all;
      [this.lanes, this.laneOf] = [grouped.lanes, grouped.laneOf];
    } else {
      this.data = filterInput(all, (item, i) => !hidden.has(this.allLanes[grouped.laneOf[i]].key) && matches(item, words));
      ({ lanes: this.lanes, laneOf: this.laneOf } = buildLanes(this.data.items, this.data.columns, groupBy, this.data.articles));
    }
    const { columns } = this.data;
    this.colours = new Colouring(all.columns.types, this.allLanes.map((lane) => lane.key), columns.types, columns.type, this.laneOf, this.lanes.map((lane) => lane.key));
    // Data with no types: one lane by type, which a name ("Other") would only mislabel.
    if (this.colours.untyped && groupBy !== 'actor' && groupBy !== 'source') for (const lane of [...this.allLanes, ...this.lanes]) lane.label = '';
    this.generation++;
    this.labelWidths = new Float32Array(this.data.items.length).fill(NaN);
    this.maxDuration = Math.max(0, ...this.lanes.map((lane) => lane.maxDuration));
    this.frame = undefined;
  }

  /** Narrows the events shown to what `filter` keeps (lanes by `groupBy`). */
  setFilter(filter: Filter, groupBy: GroupBy): void {
    this.filter = filter;
    this.group(groupBy);
  }

  /** The padded extent of all events: the whole zoomable range. */
  extent(): [number, number] {
    // Of every event, filtered or not: the zoomable range does not jump as the filter changes.
    const items = this.all.items;
    if (!items.length) return [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
    const lo = items[0].start;
    const pad = Math.max((this.maxEnd - lo) * 0.04, 2 * DAY);
    return [lo - pad, this.maxEnd + pad];
  }

  /**
   * The window to start at when no `start`/`end` is given: the whole range, unless a few events
   * lie far from the rest. Up to 15% of the events are left out, at the ends: those before (or
   * after) the widest gap there, if that gap is more than a quarter of the span that remains;
   * the overview still shows them, and fit() or the overview reach them. Undefined: the whole range.
   */
  homeWindow(): [number, number] | undefined {
    const { starts } = this;
    const n = starts.length;
    const budget = Math.floor(n * 0.15);
    if (budget < 1) return undefined;
    // Before the first kept event: the widest gap among the first `budget`, if it is wide enough.
    let lo = 0;
    for (let k = 1, widest = 0; k <= budget; k++) {
      const gap = starts[k] - starts[k - 1];
      if (gap > widest && gap > (starts[n - 1] - starts[k]) / 4) [lo, widest] = [k, gap];
    }
    let hi = n - 1;
    for (let k = 1, widest = 0; k <= budget - lo; k++) {
      const gap = starts[n - k] - starts[n - k - 1];
      if (gap > widest && gap > (starts[n - k - 1] - starts[lo]) / 4) [hi, widest] = [n - k - 1, gap];
    }
    if (lo === 0 && hi === n - 1) return undefined;
    let end = starts[hi];
    for (let i = lo; i <= hi; i++) end = Math.max(end, this.data.columns.end[i]);
    const pad = Math.max((end - starts[lo]) * 0.06, 2 * DAY);
    return [starts[lo] - pad, end + pad];
  }

  /** Most zoom: an hour across the width. */
  get maxScale(): number {
    const [lo, hi] = this.extent();
    return (hi - lo) / MIN_WINDOW;
  }

  /** An estimate of a label's width (px), not measureText: layout asks for thousands per frame at 100,000 events. */
  readonly labelWidth = (i: number): number => {
    let w = this.labelWidths[i];
    if (Number.isNaN(w)) {
      const item = this.data.items[i];
      w = this.labelWidths[i] = Math.min(item.title.length, 120) * 6.4 + (item.sources > 1 ? 26 : 0);
    }
    return w;
  };

  /**
   * Sizes the lanes for a `width`, the `room` (px) the box gives them and the most an
   * auto-height element lets them grow to (`autoRoom`), from the rows their events need in the
   * `first` window shown (epoch ms; the whole range when undefined). See LaneSizes.size().
   */
  size(width: number, room: number, autoRoom: number, first?: readonly [number, number]): void {
    this.width = width;
    const [lo, hi] = this.extent();
    this.base = new TimeScale(lo, hi, 0, width);
    const sizing = first ? new TimeScale(first[0], first[1], 0, width) : this.base;
    const key = `${this.generation}|${width}|${autoRoom}|${first?.join('-') ?? ''}`;
    this.sizes.size(this.items, this.lanes, sizing, width, room, autoRoom, key, this.labelWidth);
  }

  /** The key of the current sizing: a new one means new lanes or a new width. */
  get sizeKey(): string {
    return this.sizes.key;
  }

  /**
   * Fits the lanes to the window of `scale`: lanes with no event in it go slim and give their
   * height to the others (see LaneSizes.window()). Call before plotHeight() and laneBox(); layout() calls it.
   */
  window(scale: TimeScale): void {
    this.sizes.window(this.lanes, scale.d0, scale.d1);
  }

  /** Height (px) of all lanes as laid out in the window last given to window(). */
  plotHeight(): number {
    return plotHeight(this.lanes, this.sizes.shown);
  }

  /** Height (px) of the lanes with the rows they use at the whole range, before any room is filled. */
  naturalHeight(): number {
    return plotHeight(this.lanes, this.sizes.natural);
  }

  /** Height (px) the lanes take in an auto-height element. */
  neededHeight(): number {
    return plotHeight(this.lanes, this.sizes.needed);
  }

  /** Top and height (px) of lane `l`. */
  laneBox(l: number): [number, number] {
    const { shown } = this.sizes;
    return [laneTop(this.lanes, shown, l), laneHeight(this.lanes[l], shown[l])];
  }

  /** Places the window of `scale`: marks and badges in the lanes within `band` (px from the top), counts in all. */
  layout(scale: TimeScale, band: readonly [number, number]): Layout {
    this.window(scale);
    return (this.frame = layout(this.items, this.lanes, scale, this.width, this.sizes.shown, this.labelWidth, band));
  }

  /**
   * Lays out narrower windows around the centre of `scale`, as zooming in would, and throws them
   * away: run when idle, so that the first gesture finds the layout code compiled (see
   * RehearsalController). Changes nothing.
   */
  rehearse(scale: TimeScale, band: readonly [number, number]): void {
    const { capacity } = this.sizes;
    if (!this.frame || capacity.length !== this.lanes.length) return;
    for (const k of [2, 4, 16, 64]) layout(this.items, this.lanes, scale.zoomed(k, (-this.width * (k - 1)) / 2), this.width, capacity, this.labelWidth, band);
  }

  /** The mark of item `i` in the frame, if it is drawn. */
  markOf(i: number): PlacedMark | undefined {
    return i < 0 ? undefined : this.frame?.marks.find((m) => m.i === i);
  }

  /** The badge that holds item `i` in the frame, if it is folded into one. */
  badgeOf(i: number): Cluster | undefined {
    const item = this.items[i];
    if (!item || !this.frame || this.markOf(i)) return undefined;
    return this.frame.clusters.find((c) => c.lane === this.laneOf[i] && c.start <= item.start && item.start <= c.lastStart);
  }

  /** The items (in time order) a badge holds, the first `limit` of them. */
  membersOf(badge: Cluster, limit?: number): number[] {
    return badgeMembers(badge, this.lanes[badge.lane], limit);
  }

  /** What is at (x, y) px of the plot in the frame: a mark, a badge, or nothing. */
  hitTest(x: number, y: number): { mark?: PlacedMark; cluster?: Cluster } {
    return this.frame ? hitTest(this.frame, x, y) : {};
  }

  /** The item nearest to the window [t0, t1) that is not in it (by its middle), or -1 when there is none. */
  nearestOutside(t0: number, t1: number): number {
    const { starts, items } = this;
    const mid = (t0 + t1) / 2;
    const after = lowerBound(starts, t1);
    let best = -1;
    let distance = Infinity;
    // The last one starting before the window and the first one after it; one that overlaps the window is in view, not a candidate.
    for (const i of [lowerBound(starts, t0) - 1, after]) {
      const item = items[i];
      if (!item || (item.start < t1 && item.end > t0)) continue;
      const d = Math.abs((item.start + item.end) / 2 - mid);
      if (d < distance) [best, distance] = [i, d];
    }
    return best;
  }

  /** The first item, in time order, that can be in a window starting at `t`. */
  firstFrom(t: number): number {
    return lowerBound(this.starts, t - this.maxDuration);
  }
}
