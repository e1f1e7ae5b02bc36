import type { SimpleEvent } from './types.js';

/**
 * CSV for `src`: the file `event-data export --format csv` writes (id, title, type, date, start,
 * end, …, one row per event) or any spreadsheet with `title` and `start` columns (`end`, `id`
 * and `type` optional). papaparse reads it (quoted cells, line breaks in cells, `,` `;` or tab
 * between cells); it is loaded on the first CSV only, so pages that show JSON never fetch it.
 */

/** A CSV row as the element's minimal event, with every other column kept as a string property. */
export type CsvEvent = SimpleEvent & Record<string, string | undefined>;

const CSV_TYPES = /^(text\/csv|application\/csv|text\/comma-separated-values|text\/tab-separated-values)\b/i;
const JSON_TYPE = /^application\/([\w.-]+\+)?json\b|^text\/json\b/i;

/**
 * Whether a `src` answer is CSV: by its content type when the server gives a CSV or JSON one,
 * else by the URL's extension (`.csv`, `.tsv`; servers often send `text/plain` or nothing).
 */
export function isCsvSource(src: string, contentType: string | null): boolean {
  if (contentType && CSV_TYPES.test(contentType.trim())) return true;
  if (contentType && JSON_TYPE.test(contentType.trim())) return false;
  const path = src.split(/[?#]/, 1)[0].toLowerCase();
  return path.endsWith('.csv') || path.endsWith('.tsv');
}

/**
 * A cell as it was before the export made it inert: `'=HYPERLINK(…)` reads `=HYPERLINK(…)`
 * again (the export quotes cells starting with = + - @, a tab or a carriage return, as OWASP
 * recommends). The value is only ever shown as text.
 */
const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** `2017-04-12 10:00` (a UTC time, as the export writes it) → `2017-04-12T10:00`; anything else unchanged. */
const isoDate = (cell: string): string => (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(cell) ? cell.replace(' ', 'T') : cell.trim());

/** Header names that would reach an object's prototype instead of being a property. */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The events of a CSV text, one per row, header first. Throws when the header has no `title`
 * or no `start` column, naming the columns it has; a row with a bad date is kept and left to
 * the element's validation, which skips it with a warning like any invalid event.
 *
 * @example
 * await eventsFromCsv('title,start,end\nLaunch,2024-05-21,\n')
 * // → [{ title: 'Launch', start: '2024-05-21' }]
 */
export async function eventsFromCsv(text: string): Promise<CsvEvent[]> {
  const { default: Papa } = await import('papaparse');
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { data } = Papa.parse<string[]>(source, { skipEmptyLines: 'greedy' });
  if (!data.length) return [];
  const header = data[0].map((name) => unescapeFormula(name).trim().toLowerCase());
  for (const required of ['title', 'start']) {
    if (!header.includes(required)) {
      const seen = header.filter(Boolean).slice(0, 8).map((name) => `"${name.slice(0, 40)}"`);
      throw new Error(`the CSV has no "${required}" column (its header row has ${seen.length ? seen.join(', ') : 'no names'}${header.length > 8 ? ', …' : ''})`);
    }
  }
  return data.slice(1).map((row) => {
    const event: Record<string, string | undefined> = {};
    header.forEach((name, i) => {
      const cell = row[i];
      if (!name || UNSAFE.has(name) || name in event || cell === undefined || cell === '') return;
      const value = unescapeFormula(cell);
      event[name] = name === 'start' || name === 'end' ? isoDate(value) : value;
    });
    return event as CsvEvent;
  });
}
