import { parseIsoDate } from '../schema/index.js';
import { defaultJobs } from './article-pool.js';

/** What `event-data extract` was asked to do. */
export interface ExtractOptions {
  /** Directories, .txt files, .json/.ndjson files, or `-` for standard input, in the order given. */
  inputs: string[];
  /** The -o file; standard output when absent. */
  output?: string;
  ndjson: boolean;
  /** The publication date of .txt files that no articles.json lists. */
  published?: string;
  minConfidence?: number;
  /** Write per-article results (one article a line) instead of merging them: the map step of `event-data merge`. */
  noMerge: boolean;
  /** Worker threads; 1 runs in the main thread. */
  jobs: number;
  /** Files of web addresses to fetch (one a line). */
  urlFiles: string[];
}

/** A command line the command cannot run: reported with the usage text, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The arguments of `event-data extract`, or 'help'; throws a UsageError naming what is wrong. */
export function parseExtractArgs(args: string[]): ExtractOptions | 'help' {
  const options: ExtractOptions = { inputs: [], ndjson: false, noMerge: false, jobs: defaultJobs(), urlFiles: [] };
  const value = (i: number, flag: string) => {
    const v = args[i + 1];
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return 'help';
    else if (a === '-o' || a === '--output') options.output = value(i++, a);
    else if (a === '--ndjson') options.ndjson = true;
    else if (a === '--no-merge') options.noMerge = true;
    else if (a === '--urls') options.urlFiles.push(value(i++, a));
    else if (a === '--jobs' || a === '-j') {
      const n = Number(value(i++, a));
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`${a} must be a whole number from 1 to 256, got ${JSON.stringify(args[i])}`);
      options.jobs = n;
    }
    else if (a === '--published') {
      options.published = value(i++, a);
      if (!/^\d{4}-\d{2}-\d{2}/.test(options.published) || parseIsoDate(options.published) === undefined)
        throw new UsageError(`--published must be an ISO 8601 date such as 2017-04-12, got ${JSON.stringify(options.published)}`);
    } else if (a === '--min-confidence') {
      const n = Number(value(i++, a));
      if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-confidence must be a number from 0 to 1, got ${JSON.stringify(args[i])}`);
      options.minConfidence = n;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else options.inputs.push(a);
  }
  if (!options.inputs.length && !options.urlFiles.length) throw new UsageError('no input: give a directory, .txt or .json files, or - for standard input');
  return options;
}
