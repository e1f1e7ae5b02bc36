import { EVENT_TYPES } from '@event-timeline/data/vocabulary';
import type { Article } from '@event-timeline/data/schema';
import { KIND_POINT, type Columns, type TimelineItem } from './types.js';

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
  /** Latest end in the lane. */
  maxEnd: number;
  /** The lane holds points (days, instants) as well as spans: the spans then keep to the upper rows. */
  mixed: boolean;
}

export { KIND_POINT, KIND_RANGE, KIND_FUZZY } from './types.js';

const MAX_LANES = 12;

function keyOf(item: TimelineItem, groupBy: GroupBy, articles: Map<string, Article>): string {
  if (groupBy === 'actor') return item.actors[0] ?? '';
  if (groupBy === 'source') {
    const mentions = item.event?.mentions;
    const id = Array.isArray(mentions) ? mentions[0]?.articleId : undefined;
    if (!id) return '';
    const article = articles.get(id);
    // One lane per publisher: "The Duran (republishing Sputnik)" is The Duran.
    const publisher = typeof article?.publisher === 'string' ? article.publisher.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim() : '';
    return publisher || article?.title || id;
  }
  return 'all';
}

const typeRank = (key: string) => {
  const i = (EVENT_TYPES as readonly string[]).indexOf(key);
  return i < 0 ? EVENT_TYPES.length : i;
};

/**
 * Splits sorted items into lanes. Actors and sources keep the 12 biggest lanes and pool the
 * rest under "Other", so a dataset with 3,000 actors still draws a readable chart. Types and
 * numbers come from the typed `columns`; only actors and sources need the items themselves.
 */
export function buildLanes(
  items: TimelineItem[],
  columns: Columns,
  by: GroupBy,
  articles: Map<string, Article>,
): { lanes: Lane[]; laneOf: Int32Array } {
  // An unknown group-by="…" value falls back to the default rather than drawing one odd lane.
  const groupBy: GroupBy = by === 'actor' || by === 'source' || by === 'none' ? by : 'type';
  const n = items.length;
  // Each item's group as a small integer, then the groups' members by counting (no arrays grown one push at a time).
  let code: Uint32Array;
  let keys: string[];
  if (groupBy === 'type') [code, keys] = [columns.type, columns.types];
  else if (groupBy === 'none') [code, keys] = [new Uint32Array(n), ['all']];
  else {
    code = new Uint32Array(n);
    keys = [];
    const codes = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const key = keyOf(items[i], groupBy, articles);
      let c = codes.get(key);
      if (c === undefined) codes.set(key, (c = keys.push(key) - 1));
      code[i] = c;
    }
  }
  const sizes = new Uint32Array(keys.length);
  for (let i = 0; i < n; i++) sizes[code[i]]++;
  const byCode = keys.map((key, g) => ({ key, members: new Int32Array(sizes[g]) }));
  const fill = new Uint32Array(keys.length);
  for (let i = 0; i < n; i++) {
    const g = code[i];
    byCode[g].members[fill[g]++] = i;
  }
  let groups = byCode.filter((g) => g.members.length);
  if (groupBy === 'type') groups.sort((a, b) => typeRank(a.key) - typeRank(b.key) || a.key.localeCompare(b.key));
  else {
    groups.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || b.members.length - a.members.length || a.key.localeCompare(b.key));
    if (groups.length > MAX_LANES) {
      const rest = Int32Array.from(groups.slice(MAX_LANES - 1).flatMap((g) => [...g.members])).sort();
      groups = [...groups.slice(0, MAX_LANES - 1), { key: '\u0000other', members: rest }];
    }
  }
  const laneOf = new Int32Array(n);
  const none = groupBy === 'actor' ? 'No actor' : 'No source';
  const lanes = groups.map(({ key, members }, l): Lane => {
    const label = key === '\u0000other' ? 'Other' : key === '' ? none : groupBy === 'none' ? '' : groupBy === 'type' ? key.replace(/-/g, ' ') : key;
    return { key, label, ...laneColumns(members, columns, laneOf, l) };
  });
  return { lanes, laneOf };
}

/**
 * A lane's numbers side by side, in lane order (the layout walks them sequentially), and the
 * lane of each member noted in `laneOf`. A function of its own: its loop is then optimised once
 * for all lanes, rather than entered and left in each lane's callback.
 */
function laneColumns(members: Int32Array, columns: Columns, laneOf: Int32Array, l: number): Omit<Lane, 'key' | 'label'> {
  const n = members.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kinds = new Uint8Array(n);
  let maxDuration = 0;
  let maxEnd = -Infinity;
  let points = 0;
  for (let j = 0; j < n; j++) {
    const i = members[j];
    const start = (starts[j] = columns.start[i]);
    const end = (ends[j] = columns.end[i]);
    const kind = (kinds[j] = columns.kind[i]);
    if (kind === KIND_POINT) points++;
    laneOf[i] = l;
    if (end - start > maxDuration) maxDuration = end - start;
    if (end > maxEnd) maxEnd = end;
  }
  return { members, starts, ends, kinds, maxDuration, maxEnd, mixed: points > 0 && points < n };
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
