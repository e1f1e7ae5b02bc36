import type { CliIo } from './cli-io.js';
import { processIo } from './process-io.js';
import { safeText } from './terminal-text.js';

export type { CliIo } from './cli-io.js';

export const USAGE = `Usage: event-data <command> [options]

Commands:
  extract <dir|files…>   Extract dated events from news articles into a dataset (see: event-data extract --help).
  timeml <in.tml>        Tag time expressions in TempEval-3 TimeML (see: event-data timeml --help).
  validate <file.json>   Check a dataset file (schema version 1 or 2) against the event schema.
  merge <shards…>        Merge per-article results of extract --no-merge into one dataset (see: event-data merge --help).
  export <dataset>       Write a dataset as TimelineJS3 JSON, CSV or iCalendar (see: event-data export --help).

Options:
  -h, --help             Show this help.

Exit codes: 0 ok, 1 some input failed (named on stderr), 2 usage error or malformed input.
`;

// Each command's module is loaded when it runs: `merge` never loads the tagger, a worker-thread
// `extract` never loads the extraction model in the main thread.

/**
 * Runs the CLI with `argv` (without node and the script) and resolves to the exit code:
 * 0 ok, 1 some input failed, 2 usage error.
 */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      io.err.write(USAGE);
      return 2;
    case '-h':
    case '--help':
    case 'help':
      io.out.write(USAGE);
      return 0;
    case 'validate':
      return (await import('./validate.js')).runValidate(rest, io);
    case 'timeml':
      return (await import('./timeml.js')).runTimeml(rest, io);
    case 'extract':
      return (await import('./extract.js')).runExtract(rest, io);
    case 'export':
      return (await import('./export.js')).runExport(rest, io);
    case 'merge':
      return (await import('./merge.js')).runMerge(rest, io);
    default:
      io.err.write(`event-data: unknown command ${safeText(JSON.stringify(command))}\n\n${USAGE}`);
      return 2;
  }
}

/**
 * The CLI as a process runs it (bin/event-data.js): `main` with the process's io, its result as
 * the exit code. An unexpected error is reported in one line, exit code 2.
 */
export async function runCli(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv, processIo());
  } catch (error) {
    process.stderr.write(`event-data: ${safeText(error instanceof Error ? error.message : String(error), 500)}\n`);
    process.exitCode = 2;
  }
}
