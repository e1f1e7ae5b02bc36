import type { Lane } from './lanes.js';
import type { LaneCapacity } from './layout-types.js';
import { plotHeight } from './geometry.js';
import { anyVisible, SLIM } from './in-window.js';
import { fillRoom, laneCapacity } from './room.js';
import type { TimeScale } from './time-scale.js';
import type { TimelineItem } from './types.js';

/**
 * How tall each lane of a TimelineView is, and when that is worked out again: sized from a first
 * window and the room the box gives (see size()), then fitted to each window shown, where lanes
 * with no event in view go slim (see window()). Heights change only with the data, the width, the
 * room, the first window or which lanes are empty: never on every zoom frame.
 */
export class LaneSizes {
  /** Rows each lane uses in the first window (the whole range unless one is given), up to a few rows. */
  natural: LaneCapacity[] = [];
  /** `natural` grown into `autoRoom`: the height an auto-height element gives its lanes. */
  needed: LaneCapacity[] = [];
  /** `natural` grown into the room the box gives (what is laid out). */
  capacity: LaneCapacity[] = [];
  /** `capacity` in the window last laid out: a lane with no event there is slim (see window()). */
  shown: LaneCapacity[] = [];
  /** The height (px) of the lanes' viewport when last sized: what slim lanes leave is given back up to it. */
  private room = 0;
  /** Which lanes window() found empty ('s') and which not ('.'), for the `shown` it made. */
  private slimFor = '';
  private sizedFor = '';
  private roomFor = '';

  /** The key of the current sizing: a new one means new lanes or a new width. */
  get key(): string {
    return this.sizedFor;
  }

  /**
   * Sizes `lanes` for a `width`, the `room` (px) the box gives them and the most an auto-height
   * element lets them grow to (`autoRoom`), from the rows their events need in the window of
   * `sizing` (the first one shown). Sized for the whole range while a narrower window is shown,
   * lanes kept rows and badge rows there that only the squeezed whole range needed: blank bands
   * under one row of marks. Sizing is done again only when `key` (lanes, width, autoRoom, first
   * window) or the room change, never while zooming: zoomed out past the first window, lanes
   * fold events into badges rather than grow.
   */
  size(items: TimelineItem[], lanes: Lane[], sizing: TimeScale, width: number, room: number, autoRoom: number, key: string, labelWidth: (i: number) => number): void {
    this.room = room;
    if (key !== this.sizedFor) {
      const n = lanes.length;
      const maxRows = n === 1 ? 8 : n < 4 ? 5 : n < 8 ? 3 : 2;
      this.natural = laneCapacity(items, lanes, sizing, width, maxRows, labelWidth);
      // Before anything folds, the lanes of an auto-height element grow up to about a screen.
      this.needed = fillRoom(items, lanes, sizing, width, this.natural, autoRoom, labelWidth, false);
      this.sizedFor = key;
    }
    if (`${key}|${room}` !== this.roomFor) {
      this.capacity = this.shown = fillRoom(items, lanes, sizing, width, this.natural, room, labelWidth);
      this.slimFor = '';
      this.roomFor = `${key}|${room}`;
    }
  }

  /**
   * Fits `lanes` to the window [d0, d1): a lane with no event in it shrinks to its name and
   * count, so empty lanes do not keep the height of their rows. Each lane's rows come back as
   * soon as one of its events is in view. The height they leave goes to the other lanes as
   * padding, up to the lanes' viewport: the lanes still reach the axis, with no blank band under
   * them, and the element keeps its height while zooming (the page under it does not move).
   */
  window(lanes: Lane[], d0: number, d1: number): void {
    const { capacity } = this;
    // Not sized for these lanes yet (size() comes first): nothing to fit.
    if (capacity.length !== lanes.length) return void (this.shown = capacity);
    let slim = '';
    for (let l = 0; l < lanes.length; l++) slim += anyVisible(lanes[l], d0, d1) ? '.' : 's';
    if (slim === this.slimFor && this.shown.length === capacity.length) return;
    this.slimFor = slim;
    if (!slim.includes('s')) return void (this.shown = capacity);
    const shown = capacity.map((c, l) => (slim[l] === 's' ? SLIM : c));
    const full = slim.split('').filter((f) => f === '.').length;
    const extra = Math.floor(Math.min(this.room, plotHeight(lanes, capacity)) - plotHeight(lanes, shown));
    if (full && extra > 0) {
      let n = 0;
      for (let l = 0; l < lanes.length; l++) {
        if (slim[l] === 's') continue;
        const add = Math.floor(extra / full) + (n++ < extra % full ? 1 : 0);
        shown[l] = { ...shown[l], pad: (shown[l].pad ?? 0) + add };
      }
    }
    this.shown = shown;
  }
}
