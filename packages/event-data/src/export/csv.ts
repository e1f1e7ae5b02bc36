/**
 * A dataset as CSV for spreadsheets: one row per event.
 *
 * Written by papaparse (RFC 4180: cells with quotes, commas or line breaks are quoted, quotes
 * doubled; CRLF between rows), with a UTF-8 byte order mark so that Excel reads accents, and
 * with every cell a spreadsheet would run as a formula made inert as OWASP recommends.
 */
import type { Dataset, TimelineEvent, Article } from '../schema/index.js';
import { formatIsoDay } from '../schema/index.js';
import { showTime, type ShownTime } from './precision.js';
import { actorLabel, articlesById, eventSources, otherDates, sourceByline, sourceTitle } from './facts.js';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'type',
  'date',
  'start',
  'end',
  'precision',
  'modifier',
  'as_written',
  'anchor',
  'actors',
  'place',
  'articles',
  'sources',
  'urls',
  'sentence',
  'other_dates',
  'confidence',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Cells that Excel, LibreOffice or Google Sheets would read as a formula: those starting with
 * =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection"). They get a leading single
 * quote. papaparse's own `escapeFormulae: true` is not used: its pattern (`/^[=+\-@\t\r].*$/`)
 * fails on a cell that also holds a line break, so `=HYPERLINK(…)` followed by a newline would
 * pass through unescaped.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

const pad = (n: number) => String(n).padStart(2, '0');

/** "2017-04-12", or "2017-04-12 10:00" (UTC) for an event with a clock time: what spreadsheets parse as dates. */
function cellDate(ms: number, timed: boolean): string {
  if (!timed) return formatIsoDay(ms);
  const d = new Date(ms);
  return `${formatIsoDay(ms)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The end as people read it: the last day of an all-day event (inclusive), the end time of a timed one. */
const cellEnd = (shown: ShownTime): string => (shown.timed ? cellDate(shown.end, true) : formatIsoDay(shown.end - 1));

/** One event as a row of plain values (before formula escaping). */
export function csvRow(event: TimelineEvent, articles: ReadonlyMap<string, Article>): Record<CsvColumn, string | number> {
  const shown = showTime(event.time);
  const sources = eventSources(event, articles);
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    date: shown.wording,
    start: cellDate(shown.start, shown.timed),
    end: cellEnd(shown),
    precision: event.time.granularity,
    modifier: event.time.mod ?? '',
    as_written: event.time.text ?? '',
    anchor: event.time.anchor,
    actors: event.actors.map(actorLabel).join('; '),
    place: event.place ?? '',
    articles: sources.length,
    // One line per article: a cell with line breaks reads as a list once "wrap text" is on.
    sources: sources.map((s) => [sourceTitle(s), sourceByline(s)].filter(Boolean).join(' — ')).join('\n'),
    urls: sources.map((s) => s.article?.url ?? '').filter(Boolean).join('\n'),
    sentence: sources[0]?.sentences[0] ?? '',
    other_dates: otherDates(event, articles).map((o) => `${o.wording} (${o.source})`).join('\n'),
    confidence: event.confidence,
  };
}

/** The rows of the CSV, header first, before formula escaping: for callers with a serialiser of their own. */
export function csvRows(dataset: Dataset): (string | number)[][] {
  const articles = articlesById(dataset);
  return [
    [...CSV_COLUMNS],
    ...dataset.events.map((event) => {
      const row = csvRow(event, articles);
      return CSV_COLUMNS.map((column) => row[column]);
    }),
  ];
}

/**
 * A dataset as CSV: a header row (`CSV_COLUMNS`) and one row per event, UTF-8 with a byte
 * order mark, CRLF line ends. `start` and `end` are days (`2017-04-12`; `end` is the last day,
 * inclusive) or, for events with a clock time, UTC date-times (`2017-04-12 10:00`; `end` is
 * when it ends); `date` says the date in words at its real precision ("late October 2017").
 * Several articles, URLs or other dates in one cell are one per line.
 *
 * Asynchronous because papaparse is loaded on first use: it is a UMD script, not an ES module,
 * so a static import would keep the whole package from loading in a browser without a bundler
 * (and in the project's browser tests); bundlers and Node load it either way.
 *
 * @example
 * await writeFile('events.csv', await exportCsv(dataset)); // a string: write it as UTF-8
 */
export async function exportCsv(dataset: Dataset): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const [fields, ...data] = csvRows(dataset);
  return `\uFEFF${Papa.unparse({ fields: fields as string[], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}
