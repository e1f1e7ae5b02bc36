/** The median: the middle value, or the mean of the two middle values. Throws on an empty list or a non-finite value. */
export function median(values: readonly number[]): number;
/** The p-th percentile (0..100), linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number;
/** Median, p95, min, max and count, rounded to 0.1 ms. */
export function summarize(values: readonly number[]): { n: number; median: number; p95: number; min: number; max: number };
