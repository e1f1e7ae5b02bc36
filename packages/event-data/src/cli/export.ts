import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exportCsv, exportICalendar, exportTimelineJs, usableDataset, type SkippedItem } from '../export/index.js';
import { formatIssue, type Dataset } from '../schema/index.js';
import type { CliIo } from './cli-io.js';
import { ioProblem } from './io-problem.js';
import { safeText } from './terminal-text.js';

export const EXPORT_USAGE = `Usage:
  event-data export --format timelinejs|csv|ics DATASET [-o FILE]

Writes a dataset of schema version 1 or 2 (JSON, or the NDJSON of event-data extract --ndjson;
- reads standard input) in a format other tools open:

  timelinejs  TimelineJS3 JSON (timeline.knightlab.com): one slide per event at the precision its
              date has (a month shows no day, "last week" no day, with the date in words), one row
              per event type, the source articles linked and quoted
  csv         one row per event for spreadsheets: id, title, type, date in words, start, end,
              precision, actors, place, articles, sources, URLs, sentence, confidence (UTF-8 with
              a BOM; cells starting with = + - @ are prefixed with ' so no formula runs)
  ics         iCalendar for calendar apps: all-day events (UTC times for clock times), the type as
              category, the place as location, the sources in the description

Options:
  -f, --format FORMAT   timelinejs, csv or ics (required)
  -o, --output FILE     write to FILE (atomically: a temporary file renamed into place) instead of
                        standard output
  --title TEXT          the TimelineJS title slide; the calendar's name
  -h, --help            show this help

An invalid article or event is named on standard error (where and why) and left out; the rest
is exported. Nothing reads the clock or the time zone: the same dataset gives the same bytes (a
calendar's DTSTAMP is the latest publication date of its articles).
Exit codes: 0 ok; 1 some articles or events were invalid and left out; 2 usage error, or the
input is not a dataset (nothing written).
`;

const FORMATS = ['timelinejs', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  input: string;
  output?: string;
  title?: string;
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options | 'help' {
  let format: string | undefined;
  const inputs: string[] = [];
  const options: Partial<Options> = {};
  const value = (i: number, flag: string) => {
    const v = args[i + 1];
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '-f' || a === '--format') format = value(i++, a);
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a === '-o' || a === '--output') options.output = value(i++, a);
    else if (a === '--title') options.title = value(i++, a);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${safeText(a)}`);
    else inputs.push(a);
  }
  if (format === undefined) throw new UsageError(`--format is required: ${FORMATS.join(', ')}`);
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format ${safeText(JSON.stringify(format))}: use ${FORMATS.join(', ')}`);
  if (inputs.length !== 1) throw new UsageError(inputs.length ? `one dataset at a time, got ${inputs.length}` : 'no dataset: give a file, or - for standard input');
  return { ...options, format: format as Format, input: inputs[0]! };
}

/** A dataset file's content parsed: the value, and for NDJSON the line of each event. */
interface Parsed {
  value?: unknown;
  /** Why the text is no JSON at all. */
  error?: string;
  /** NDJSON: the 1-based line of events[i]. */
  eventLines?: number[];
  /** NDJSON lines that are not JSON: left out, each named. */
  badLines: { line: number; reason: string }[];
}

/** "Unexpected token } in JSON at position 17" with the line and column of that position. */
function jsonProblem(error: unknown, text: string): string {
  const message = (error as Error).message;
  const at = /at position (\d+)/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1])).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

/** A dataset as one JSON value, or as NDJSON: a first line {schemaVersion, articles}, then one event per line. */
function parseDatasetText(raw: string): Parsed {
  const text = raw.replace(/^\uFEFF/, '');
  if (!text.trim()) return { error: 'empty input', badLines: [] };
  try {
    return { value: JSON.parse(text), badLines: [] };
  } catch (error) {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.trim());
    let header: unknown;
    try {
      header = JSON.parse(lines[first]!);
    } catch {
      return { error: `not JSON: ${jsonProblem(error, text)}`, badLines: [] };
    }
    if (!header || typeof header !== 'object' || Array.isArray(header) || !('schemaVersion' in header) || 'events' in header)
      return { error: `not JSON: ${jsonProblem(error, text)}`, badLines: [] };
    const events: unknown[] = [];
    const eventLines: number[] = [];
    const badLines: Parsed['badLines'] = [];
    for (let i = first + 1; i < lines.length; i++) {
      if (!lines[i]!.trim()) continue;
      try {
        events.push(JSON.parse(lines[i]!));
        eventLines.push(i + 1);
      } catch (lineError) {
        badLines.push({ line: i + 1, reason: `not JSON: ${(lineError as Error).message}` });
      }
    }
    return { value: { ...header, events }, eventLines, badLines };
  }
}

async function render(format: Format, dataset: Dataset, title: string | undefined): Promise<string> {
  if (format === 'csv') return exportCsv(dataset);
  if (format === 'ics') return exportICalendar(dataset, { name: title });
  return `${JSON.stringify(exportTimelineJs(dataset, { title }), null, 2)}\n`;
}

/** Writes through a temporary file in the same directory, renamed into place: never a partial file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** At most this many issue lines on standard error; the rest are counted. */
const MAX_REPORTED = 50;

/** `event-data export`: a dataset in, TimelineJS3 JSON, CSV or iCalendar out. */
export async function runExport(args: string[], io: CliIo): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err.write(`event-data export: ${error.message}\n\n${EXPORT_USAGE}`);
    return 2;
  }
  if (options === 'help') {
    io.out.write(EXPORT_USAGE);
    return 0;
  }
  const label = options.input === '-' ? 'stdin' : safeText(options.input);
  let text: string;
  try {
    if (options.input === '-') {
      if (!io.readStdin) throw new UsageError('standard input is not available');
      text = await io.readStdin();
    } else text = await readFile(options.input, 'utf8');
  } catch (error) {
    io.err.write(`event-data export: ${label}: ${safeText(error instanceof UsageError ? error.message : ioProblem(error))}\n`);
    return 2;
  }

  const parsed = parseDatasetText(text);
  const usable = parsed.error === undefined ? usableDataset(parsed.value) : undefined;
  if (!usable?.dataset) {
    for (const problem of parsed.error !== undefined ? [parsed.error] : usable!.fatal.map(formatIssue)) io.err.write(`${label}: ${safeText(problem, 500)}\n`);
    io.err.write(`event-data export: ${label} is not a dataset of schema version 1 or 2; nothing written\n`);
    return 2;
  }

  // Where each left-out item is: the file, and for NDJSON the line of the event.
  const where = (path: string) => {
    const index = /^events\[(\d+)\]/.exec(path);
    return index && parsed.eventLines ? `${label}:${parsed.eventLines[Number(index[1])]}` : label;
  };
  const lines = [
    ...parsed.badLines.map((b) => `${label}:${b.line}: ${safeText(b.reason)}`),
    ...usable.skipped.flatMap((item: SkippedItem) => item.issues.map((issue) => `${where(item.path)}: ${safeText(formatIssue(issue), 500)}`)),
  ];
  for (const line of lines.slice(0, MAX_REPORTED)) io.err.write(`${line}\n`);
  if (lines.length > MAX_REPORTED) io.err.write(`${label}: … and ${lines.length - MAX_REPORTED} more issues\n`);
  const skippedEvents = parsed.badLines.length + usable.skipped.filter((s) => s.path.startsWith('events')).length;
  const skippedArticles = usable.skipped.length - usable.skipped.filter((s) => s.path.startsWith('events')).length;
  if (skippedEvents || skippedArticles)
    io.err.write(`event-data export: left out ${skippedEvents} event${skippedEvents === 1 ? '' : 's'} and ${skippedArticles} article${skippedArticles === 1 ? '' : 's'} (named above); exported the other ${usable.dataset.events.length} events\n`);

  const content = await render(options.format, usable.dataset, options.title);
  if (options.output) {
    try {
      await writeAtomically(options.output, content);
    } catch (error) {
      io.err.write(`event-data export: cannot write ${safeText(options.output)}: ${safeText(ioProblem(error))}\n`);
      return 2;
    }
  } else if (io.out.isTTY) {
    // On a terminal, article text shows its control characters escaped, line by line.
    io.out.write(content.split(/\r?\n/).map((line) => safeText(line, Infinity)).join('\n'));
  } else io.out.write(content);
  return skippedEvents || skippedArticles ? 1 : 0;
}
