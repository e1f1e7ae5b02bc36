import type { TimelineEvent } from '@event-timeline/data';

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number;
/** `count` valid TimelineEvents spread over `years` years from 2000; the same for the same arguments. */
export function generateEvents(count: number, options?: { seed?: number; years?: number }): TimelineEvent[];
/** The same events as vis-timeline items. */
export function toVisItems(events: readonly TimelineEvent[]): { id: string; content: string; start: Date; end?: Date; type: 'point' | 'range' }[];
/** The same events as timelines-chart groups. */
export function toTimelinesChartData(
  events: readonly TimelineEvent[],
): { group: string; data: { label: string; data: { timeRange: [Date, Date]; val: string }[] }[] }[];
