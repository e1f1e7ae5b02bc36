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

/**
 * The order of items by start, then end (stable), as a permutation; `undefined` when they are in
 * order already.
 *
 * Starts are whole milliseconds, and usually whole days or minutes: `(start - min) / step`, where
 * `step` divides every difference (a day when all are whole days), is a small integer rank. Few
 * distinct ranks (whole days over decades) are counting-sorted; otherwise `rank * n + index`,
 * which fits a double exactly, is sorted by the engine's native numeric sort. Both run about as
 * fast on a page's first render as on its hundredth, unlike a comparison sort (a callback per
 * comparison) or a radix sort (a dozen loops the engine must first optimise). Items that share a
 * start then go in order of their ends.
 */
export function sortOrder(start: Float64Array, end: Float64Array): Uint32Array | undefined {
  const n = start.length;
  let ordered = true;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  let days = true;
  for (let i = 0; i < n; i++) {
    const s = start[i];
    if (i > 0 && (s < start[i - 1] || (s === start[i - 1] && end[i] < end[i - 1]))) ordered = false;
    if (s < min) min = s;
    if (s > max) max = s;
    if (s !== Math.floor(s)) whole = false;
    else if (s % DAY !== 0) days = false;
  }
  if (ordered) return undefined;
  const order = new Uint32Array(n);
  const countable = Math.max(2 * n, 65_536);
  // Whole days (the usual dates) are ranked by day without a pass to find a larger step.
  let step = whole && days && (max - min) / DAY < countable ? DAY : 0;
  if (!step && whole && max - min < Number.MAX_SAFE_INTEGER) for (let i = 0; i < n && step !== 1; i++) step = gcd(start[i] - min, step);
  const ranks = step ? (max - min) / step + 1 : Infinity;
  // Each item's rank (equal ranks, equal starts), in sorted order.
  const rank = new Float64Array(n);
  if (ranks <= countable) {
    const counts = new Uint32Array(ranks);
    for (let i = 0; i < n; i++) counts[(start[i] - min) / step]++;
    for (let r = 0, sum = 0; r < ranks; r++) {
      const c = counts[r];
      counts[r] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const r = (start[i] - min) / step;
      const at = counts[r]++;
      order[at] = i;
      rank[at] = r;
    }
  } else if (ranks * n < Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < n; i++) rank[i] = ((start[i] - min) / step) * n + i;
    rank.sort();
    for (let i = 0; i < n; i++) {
      order[i] = rank[i] % n;
      rank[i] = Math.floor(rank[i] / n);
    }
  } else {
    // Fractions of a millisecond, or ranks too many to pack: compare.
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => start[a] - start[b] || end[a] - end[b] || a - b);
  }
  // Runs of equal starts, in input order, go in order of their ends.
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && rank[b] === rank[a]) b++;
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
