import { runValidate } from './validate.js';
import { runTimeml } from './timeml.js';
import { runExtract } from './extract.js';
import { runExport } from './export.js';

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  out: { write(text: string): unknown; isTTY?: boolean };
  err: { write(text: string): unknown; isTTY?: boolean };
  /** Reads all of standard input (for `-` arguments). */
  readStdin?: () => Promise<string>;
}

export const USAGE = `Usage: event-data <command> [options]

Commands:
  extract <dir|files…>   Extract dated events from news articles into a dataset (see: event-data extract --help).
  timeml <in.tml>        Tag time expressions in TempEval-3 TimeML (see: event-data timeml --help).
  validate <file.json>   Check a dataset file (schema version 1 or 2) against the event schema.
  export <dataset>       Write a dataset as TimelineJS3 JSON, CSV or iCalendar (see: event-data export --help).

Options:
  -h, --help             Show this help.

Exit codes: 0 ok, 1 some input failed (named on stderr), 2 usage error or malformed input.
`;

const defaultIo = (): CliIo => ({
  out: process.stdout,
  err: process.stderr,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
});

/**
 * Runs the CLI with `argv` (without node and the script) and resolves to the exit code:
 * 0 ok, 1 some input failed, 2 usage error.
 */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
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
      return runValidate(rest, io);
    case 'timeml':
      return runTimeml(rest, io);
    case 'extract':
      return runExtract(rest, io);
    case 'export':
      return runExport(rest, io);
    default:
      io.err.write(`event-data: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
      return 2;
  }
}
