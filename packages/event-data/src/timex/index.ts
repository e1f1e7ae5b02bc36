/**
 * The temporal tagger: TIMEX3 recognition and normalisation of English news text.
 *
 * ```ts
 * import { tagTimexes, timexInterval } from '@event-timeline/data';
 * tagTimexes('Tillerson met Lavrov on Wednesday.', { dct: '2017-04-13' });
 * // → [{ text: 'Wednesday', type: 'DATE', value: '2017-04-12', anchor: 'dct', … }]
 * timexInterval('2017-W15'); // → { start: '2017-04-10', end: '2017-04-17', granularity: 'week' }
 * ```
 */
import { tag } from './tagger.js';
import type { TagOptions, Timex } from './types.js';

export type { Timex, TagOptions, TimexType } from './types.js';
export { timexInterval, type TimexInterval, type Granularity } from './interval.js';

/**
 * Finds every time expression in `text` and normalises it against `options.dct` (the document
 * creation time, `YYYY-MM-DD` or an ISO date-time). Returns sorted, non-overlapping results
 * whose `text` equals `text.slice(start, end)`. Pure and deterministic; never throws. An
 * unparseable DCT gives an empty result.
 */
export function tagTimexes(text: string, options: TagOptions): Timex[] {
  try {
    return tag(text, options);
  } catch {
    return [];
  }
}
