import { lstat } from 'node:fs/promises';
import type { ArticleFailure } from '../extract/index.js';
import type { CliIo } from './cli-io.js';
import { InternalError, openOutput, runBatch, type BatchSummary } from './extract-batch.js';
import { parseExtractArgs, UsageError, type ExtractOptions } from './extract-args.js';
import { ioProblem } from './io-problem.js';
import { articleStream } from './load-articles.js';
import { safeText } from './terminal-text.js';
import { checkOutputTarget, OutputRefused } from './write-output.js';
import { counted } from './counted.js';

export const EXTRACT_USAGE = `Usage:
  event-data extract DIR [-o events.json]               a directory of .txt articles with an articles.json of metadata
  event-data extract A.txt B.txt --published 2017-04-12 loose .txt files, all published that day
  event-data extract articles.json|articles.ndjson      articles as JSON: {id, text, published, title?, publisher?, url?}
  event-data extract - < articles.ndjson                the same from standard input (a JSON array, one object, or NDJSON)
  event-data extract page.html https://example.com/news/1    web pages, saved or fetched (the article body is read out of the page)
  event-data extract --urls urls.txt                         a file of web addresses, one a line
  event-data extract --no-merge part-1.ndjson -o shard-1.ndjson   per-article results, to merge later with event-data merge

Reads English news articles and writes the dated events they report as a dataset of the event
schema: { schemaVersion: 2, articles, events } (see @event-timeline/data/schema.json).

A .txt article's id is its file name without .txt; its first headline-like line is its title.
Its publication date comes from an articles.json beside it (an array of {id, published,
publisher?, url?, title?}) or from --published. An article with no publication date is an error
for that article: relative dates ("last week", "on Sunday") cannot be resolved without one.
A web page (.html file, {id, html, url?} record, or address) gives its body text, headline,
publisher, canonical address and publication date (meta tags, JSON-LD, <time>, then a date in its
address); --published or articles.json overrides the page's date. Nothing in a page is run.
Addresses are fetched a few at a time (two per host), with a 30 s timeout, redirects followed and
a 20 MB limit; a page that fails (404, timeout, not HTML) is named and the rest are still read.
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
  --no-merge              write each article's own result as one JSON line, as soon as it is read, instead of
                          merging: shards that \`event-data merge\` joins into the dataset one run would give
  -j, --jobs N            extract on N worker threads (default: the number of cores); the output is the same
                          for any N
  --published YYYY-MM-DD  publication date for .txt files that articles.json does not list
  --min-confidence N      leave out events less sure than N (0..1, default 0.3)
  --urls FILE             fetch the web addresses listed in FILE (one a line, # comments)
  -h, --help              show this help

NDJSON input (a file, or standard input) is read line by line and events are written as the run
goes, so a batch of any size takes bounded memory: the merge keeps compact keys, the events wait in
a temporary file. Progress is shown on standard error for long runs when it is a terminal.
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

/** A count of the articles done, on a terminal only, for runs long enough to need one. */
function progressReporter(io: CliIo): ((done: number) => void) | undefined {
  if (!io.err.isTTY) return undefined;
  return (done: number) => {
    if (done % 50 === 0) io.err.write(`\rextract: ${done.toLocaleString('en')} articles`);
  };
}

/** `event-data extract`: articles in, a validated event dataset (or per-article results) out. */
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
  if (options.inputs.includes('-') && !io.stdin && !io.readStdin) {
    say(io, 'standard input is not available');
    return 2;
  }
  const existed = options.output !== undefined && (await lstat(options.output).then(() => true, () => false));
  const kept = existed ? `; ${safeText(options.output)} is left as it was` : '';
  const progress = progressReporter(io);
  let summary: BatchSummary;
  try {
    summary = await runBatch(articleStream(options, io), options, () => openOutput(options.output, io), (f) => reportFailures([f], io), progress);
  } catch (error) {
    if (progress) io.err.write('\r\x1b[K');
    if (error instanceof InternalError) say(io, `internal error, ${safeText(error.message, REASON_MAX)} (nothing written${kept})`);
    else if (error instanceof OutputRefused) say(io, `${safeText(error.file)} ${error.problem}; nothing written`);
    else if ((error as NodeJS.ErrnoException).syscall) say(io, `cannot write ${safeText(options.output ?? 'standard output')}: ${ioProblem(error)}${kept}`);
    else throw error;
    return 1;
  }
  if (progress) io.err.write('\r\x1b[K');
  if (summary.articles === 0) {
    say(io, `${summary.failed ? 'no article could be read' : 'the input holds no articles'}: nothing written${kept}`);
    return 1;
  }
  const failed = summary.failed ? ` (${summary.failed} failed)` : '';
  const what = options.noMerge
    ? `results of ${counted(summary.articles, 'article')} (${counted(summary.events, 'event')} before merging)`
    : `${counted(summary.events, 'event')} from ${counted(summary.articles, 'article')}`;
  if (options.output !== undefined) say(io, `${what} written to ${safeText(options.output)}${failed}`);
  return summary.failed ? 1 : 0;
}
