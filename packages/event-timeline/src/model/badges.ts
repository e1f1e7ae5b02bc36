import type { Cluster } from './layout-types.js';
import type { Lane } from './lanes.js';
import { badgeWidth } from './badge-width.js';

/** A count badge: the overflow of a lane that starts within a few px of its first member. */
export class Badge implements Cluster {
  count = 0;
  c0: number;
  c1: number;
  lastStart: number;
  /** The lane positions it holds, as half-open runs `[a, b)` in pairs: marks placed between them are not its members. */
  readonly runs: number[] = [];
  constructor(
    public lane: number,
    public x: number,
    public y: number,
    public start: number,
    public first: number,
    private readonly ends: Float64Array,
  ) {
    this.c0 = x;
    this.c1 = x;
    this.lastStart = start;
  }

  /** Takes in `next`, the badge after it in its lane. */
  merge(next: Badge): void {
    this.count += next.count;
    this.c1 = next.c1;
    this.lastStart = next.lastStart;
    this.runs.push(...next.runs);
  }

  /** Latest end of its members: found when asked (a click zooms to it), not for every badge of every frame. */
  get end(): number {
    let end = -Infinity;
    for (let r = 0; r < this.runs.length; r += 2) for (let j = this.runs[r]; j < this.runs[r + 1]; j++) if (this.ends[j] > end) end = this.ends[j];
    return end;
  }
}

/**
 * Places a lane's badges (in time order) and returns those kept: each at the middle of what it
 * holds, pushed right just enough to clear the left edge and the badge before, then those past
 * the right edge pulled back inside it, right to left. Badges merge with the one before where
 * they would not fit: one that would be pushed more than half its width from its events (in a
 * lane with overflow every 36 px, 40 px badges would drift further right one after another),
 * and, while the badges are wider together than the plot, the two closest. Otherwise pulling
 * the last back inside the right edge pushes the first ones off the left.
 */
export function placeBadges(badges: Badge[], width: number): Badge[] {
  const centre = (b: Badge) => (b.c0 + b.c1) / 2;
  /** Puts `b` at its middle, or just right of `after` (the right edge of the badge before); returns its right edge. */
  const place = (b: Badge, after: number): number => {
    const half = badgeWidth(b.count) / 2;
    b.x = Math.max(centre(b), after + half + 2);
    return b.x + half;
  };
  const own: Badge[] = [];
  let right = -2;
  let before = -2;
  for (const c of badges) {
    // Pushed more than half its width: its middle would be under the badge before.
    if (own.length && centre(c) < right + 2) own[own.length - 1].merge(c);
    else {
      before = right;
      own.push(c);
    }
    right = place(own[own.length - 1], before);
  }
  let total = 0;
  for (const b of own) total += badgeWidth(b.count) + 2;
  while (own.length > 1 && total > width + 2) {
    let k = 0;
    for (let j = 1; j < own.length - 1; j++) if (centre(own[j + 1]) - centre(own[j]) < centre(own[k + 1]) - centre(own[k])) k = j;
    total -= badgeWidth(own[k].count) + badgeWidth(own[k + 1].count) + 2;
    own[k].merge(own[k + 1]);
    own.splice(k + 1, 1);
    total += badgeWidth(own[k].count);
  }
  right = -2;
  for (const b of own) right = place(b, right);
  let limit = width;
  for (let b = own.length - 1; b >= 0 && own[b].x + badgeWidth(own[b].count) / 2 > limit; b--) {
    const half = badgeWidth(own[b].count) / 2;
    own[b].x = limit - half;
    limit = own[b].x - half - 2;
  }
  return own;
}

/** The items (indices, in time order) a badge of `lane` holds: the first `limit` of them. */
export function badgeMembers(badge: Cluster, lane: Lane, limit = Infinity): number[] {
  const out: number[] = [];
  for (let r = 0; r < badge.runs.length && out.length < limit; r += 2)
    for (let j = badge.runs[r]; j < badge.runs[r + 1] && out.length < limit; j++) out.push(lane.members[j]);
  return out;
}
