import { createReadStream } from 'node:fs';
import { articleResultProblem, type ArticleResult } from '../extract/article-result.js';
import { Merger } from '../extract/merge/merge-articles.js';
import type { CliIo } from './cli-io.js';
import { streamDataset, writePieces } from './dataset-stream.js';
import { FileStore } from './file-store.js';
import { ioProblem } from './io-problem.js';
import { ndjsonLines } from './ndjson-lines.js';
import { safeText } from './terminal-text.js';
import { OutputRefused, writeAtomically } from './write-output.js';
import { counted } from './counted.js';

export const MERGE_USAGE = `Usage:
  event-data merge SHARD.ndjson… [-o events.json]   merge per-article results into one dataset
  event-data merge - < shards.ndjson               the same from standard input

Reads the per-article results that \`event-data extract --no-merge\` writes (one article a line) and
merges them into a dataset of the event schema: reports of one happening across articles become one
event. Shards may come from any split of the articles, in any order, from any number of machines:
the output is byte for byte what one \`event-data extract\` over all the articles gives. Only the
merge keys of each event are held in memory; the events wait in a temporary file until written.

Options:
  -o, --output FILE   write to FILE (atomically) instead of standard output
  --ndjson            write NDJSON: a first line {"schemaVersion":2,"articles":[…]}, then one event per line
  -h, --help          show this help

Exit codes: 0 ok; 1 some lines were not article results (each named with file and line on standard
error; the others are still merged and written); 2 usage error (nothing written).
`;

/** A shard line can hold one article of up to 1,000,000 characters' worth of events and sentences. */
const MAX_LINE_BYTES = 64_000_000;

interface MergeOptions {
  inputs: string[];
  output?: string;
  ndjson: boolean;
}

function parseMergeArgs(args: string[]): MergeOptions | 'help' | string {
  const options: MergeOptions = { inputs: [], ndjson: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return 'help';
    if (a === '-o' || a === '--output') {
      const value = args[++i];
      if (value === undefined || (value.startsWith('-') && value !== '-')) return `${a} needs a value`;
      options.output = value;
    } else if (a === '--ndjson') options.ndjson = true;
    else if (a.startsWith('-') && a !== '-') return `unknown option ${safeText(a)}`;
    else options.inputs.push(a);
  }
  if (!options.inputs.length) return 'no input: give shard files, or - for standard input';
  return options;
}

/** Standard input as a stream: the process's, or in tests the text `readStdin` gives. */
async function* stdinOf(io: CliIo): AsyncGenerator<Buffer | string> {
  if (io.stdin) yield* io.stdin;
  else if (io.readStdin) yield await io.readStdin();
}

/** `event-data merge`: per-article results (shards) in, one dataset out. */
export async function runMerge(args: string[], io: CliIo): Promise<number> {
  const options = parseMergeArgs(args);
  if (options === 'help') {
    io.out.write(MERGE_USAGE);
    return 0;
  }
  if (typeof options === 'string') {
    io.err.write(`event-data merge: ${options}\n\n${MERGE_USAGE}`);
    return 2;
  }
  const store = new FileStore();
  const merger = new Merger(store);
  let problems = 0;
  let read = 0;
  const complain = (where: string, reason: string) => {
    problems++;
    io.err.write(`event-data merge: ${safeText(where)}: ${safeText(reason, 400)}\n`);
  };
  try {
    for (const input of options.inputs) {
      const stream = input === '-' ? stdinOf(io) : createReadStream(input);
      const name = input === '-' ? 'stdin' : input;
      try {
        for await (const line of ndjsonLines(stream, MAX_LINE_BYTES)) {
          const where = `${name}:${line.number}`;
          if ('tooLong' in line) {
            complain(where, `line of ${line.tooLong.toLocaleString('en')} bytes, longer than an article result can be`);
            continue;
          }
          let value: unknown;
          try {
            value = JSON.parse(line.text);
          } catch (error) {
            complain(where, `not JSON: ${(error as Error).message}`);
            continue;
          }
          const problem = articleResultProblem(value);
          if (problem) complain(where, `not an article result of event-data extract --no-merge: ${problem}`);
          else {
            merger.add(value as ArticleResult);
            read++;
          }
        }
      } catch (error) {
        complain(name, ioProblem(error));
      }
    }
    for (const failure of merger.failureList()) complain(failure.articleId, failure.reason);
    if (read === 0) {
      io.err.write('event-data merge: no article results were read; nothing written\n');
      return 1;
    }
    const pieces = streamDataset(merger.articleList(), merger.events(), options.ndjson);
    if (options.output) {
      try {
        await writeAtomically(options.output, pieces);
      } catch (error) {
        io.err.write(`event-data merge: cannot write ${safeText(options.output)}: ${error instanceof OutputRefused ? safeText(error.problem) : ioProblem(error)}\n`);
        return 1;
      }
      io.err.write(`event-data merge: ${counted(merger.eventCount, 'event')} from ${counted(read, 'article')} written to ${safeText(options.output)}\n`);
    } else await writePieces(io.out, pieces);
    return problems ? 1 : 0;
  } finally {
    store.close();
  }
}
