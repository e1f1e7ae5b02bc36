/**
 * First index in `[lo, hi)` whose value is above `x` (`after`) or at least `x`, searching from
 * `lo` in steps that double, then halving: O(log d) for an answer `d` places on, so short runs
 * cost a few reads and long ones no more than a binary search.
 */
export function gallop(values: Float64Array, x: number, lo: number, hi: number, after: boolean): number {
  let left = lo;
  let step = 1;
  while (left + step <= hi && (after ? values[left + step - 1] <= x : values[left + step - 1] < x)) {
    left += step;
    step *= 2;
  }
  let right = Math.min(left + step - 1, hi);
  while (left < right) {
    const mid = (left + right) >>> 1;
    if (after ? values[mid] <= x : values[mid] < x) left = mid + 1;
    else right = mid;
  }
  return left;
}
