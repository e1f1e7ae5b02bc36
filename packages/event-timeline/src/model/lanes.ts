import { EVENT_TYPES, type Article } from '@event-timeline/data/schema';
import type { TimelineItem } from './types.js';

/** How events are grouped into horizontal lanes. */
export type GroupBy = 'type' | 'actor' | 'source' | 'none';

/** A lane and its events, in start order, with the numbers the window search needs. */
export interface Lane {
  key: string;
  label: string;
  /** Indices into the item list, sorted by start. */
  members: Int32Array;
  /** Starts of `members`, for binary search. */
  starts: Float64Array;
  /** Ends of `members`, in the same order. */
  ends: Float64Array;
  /** Mark kinds of `members` (0 point, 1 range, 2 fuzzy), in the same order. */
  kinds: Uint8Array;
  /** Longest duration in the lane: how far back a visible item can start. */
  maxDuration: number;
}

/** `Lane.kinds` codes. */
export const KIND_POINT = 0;
export const KIND_RANGE = 1;
export const KIND_FUZZY = 2;

const MAX_LANES = 12;

function keyOf(item: TimelineItem, groupBy: GroupBy, articles: Map<string, Article>): string {
  if (groupBy === 'type') return item.type;
  if (groupBy === 'actor') return item.actors[0] ?? '';
  if (groupBy === 'source') {
    const id = item.event?.mentions[0]?.articleId;
    if (!id) return '';
    const article = articles.get(id);
    return article?.publisher || article?.title || id;
  }
  return 'all';
}

const typeRank = (key: string) => {
  const i = (EVENT_TYPES as readonly string[]).indexOf(key);
  return i < 0 ? EVENT_TYPES.length : i;
};

/**
 * Splits sorted items into lanes. Actors and sources keep the 12 biggest lanes and pool the
 * rest under "Other", so a dataset with 3,000 actors still draws a readable chart.
 */
export function buildLanes(items: TimelineItem[], by: GroupBy, articles: Map<string, Article>): { lanes: Lane[]; laneOf: Int32Array } {
  // An unknown group-by="…" value falls back to the default rather than drawing one odd lane.
  const groupBy: GroupBy = by === 'actor' || by === 'source' || by === 'none' ? by : 'type';
  const groups = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i], groupBy, articles);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  }
  let entries = [...groups];
  if (groupBy === 'type') entries.sort((a, b) => typeRank(a[0]) - typeRank(b[0]) || a[0].localeCompare(b[0]));
  else {
    entries.sort((a, b) => (a[0] === '' ? 1 : 0) - (b[0] === '' ? 1 : 0) || b[1].length - a[1].length || a[0].localeCompare(b[0]));
    if (entries.length > MAX_LANES) {
      const rest = entries.slice(MAX_LANES - 1).flatMap(([, m]) => m).sort((a, b) => a - b);
      entries = [...entries.slice(0, MAX_LANES - 1), ['\u0000other', rest]];
    }
  }
  const laneOf = new Int32Array(items.length);
  const none = groupBy === 'actor' ? 'No actor' : 'No source';
  const lanes = entries.map(([key, members], l): Lane => {
    const m = new Int32Array(members.length);
    // Each lane's numbers side by side, in lane order: the layout walks them sequentially.
    const starts = new Float64Array(m.length);
    const ends = new Float64Array(m.length);
    const kinds = new Uint8Array(m.length);
    let maxDuration = 0;
    for (let j = 0; j < m.length; j++) {
      const i = (m[j] = members[j]);
      const { start, end, kind } = items[i];
      laneOf[i] = l;
      starts[j] = start;
      ends[j] = end;
      kinds[j] = kind === 'point' ? KIND_POINT : kind === 'fuzzy' ? KIND_FUZZY : KIND_RANGE;
      if (end - start > maxDuration) maxDuration = end - start;
    }
    const label = key === '\u0000other' ? 'Other' : key === '' ? none : groupBy === 'none' ? '' : groupBy === 'type' ? key.replace(/-/g, ' ') : key;
    return { key, label, members: m, starts, ends, kinds, maxDuration };
  });
  return { lanes, laneOf };
}

/** First index whose value is >= x. */
export function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
