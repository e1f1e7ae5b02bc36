import { validateDataset, formatIssue } from '../schema/index.js';
import type { CliIo } from './cli-io.js';
import { ioProblem } from './io-problem.js';
import { InputProblem, JSON_INPUT_LIMIT, readInputText } from './read-input.js';
import { safeText } from './terminal-text.js';

export const VALIDATE_USAGE = `Usage: event-data validate FILE.json

Checks a dataset file of schema version 1 or 2 against the event schema and says whether it is
valid; each problem is named by its path ("events[3].time.start: not an ISO 8601 date"). The file
is UTF-8 JSON, with or without a byte order mark, a regular file of at most 256 MB.

Options:
  -h, --help   show this help

Exit codes: 0 valid; 1 not a valid dataset (each issue on standard error); 2 usage error, or a
file that cannot be read or is not JSON.
`;

/** Issues quote values from the file: shown at length, but never raw. */
const ISSUE_MAX = 500;

/** `event-data validate <file.json>`: checks a dataset file of schema version 1 or 2 against the schema. */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out.write(VALIDATE_USAGE);
    return 0;
  }
  if (args.length !== 1 || args[0].startsWith('-')) {
    const problem = args.length === 0 ? 'no file given' : args.length > 1 ? 'give one file' : `unknown option ${args[0]}`;
    io.err.write(`event-data validate: ${safeText(problem)}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  const [file] = args;
  const name = safeText(file);
  let text: string;
  try {
    text = await readInputText(file, JSON_INPUT_LIMIT);
  } catch (error) {
    io.err.write(`${name}: ${error instanceof InputProblem ? error.message : ioProblem(error)}\n`);
    return 2;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    io.err.write(`${name}: not JSON: ${safeText((error as Error).message, ISSUE_MAX)}\n`);
    return 2;
  }
  const result = validateDataset(parsed);
  if (result.ok) {
    const { schemaVersion, events, articles } = result.value;
    io.out.write(`${name}: valid (schema version ${schemaVersion}, ${events.length} events, ${articles.length} articles)\n`);
    return 0;
  }
  for (const issue of result.issues) io.err.write(`${name}: ${safeText(formatIssue(issue), ISSUE_MAX)}\n`);
  if (result.dropped) io.err.write(`${name}: … and ${result.dropped} more issues\n`);
  return 1;
}
