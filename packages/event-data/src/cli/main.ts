import { readFile } from 'node:fs/promises';
import { validateDataset, formatIssue } from '../schema/index.js';

const USAGE = `Usage: event-data <command> [options]

Commands:
  validate <file.json>   Check a dataset file against the event schema.

Options:
  -h, --help             Show this help.
`;

/**
 * Runs the CLI with `argv` (without node and the script) and resolves to the exit code:
 * 0 ok, 1 some input failed, 2 usage error.
 */
export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') {
    io.out.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'validate') {
    if (rest.length !== 1) {
      io.err.write(`event-data validate: expected one file, got ${rest.length}\n\n${USAGE}`);
      return 2;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(rest[0], 'utf8'));
    } catch (error) {
      io.err.write(`${rest[0]}: ${(error as Error).message}\n`);
      return 1;
    }
    const result = validateDataset(parsed);
    if (result.ok) {
      io.out.write(`${rest[0]}: valid (${result.value.events.length} events, ${result.value.articles.length} articles)\n`);
      return 0;
    }
    for (const issue of result.issues) io.err.write(`${rest[0]}: ${formatIssue(issue)}\n`);
    if (result.dropped) io.err.write(`${rest[0]}: … and ${result.dropped} more issues\n`);
    return 1;
  }
  io.err.write(`event-data: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
  return 2;
}
