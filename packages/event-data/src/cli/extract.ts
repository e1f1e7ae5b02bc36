import { lstat } from 'node:fs/promises';
import { extractEvents, type ArticleFailure } from '../extract/index.js';
import { formatIssue, validateDataset } from '../schema/index.js';
import type { CliIo } from './cli-io.js';
import { datasetText } from './dataset-text.js';
import { parseExtractArgs, UsageError, type ExtractOptions } from './extract-args.js';
import { ioProblem } from './io-problem.js';
import { loadArticles, type Loaded } from './load-articles.js';
import { safeText } from './terminal-text.js';
import { checkOutputTarget, OutputRefused, writeAtomically } from './write-output.js';

export const EXTRACT_USAGE = `Usage:
  event-data extract DIR [-o events.json]               a directory of .txt articles with an articles.json of metadata
  event-data extract A.txt B.txt --published 2017-04-12 loose .txt files, all published that day
  event-data extract articles.json|articles.ndjson      articles as JSON: {id, text, published, title?, publisher?, url?}
  event-data extract - < articles.ndjson                the same from standard input (a JSON array, one object, or NDJSON)

Reads English news articles and writes the dated events they report as a dataset of the event
schema: { schemaVersion: 2, articles, events } (see @event-timeline/data/schema.json).

A .txt article's id is its file name without .txt; its first headline-like line is its title.
Its publication date comes from an articles.json beside it (an array of {id, published,
publisher?, url?, title?}) or from --published. An article with no publication date is an error
for that article: relative dates ("last week", "on Sunday") cannot be resolved without one.
An id given twice (in an articles.json, or among the articles) is an error naming both places;
the first one is used and the later one is not.

Inputs must be regular files: a device, a FIFO or a socket is refused (use - for a pipe). A .txt
file over 4 MB cannot be an article (the limit is 1,000,000 characters) and is refused unread;
a JSON or NDJSON input, standard input included, may hold up to 256 MB, and one NDJSON line up
to 8 MB (a longer line is refused alone).

Options:
  -o, --output FILE       write to FILE instead of standard output, atomically: a temporary file
                          beside it (.FILE.PID.tmp) renamed into place, so FILE is the old file or
                          the whole new one. FILE must not be a symbolic link (give the real path),
                          a directory or a read-only file. Interrupted (Ctrl-C, SIGTERM) while
                          writing, the temporary file is removed and the exit code is 130 (143).
  --ndjson                write NDJSON: a first line {"schemaVersion":2,"articles":[…]}, then one event per line
  --published YYYY-MM-DD  publication date for .txt files that articles.json does not list
  --min-confidence N      leave out events less sure than N (0..1, default 0.3)
  -h, --help              show this help

Progress is shown on standard error for long runs when it is a terminal.
Exit codes: 0 ok; 1 some articles failed (each named with the reason on standard error; the
others are still written), or none could be read, or FILE cannot be written (then nothing is
written and an existing FILE stays as it was); 2 usage error (nothing written).
`;

/** Reasons may quote input at length (a JSON error, a metadata value): shown longer than ids. */
const REASON_MAX = 500;

const say = (io: CliIo, line: string) => io.err.write(`event-data extract: ${line}\n`);

function reportFailures(failures: readonly ArticleFailure[], io: CliIo): void {
  for (const f of failures) say(io, `${safeText(f.articleId)}: ${safeText(f.reason, REASON_MAX)}`);
}

/** Whether the -o target can be written; says why not. */
async function outputProblem(output: string): Promise<string | undefined> {
  try {
    await checkOutputTarget(output);
    return undefined;
  } catch (error) {
    return error instanceof OutputRefused ? `${safeText(error.file)} ${error.problem}` : `cannot write ${safeText(output)}: ${ioProblem(error)}`;
  }
}

function progressReporter(io: CliIo, loaded: Loaded) {
  if (!io.err.isTTY || loaded.articles.length < 50) return undefined;
  let last = '';
  return (stage: string, done: number, total: number) => {
    const line = `\r${stage}: ${Math.floor((100 * done) / Math.max(1, total))}%`;
    if (line !== last) io.err.write((last = line));
  };
}

/** `event-data extract`: articles in, a validated event dataset out. */
export async function runExtract(args: string[], io: CliIo): Promise<number> {
  let options: ExtractOptions | 'help';
  try {
    options = parseExtractArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err.write(`event-data extract: ${safeText(error.message)}\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  if (options === 'help') {
    io.out.write(EXTRACT_USAGE);
    return 0;
  }
  // Refused before the articles are read, so a long run does not end in an unwritable file.
  const refused = options.output === undefined ? undefined : await outputProblem(options.output);
  if (refused) {
    say(io, `${refused}; nothing written`);
    return 1;
  }
  let loaded: Loaded;
  try {
    loaded = await loadArticles(options, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(io, safeText(error.message));
    return 2;
  }
  const progress = progressReporter(io, loaded);
  const { dataset, failures } = extractEvents(loaded.articles, options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }, progress);
  if (progress) io.err.write('\r\x1b[K');
  const allFailures = [...loaded.failures, ...failures];
  reportFailures(allFailures, io);

  const existed = options.output !== undefined && (await lstat(options.output).then(() => true, () => false));
  const kept = existed ? `; ${safeText(options.output)} is left as it was` : '';
  if (dataset.articles.length === 0) {
    say(io, `${allFailures.length ? 'no article could be read' : 'the input holds no articles'}: nothing written${kept}`);
    return 1;
  }
  const check = validateDataset(dataset);
  if (!check.ok) {
    say(io, `internal error, the output does not validate (nothing written):\n${check.issues.map((i) => `  ${safeText(formatIssue(i), REASON_MAX)}`).join('\n')}`);
    return 1;
  }
  if (options.output === undefined) {
    for (const piece of datasetText(dataset, options.ndjson)) io.out.write(piece);
    return allFailures.length ? 1 : 0;
  }
  try {
    await writeAtomically(options.output, datasetText(dataset, options.ndjson));
  } catch (error) {
    say(io, error instanceof OutputRefused ? `${safeText(error.file)} ${error.problem}; nothing written` : `cannot write ${safeText(options.output)}: ${ioProblem(error)}${kept}`);
    return 1;
  }
  const failed = allFailures.length ? ` (${allFailures.length} failed)` : '';
  say(io, `${dataset.events.length} events from ${dataset.articles.length} articles written to ${safeText(options.output)}${failed}`);
  return allFailures.length ? 1 : 0;
}
