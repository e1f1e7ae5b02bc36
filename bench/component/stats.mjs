// Small summary statistics for the benchmarks. Pure functions, no Node or DOM API, so the
// browser harness and the Node runner share them.

function sortedNumbers(values, what) {
  if (!Array.isArray(values) || values.length === 0) throw new RangeError(`${what}: needs at least one number`);
  for (const [i, v] of values.entries()) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`${what}: value ${i} is not a finite number (${String(v)})`);
  }
  return [...values].sort((a, b) => a - b);
}

/**
 * The median: the middle value, or the mean of the two middle values of an even-sized list.
 * @example median([3, 1, 2]) // 2
 */
export function median(values) {
  const s = sortedNumbers(values, 'median');
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks
 * (the method of NumPy's default and of Excel's PERCENTILE.INC).
 * @example percentile([1, 2, 3, 4, 5], 95) // 4.8
 */
export function percentile(values, p) {
  if (typeof p !== 'number' || !(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0..100, got ${String(p)}`);
  const s = sortedNumbers(values, 'percentile');
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo] + (s[hi] - s[lo]) * (rank - lo);
}

/** Median, p95, min, max and count of a list of timings, rounded to 0.1 ms. */
export function summarize(values) {
  const round = (x) => Math.round(x * 10) / 10;
  const s = sortedNumbers(values, 'summarize');
  return {
    n: s.length,
    median: round(median(s)),
    p95: round(percentile(s, 95)),
    min: round(s[0]),
    max: round(s[s.length - 1]),
  };
}
