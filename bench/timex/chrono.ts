/**
 * chrono-node as a TIMEX3 tagger, with the simplest honest mapping: the extent is chrono's match;
 * TIME when the hour is known, else DATE; the value keeps the components chrono knows
 * (YYYY-MM-DD, YYYY-MM or YYYY; a full date when it knows none, as for weekdays and "today").
 * Durations and sets are not chrono's job, so it never produces them.
 */
import * as chrono from 'chrono-node';
import type { ScoredSpan } from './score.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The DCT (`YYYY-MM-DD…`) as a reference instant at noon UTC, with the time zone fixed to UTC. */
export function chronoReference(dct: string): chrono.ParsingReference {
  const [y, m, d] = dct.slice(0, 10).split('-').map(Number);
  return { instant: new Date(Date.UTC(y, m - 1, d, 12)), timezone: 0 };
}

/** chrono-node's results for `text`, mapped to TIMEX3 spans. */
export function chronoTimexes(text: string, dct: string): ScoredSpan[] {
  return chrono.en.parse(text, chronoReference(dct)).map((result) => {
    const c = result.start;
    const date = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    let value: string;
    if (c.isCertain('hour')) value = `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
    else if (c.isCertain('day') || !(c.isCertain('month') || c.isCertain('year'))) value = date;
    else if (c.isCertain('month')) value = date.slice(0, 7);
    else value = date.slice(0, 4);
    return {
      start: result.index,
      end: result.index + result.text.length,
      type: c.isCertain('hour') ? 'TIME' : 'DATE',
      value,
    };
  });
}
