import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { tagTimexes } from '../timex/index.js';
import { recognizeEvents } from '../extract/index.js';
import { describePosition, parseTimeml, TimemlError, writeTimeml } from '../timeml/index.js';
import type { CliIo } from './cli-io.js';
import { safeText } from './terminal-text.js';

export const TIMEML_USAGE = `Usage:
  event-data timeml IN.tml [-o OUT.tml]     tag one file (written to standard output unless -o)
  event-data timeml - [-o OUT.tml]          read the file from standard input
  event-data timeml --dir IN_DIR OUT_DIR    tag every .tml file under IN_DIR into OUT_DIR (same relative paths)

Reads TempEval-3 style TimeML: a <DCT> holding a <TIMEX3 … value="YYYY-MM-DD"> with the document
creation time, and a <TEXT> of plain text. Writes the same document with a
<TIMEX3 tid="t1" type="…" value="…"> tag (plus mod, and quant/freq for sets) around every time
expression in TEXT, values resolved against the DCT, and an <EVENT eid="e1" class="…"> tag around
every word that names an event (TimeML's classes OCCURRENCE, REPORTING, STATE, I_ACTION,
I_STATE, ASPECTUAL, PERCEPTION; the event model learned from TimeBank). TIMEX3, EVENT and
SIGNAL tags already inside TEXT are removed (training files have them); every other character
is kept exactly as it was, entities included. New tids count from t1 and skip tids the document already uses (the DCT's t0).

Options:
  -o, --output FILE   write the tagged document to FILE instead of standard output
  --dir               tag a directory: IN_DIR OUT_DIR (OUT_DIR is created; inputs are never overwritten)
  -h, --help          show this help

Exit codes: 0 ok; 2 usage error, or a file that is not TimeML (not XML, unbalanced tags, no DCT,
no TEXT, unreadable): the error names the file and the problem. With --dir the other files are
still written and the exit code is 2 at the end.
`;

/** Tags one TimeML source; throws TimemlError when it is malformed. Warnings go to `warn`. */
function tagSource(source: string, name: string, warn: (line: string) => void): string {
  const doc = parseTimeml(source);
  const { output, skipped } = writeTimeml(doc, tagTimexes(doc.text, { dct: doc.dct }), recognizeEvents(doc.text));
  for (const { timex, reason } of skipped) {
    const at = doc.sourceStart[Math.min(timex.start, doc.text.length - 1)] ?? doc.contentStart;
    warn(`${name}: ${describePosition(source, at)}: left out ${JSON.stringify(timex.text)}: ${reason}`);
  }
  return output;
}

const problem = (error: unknown) =>
  error instanceof TimemlError ? `not valid TimeML: ${error.message}` : (error as Error).message;

/** What a failed read or write says: the Node message without its error code and syscall noise. */
const ioProblem = (error: unknown) => {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return message;
};

async function listTml(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string) => {
    const entries = await readdir(current, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.tml')) found.push(path);
    }
  };
  await walk(dir);
  return found;
}

async function runDir(inDir: string, outDir: string, io: CliIo): Promise<number> {
  const warn = (line: string) => io.err.write(`event-data timeml: ${safeText(line, 500)}\n`);
  try {
    if (!(await stat(inDir)).isDirectory()) {
      warn(`${inDir}: not a directory`);
      return 2;
    }
  } catch (error) {
    warn(`${inDir}: ${ioProblem(error)}`);
    return 2;
  }
  const from = resolve(inDir);
  const to = resolve(outDir);
  if (from === to) {
    warn(`OUT_DIR is IN_DIR (${inDir}): the inputs would be overwritten; choose another output directory`);
    return 2;
  }
  // OUT_DIR may live inside IN_DIR: its files are outputs, not inputs.
  const files = (await listTml(from)).filter((path) => !path.startsWith(to + '/'));
  if (files.length === 0) {
    warn(`${inDir}: no .tml files`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const name = join(inDir, relative(from, file));
    let source: string;
    try {
      source = await readFile(file, 'utf8');
    } catch (error) {
      warn(`${name}: cannot read: ${ioProblem(error)}`);
      failed++;
      continue;
    }
    let output: string;
    try {
      output = tagSource(source, name, warn);
    } catch (error) {
      warn(`${name}: ${problem(error)}`);
      failed++;
      continue;
    }
    const target = join(to, relative(from, file));
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, output);
    } catch (error) {
      warn(`${join(outDir, relative(from, file))}: cannot write: ${ioProblem(error)}`);
      failed++;
    }
  }
  const written = files.length - failed;
  io.err.write(`event-data timeml: ${written} of ${files.length} files tagged into ${safeText(outDir)}${failed ? `, ${failed} failed` : ''}\n`);
  return failed ? 2 : 0;
}

async function runFile(input: string, output: string | undefined, io: CliIo): Promise<number> {
  const warn = (line: string) => io.err.write(`event-data timeml: ${safeText(line, 500)}\n`);
  const name = input === '-' ? '<stdin>' : input;
  let source: string;
  try {
    if (input === '-') {
      if (!io.readStdin) throw new Error('standard input is not available');
      source = await io.readStdin();
    } else {
      source = await readFile(input, 'utf8');
    }
  } catch (error) {
    warn(`${name}: cannot read: ${ioProblem(error)}`);
    return 2;
  }
  let tagged: string;
  try {
    tagged = tagSource(source, name, warn);
  } catch (error) {
    warn(`${name}: ${problem(error)}`);
    return 2;
  }
  if (output === undefined) {
    io.out.write(tagged);
    return 0;
  }
  try {
    await writeFile(output, tagged);
  } catch (error) {
    warn(`${output}: cannot write: ${ioProblem(error)}`);
    return 2;
  }
  return 0;
}

/** `event-data timeml`: tags time expressions in TempEval-3 style TimeML files. */
export async function runTimeml(args: string[], io: CliIo): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out.write(TIMEML_USAGE);
    return 0;
  }
  const usage = (message: string) => {
    io.err.write(`event-data timeml: ${safeText(message)}\n\n${TIMEML_USAGE}`);
    return 2;
  };
  let output: string | undefined;
  let dir = false;
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-o' || arg === '--output') {
      if (i + 1 >= args.length) return usage(`${arg} needs a file name`);
      if (output !== undefined) return usage(`${arg} given twice`);
      output = args[++i];
    } else if (arg.startsWith('--output=')) {
      output = arg.slice('--output='.length);
    } else if (arg === '--dir') {
      dir = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      return usage(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (dir) {
    if (output !== undefined) return usage('-o does not go with --dir (give IN_DIR OUT_DIR)');
    if (positional.length !== 2) return usage('--dir needs IN_DIR and OUT_DIR');
    return runDir(positional[0], positional[1], io);
  }
  if (positional.length !== 1) return usage(positional.length ? 'give one input file (or --dir IN_DIR OUT_DIR)' : 'no input file');
  return runFile(positional[0], output, io);
}
