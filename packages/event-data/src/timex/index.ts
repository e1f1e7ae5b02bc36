/**
 * The temporal tagger: TIMEX3 recognition and normalisation of English news text.
 *
 * Conventions (TimeML 1.2.1 / TempEval-3, checked against TimeBank and AQUAINT):
 * - Extents keep determiners and modifiers that belong to the expression ("the past five
 *   months", "the 1990s", "about three years", "early next year", "a week ago") and leave out
 *   prepositions ("on Friday" → "Friday", "in 1990" → "1990").
 * - Weekdays, months and quarters without a year take the tense of their clause; without a cue,
 *   a weekday is the one before the DCT and a month or date the nearest occurrence.
 * - "that year", "that June", "that autumn", "the next day", "later that month", "three days later",
 *   and "a year ago" after a quarter are anchored on what the text said before (`anchor: 'context'`).
 *   A clock time or "in the morning" without a day of its own takes the day the story is told in:
 *   the last day named in its sentence or the two before ("closed on Saturday. … at 9 a.m."), unless
 *   it is still to come; further on, the DCT's day.
 * - A clock time keeps a written zone, as ISO 8601 does: "09:30 GMT" → `…T09:30Z`, "5 p.m. EST"
 *   → `…T17:00-05:00` (see zones.ts); timexInterval() gives UTC. Race results ("2:05:41") are
 *   not clock times. Years are four digits: "AD 70" → `0070`.
 * - Durations use ISO 8601 (`P3Y`, `PT2H`, `P2Y6M`, `PXD` for "several days"); sets carry
 *   `quant` (EVERY/EACH) and `freq` (`2X`); vague references are PAST_REF/PRESENT_REF/FUTURE_REF.
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
