import { readFile } from 'node:fs/promises';
import { validateDataset, formatIssue } from '../schema/index.js';
import type { CliIo } from './main.js';

/** `event-data validate <file.json>`: checks a dataset file of schema version 1 or 2 against the schema. */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  if (args.length !== 1 || args[0].startsWith('-')) {
    io.err.write(`Usage: event-data validate <file.json>\n`);
    return args[0] === '--help' || args[0] === '-h' ? 0 : 2;
  }
  const [file] = args;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    io.err.write(`${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const result = validateDataset(parsed);
  if (result.ok) {
    const { schemaVersion, events, articles } = result.value;
    io.out.write(`${file}: valid (schema version ${schemaVersion}, ${events.length} events, ${articles.length} articles)\n`);
    return 0;
  }
  for (const issue of result.issues) io.err.write(`${file}: ${formatIssue(issue)}\n`);
  if (result.dropped) io.err.write(`${file}: … and ${result.dropped} more issues\n`);
  return 1;
}
