import type { Span } from '../types.js';

/**
 * Spans sorted by where they start, for the ones that overlap or lie in a stretch of text in
 * O(log n + k): a binary search instead of a pass over every span of the article for each question.
 * The order among spans that start at the same offset is the order of the list given (a stable sort),
 * so a search that returns the first or last match answers as a pass over the sorted list would.
 */
export class SortedSpans<T extends Span> {
  /** The spans, by start. */
  readonly sorted: readonly T[];
  /** The length of the longest span: no span that starts more than this before an offset reaches it. */
  private readonly longest: number;

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start);
    this.longest = spans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  }

  /** The index of the first span that starts at or after `offset` (the number of spans starting before it). */
  firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The spans that share at least one character with `start`..`end` (`s.start < end && s.end > start`), by start. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.firstAtOrAfter(start - this.longest), last = this.firstAtOrAfter(end); i < last; i++) {
      const s = this.sorted[i];
      if (s.end > start) out.push(s);
    }
    return out;
  }

  /** The spans that lie within `start`..`end` (`s.start >= start && s.end <= end`), by start. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.firstAtOrAfter(start); i < this.sorted.length && this.sorted[i].start <= end; i++) {
      if (this.sorted[i].end <= end) out.push(this.sorted[i]);
    }
    return out;
  }

  /** The spans that cover all of `start`..`end` (`s.start <= start && s.end >= end`), by start. */
  covering(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.firstAtOrAfter(end - this.longest), last = this.firstAtOrAfter(start + 1); i < last; i++) {
      if (this.sorted[i].end >= end) out.push(this.sorted[i]);
    }
    return out;
  }
}

const cache = new WeakMap<readonly Span[], SortedSpans<Span>>();

/** The {@link SortedSpans} of a list, made once per list (the list is not to change afterwards). */
export function sortedSpans<T extends Span>(spans: readonly T[]): SortedSpans<T> {
  let known = cache.get(spans) as SortedSpans<T> | undefined;
  if (!known) cache.set(spans, (known = new SortedSpans(spans)));
  return known;
}
