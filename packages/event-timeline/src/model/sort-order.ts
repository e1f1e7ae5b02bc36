const DAY = 86_400_000;

/** Greatest common divisor of two whole numbers. */
function gcd(a: number, b: number): number {
  while (b) {
    const r = a % b;
    a = b;
    b = r;
  }
  return a;
}

/** Values as small whole ranks: `(value - min) / step` is a whole number below `count`. */
interface Ranks {
  min: number;
  step: number;
  count: number;
}

/**
 * The ranks of `values`, or undefined when they are not all whole milliseconds apart or would
 * number more than `limit`. `step` divides every difference: a day when all are whole days,
 * without a pass to find a larger one.
 */
function ranksOf(values: Float64Array, limit: number): Ranks | undefined {
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  let days = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (v !== Math.floor(v)) whole = false;
    else if (v % DAY !== 0) days = false;
  }
  if (!whole || !(max - min < Number.MAX_SAFE_INTEGER)) return undefined;
  let step = days && (max - min) / DAY < limit ? DAY : 0;
  if (!step) for (let i = 0; i < values.length && step !== 1; i++) step = gcd(values[i] - min, step);
  // All equal: one rank.
  step ||= 1;
  const count = (max - min) / step + 1;
  return count <= limit ? { min, step, count } : { min, step, count: Infinity };
}

/** Where each rank's run starts in sorted order: the number of values of lower rank. */
function offsets(values: Float64Array, { min, step, count }: Ranks): Uint32Array {
  const at = new Uint32Array(count + 1);
  for (let i = 0; i < values.length; i++) at[(values[i] - min) / step + 1]++;
  for (let r = 1; r <= count; r++) at[r] += at[r - 1];
  return at;
}

/** A stable counting sort of the indices of `values` by rank. */
function countingSort(values: Float64Array, ranks: Ranks): Uint32Array {
  const { min, step } = ranks;
  const at = offsets(values, ranks);
  const order = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) order[at[(values[i] - min) / step]++] = i;
  return order;
}

/**
 * Indices by start, then end, then position: counting-sorted by end, then stably by start. The
 * first pass carries each item's start rank along, so that the second reads in sequence rather
 * than at a random place of a large array for each item.
 */
function byStartThenEnd(start: Float64Array, end: Float64Array, starts: Ranks, ends: Ranks): Uint32Array {
  const n = start.length;
  const byEnd = new Uint32Array(n);
  const startRank = new Uint32Array(n);
  const endAt = offsets(end, ends);
  for (let i = 0; i < n; i++) {
    const k = endAt[(end[i] - ends.min) / ends.step]++;
    byEnd[k] = i;
    startRank[k] = (start[i] - starts.min) / starts.step;
  }
  const startAt = offsets(start, starts);
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k++) order[startAt[startRank[k]]++] = byEnd[k];
  return order;
}

/** Whether the items are in order by start, then end, already. */
function inOrder(start: Float64Array, end: Float64Array): boolean {
  for (let i = 1; i < start.length; i++) if (start[i] < start[i - 1] || (start[i] === start[i - 1] && end[i] < end[i - 1])) return false;
  return true;
}

/**
 * The order of items by start, then end (stable), as a permutation; `undefined` when they are in
 * order already.
 *
 * Starts and ends are whole milliseconds, and usually whole days or minutes: `(value - min) / step`,
 * where `step` divides every difference (a day when all are whole days), is a small integer rank.
 * When starts and ends have few distinct ranks (whole days over decades), the items are
 * counting-sorted by end and then, stably, by start, so that no tie needs a comparison: a million
 * events over 20 years share each start with ~140 others, and comparing their ends took more than
 * the counting itself. Otherwise `rank * n + index`, which fits a double exactly, is sorted by the
 * engine's native numeric sort, and ties are then ordered by their ends. Both run about as fast on
 * a page's first render as on its hundredth, unlike a comparison sort (a callback per comparison)
 * or a radix sort (a dozen loops the engine must first optimise).
 */
export function sortOrder(start: Float64Array, end: Float64Array): Uint32Array | undefined {
  const n = start.length;
  if (inOrder(start, end)) return undefined;
  const countable = Math.max(2 * n, 65_536);
  const starts = ranksOf(start, countable);
  if (!starts) return comparisonOrder(start, end);
  if (starts.count <= countable) {
    const ends = ranksOf(end, countable);
    if (ends && ends.count <= countable) return byStartThenEnd(start, end, starts, ends);
    return tiesByEnd(countingSort(start, starts), start, end);
  }
  if (starts.count * n >= Number.MAX_SAFE_INTEGER) return comparisonOrder(start, end);
  const { min, step } = starts;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = ((start[i] - min) / step) * n + i;
  packed.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = packed[i] % n;
  return tiesByEnd(order, start, end);
}

/** Fractions of a millisecond, or ranks too many to pack: compare. */
function comparisonOrder(start: Float64Array, end: Float64Array): Uint32Array {
  const order = new Uint32Array(start.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => start[a] - start[b] || end[a] - end[b] || a - b);
}

/** `order` (by start, stable) with each run of equal starts, in input order, put in order of their ends. */
function tiesByEnd(order: Uint32Array, start: Float64Array, end: Float64Array): Uint32Array {
  const n = order.length;
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && start[order[b]] === start[order[a]]) b++;
    if (b - a > 64) order.subarray(a, b).sort((x, y) => end[x] - end[y] || x - y);
    else
      for (let i = a + 1; i < b; i++) {
        const k = order[i];
        const e = end[k];
        let j = i - 1;
        while (j >= a && end[order[j]] > e) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = k;
      }
    a = b;
  }
  return order;
}
