import { KIND_FUZZY, KIND_POINT, lowerBound, type Lane } from './lanes.js';
import type { TimelineItem } from './types.js';
import { DAY_BAND_MIN, drawnExtent, fuzzyCore, FUZZY_SOFT_MIN, GAP, markLeft, POINT_R, ROW } from './geometry.js';
import type { Cluster, PlacedMark } from './layout-types.js';
import type { TimeScale } from './time-scale.js';
import { Badge, placeBadges } from './badges.js';
import { badgeWidth } from './badge-width.js';
import { gallop } from './gallop.js';

/** Room (px) the first row of a lane keeps for a label: a longer one is cut to it with an ellipsis. */
const LABEL_RESERVE = 150;
/** How many of the events that follow one are compared with it for the first row's label (see Placement.lane). */
const LABEL_LOOKAHEAD = 32;
/** Overflowing marks closer than this (px) share one count badge. */
const CLUSTER_SPAN = 36;

const DAY = 86_400_000;

// Marks and badges are made by constructors rather than object literals: every frame makes
// thousands, and a literal's fields can change representation (whole number, fraction, Infinity)
// from one object to the next, which sent layout() back to the interpreter on every frame.
class Mark implements PlacedMark {
  anchor: 'start' | 'end' = 'start';
  constructor(
    public i: number,
    public x0: number,
    public x1: number,
    public y: number,
    public lane: number,
    public labelX: number,
    public labelRoom: number,
    public leftRoom: number,
    public inside: boolean,
    public row: number,
  ) {}
}

/**
 * An empty array whose elements kind is already "objects". A `[]` starts as an array of small
 * integers, and its first push of an object changes its kind: in the first frames of a zoom that
 * sent the optimised lane() back to the interpreter at its first mark and its first badge.
 */
function objectArray<T>(): T[] {
  const array: (T | null)[] = [null];
  array.pop();
  return array as T[];
}

/**
 * The marks and badges of one layout, placed a lane at a time. The loop over a lane's items is
 * a method of its own, not a loop inside layout(): V8 optimises a function called once per lane
 * as a whole, whereas a hot loop inside one long call is compiled on its own (OSR) and leaves
 * that code at the end of every lane, back to the interpreter, for the first frames of a zoom.
 */
export class Placement {
  readonly marks = objectArray<PlacedMark>();
  readonly clusters = objectArray<Cluster>();
  readonly t0: number;
  readonly t1: number;
  /** px per ms. */
  private readonly k: number;
  /** The time at x = 0. */
  private readonly d0: number;
  private readonly markEnd: Float64Array;
  private readonly labelEnd: Float64Array;
  /** The last mark of each row. Filled with null and kept packed: a holey array filled with
   * undefined changed its elements kind between calls, which sent layout() back to the interpreter. */
  private readonly last: (Mark | null)[] = [];

  constructor(
    private readonly items: TimelineItem[],
    scale: TimeScale,
    private readonly width: number,
    rows: number,
    private readonly labelWidth: (i: number) => number,
  ) {
    this.t0 = scale.d0;
    this.t1 = scale.d1;
    this.k = (scale.r1 - scale.r0) / (this.t1 - this.t0 || 1);
    this.d0 = this.t0 - scale.r0 / this.k;
    this.markEnd = new Float64Array(rows);
    this.labelEnd = new Float64Array(rows);
    for (let r = 0; r < rows; r++) this.last.push(null);
  }

  /**
   * Places lane `l` (its rows start at `top`) and returns how many of its items are in the window.
   * Marks take the lane's `laneRows` as before; what fits none of them takes one of the rows up to
   * `roomRows` (the lane's padding) before it folds into a badge.
   */
  lane(lane: Lane, l: number, top: number, laneRows: number, roomRows = laneRows): number {
    const { t0, t1, k, d0, width, labelWidth, markEnd, labelEnd, last, marks, clusters } = this;
    const laneBadges = clusters.length;
    markEnd.fill(-Infinity);
    labelEnd.fill(-Infinity);
    last.fill(null);
    // The badge being filled; its running numbers stay in locals (not the object) in the hot loop.
    let open: Badge | undefined;
    let openUntil = 0;
    let openCount = 0;
    let openLast = 0;
    let count = 0;
    // The lowest mark end over the rows: an item starting before it fits no row and goes
    // straight to a badge, without a scan of the rows (most items, at the whole range).
    let minEnd = -Infinity;
    // How far right of its start a mark can begin: a point is centred on its day.
    const slack = Math.max(0, (DAY / 2) * k - POINT_R);
    const { starts, ends, kinds, members } = lane;
    // Spans keep to the upper half of the rows of a lane that also has points: zoomed in, long
    // spans would otherwise fill every row and fold the day events under them into badges.
    const spanRows = lane.mixed && laneRows > 1 ? Math.ceil(laneRows / 2) : laneRows;
    // The padding's rows: points take them in any lane, spans only in a lane with no points.
    const spanRoom = lane.mixed ? laneRows : roomRows;
    // Rows in use: the badges sit under the lowest one, not under padding rows left empty.
    let usedRows = laneRows;
    /** Writes a badge's running numbers back; `c1` is the centre of its last member. */
    const closeBadge = (c: Badge, n: number, lastMember: number) => {
      c.count = n;
      c.c1 = ((starts[lastMember] + ends[lastMember]) / 2 - d0) * k;
      c.lastStart = starts[lastMember];
    };
    const hi = lowerBound(starts, t1);
    for (let j = lowerBound(starts, t0 - lane.maxDuration); j < hi; j++) {
      const start = starts[j];
      const end = ends[j];
      if (end <= t0 && !(end === start && end === t0)) continue;
      count++;
      // The mark's px extent: points keep a fixed size, short spans a minimum width.
      const kind = kinds[j];
      let x0: number;
      let x1: number;
      if (kind === KIND_POINT && (end - start) * k <= DAY_BAND_MIN) {
        const x = ((start + end) / 2 - d0) * k;
        x0 = x - POINT_R;
        x1 = x + POINT_R;
      } else if (kind === KIND_POINT) {
        x0 = (start - d0) * k;
        x1 = (end - d0) * k;
      } else {
        x0 = (start - d0) * k;
        x1 = (end - d0) * k;
        const min = kind === KIND_FUZZY ? 14 : 6;
        if (x1 - x0 < min) {
          const mid = (x0 + x1) / 2;
          x0 = mid - min / 2;
          x1 = mid + min / 2;
        }
      }
      let row = -1;
      if (minEnd + GAP <= x0) {
        const rows = kind === KIND_POINT ? laneRows : spanRows;
        for (let r = 0; r < rows; r++) if (labelEnd[r] + GAP <= x0) { row = r; break; }
        if (row < 0) for (let r = 0; r < rows; r++) if (markEnd[r] + GAP <= x0) { row = r; break; }
        // Labels by priority: the first row's label room (see LABEL_RESERVE) goes to the event
        // reported by the most sources among the next few that start under it; this one then
        // takes another row with room for its mark, if there is one.
        if (row === 0 && laneRows > 1) {
          const until = d0 + (x0 + LABEL_RESERVE) / k;
          const mine = this.items[members[j]].sources;
          for (let q = j + 1; q < hi && q <= j + LABEL_LOOKAHEAD && starts[q] < until; q++)
            if (this.items[members[q]].sources > mine) {
              for (let r = 1; r < rows; r++) if (markEnd[r] + GAP <= x0) { row = r; break; }
              break;
            }
        }
        if (row < 0) {
          const room = kind === KIND_POINT ? roomRows : spanRoom;
          for (let r = laneRows; r < room; r++) if (labelEnd[r] + GAP <= x0) { row = r; break; }
          if (row < 0) for (let r = laneRows; r < room; r++) if (markEnd[r] + GAP <= x0) { row = r; break; }
          if (row >= usedRows) usedRows = row + 1;
        }
      }
      if (row < 0) {
        // No row is free this far left, and none frees up until a mark is placed: this item
        // and every later one that starts too early to reach `minEnd` go to badges (at the
        // whole range of 100,000 events, nearly all of them). The run's end and its badges'
        // members are found by searching the sorted starts, not by reading each item. Items
        // that start before the window are taken singly: whether each is in view depends on its end.
        let q = j + 1;
        // A span turned away by the rows it may use, not by all of them, folds alone.
        if (start >= t0 && minEnd + GAP > x0) {
          q = gallop(starts, d0 + (minEnd + GAP - slack) / k, q, hi, false);
          // Past that, an item may still start left of `minEnd` (a point's mark begins 6 px
          // before its day): the run goes on while the mark's exact left edge does.
          while (q < hi && markLeft(starts[q], ends[q], kinds[q], d0, k) < minEnd + GAP) q++;
        }
        for (let a = j; a < q; ) {
          // A badge holds the overflow that starts within CLUSTER_SPAN px of its first member.
          const s = starts[a];
          if (!open || s > openUntil) {
            if (open) closeBadge(open, openCount, openLast);
            const c = ((s + ends[a]) / 2 - d0) * k;
            open = new Badge(l, c, 0, s, members[a], ends);
            clusters.push(open);
            openUntil = s + CLUSTER_SPAN / k;
            openCount = 0;
          }
          const b = gallop(starts, openUntil, a + 1, q, true);
          open.runs.push(a, b);
          openCount += b - a;
          openLast = b - 1;
          a = b;
        }
        count += q - j - 1;
        j = q - 1;
        continue;
      }
      const i = members[j];
      const lw = labelWidth(i);
      // An uncertain span fades in from its uncertain start: its label begins where the span is
      // drawn in full (FUZZY_CORE), not over the fade, where it read as a label with no mark.
      let left = Math.max(x0, 0);
      if (kind === KIND_FUZZY) {
        const [a, b] = drawnExtent(x0, x1, width);
        if (b - a >= FUZZY_SOFT_MIN) left = Math.max(a + fuzzyCore(this.items[i].fade, b - a)[0], 0);
      }
      const inside = kind !== KIND_POINT && x1 - left >= lw + 14;
      const labelX = inside ? left + 7 : x1 + 5;
      const leftRoom = x0 - Math.max(labelEnd[row], 0) - 2 * GAP;
      const mark = new Mark(i, x0, x1, top + row * ROW, l, labelX, inside ? Math.min(x1, width) - labelX - 4 : Infinity, leftRoom, inside, row);
      const prev = last[row];
      if (prev !== null && !prev.inside) prev.labelRoom = x0 - GAP - prev.labelX;
      // Labels first: in a lane of several rows, the first row keeps room for its label (up to
      // LABEL_RESERVE px, cut with an ellipsis beyond), so a crowded lane still names some of its
      // events; the marks that would have covered it take the other rows or a badge.
      markEnd[row] = row === 0 && laneRows > 1 && !inside ? Math.max(x1, labelX + Math.min(lw, LABEL_RESERVE)) : x1;
      minEnd = markEnd[0];
      for (let r = 1; r < roomRows; r++) if (markEnd[r] < minEnd) minEnd = markEnd[r];
      labelEnd[row] = inside ? x1 : labelX + lw;
      last[row] = mark;
      marks.push(mark);
    }
    if (open) closeBadge(open, openCount, openLast);
    for (const m of last) if (m && !m.inside) m.labelRoom = width - 4 - m.labelX;
    // A label with no room on its right goes left of its mark when that side is free.
    for (const m of last)
      if (m && !m.inside && m.labelRoom < labelWidth(m.i) && m.leftRoom >= labelWidth(m.i)) {
        m.anchor = 'end';
        m.labelX = m.x0 - 5;
        m.labelRoom = m.leftRoom;
      }
    // A badge that would hide one event draws that event instead, in the badge row.
    let before: Mark | undefined;
    const badgeY = top + usedRows * ROW;
    for (const b of placeBadges(clusters.splice(laneBadges) as Badge[], width)) {
      b.y = badgeY;
      const left = b.x - badgeWidth(b.count) / 2;
      if (before && !before.inside) before.labelRoom = Math.min(before.labelRoom, left - GAP - before.labelX);
      if (b.count !== 1) {
        clusters.push(b);
        before = undefined;
        continue;
      }
      const j = b.runs[0];
      const x0 = markLeft(starts[j], ends[j], kinds[j], d0, k);
      const x1 = kinds[j] === KIND_POINT ? Math.max((ends[j] - d0) * k, x0 + 2 * POINT_R) : Math.max((ends[j] - d0) * k, x0 + (kinds[j] === KIND_FUZZY ? 14 : 6));
      const sole = new Mark(members[j], x0, x1, b.y, l, x1 + 5, width - 4 - (x1 + 5), x0, false, usedRows);
      marks.push(sole);
      before = sole;
    }
    return count;
  }
}
