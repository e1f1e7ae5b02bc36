import { readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { extractEvents, type ArticleInput, type ArticleFailure } from '../extract/index.js';
import { formatIssue, parseIsoDate, validateDataset, type Dataset } from '../schema/index.js';
import type { CliIo } from './main.js';

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

Options:
  -o, --output FILE       write to FILE (atomically: a temporary file renamed into place) instead of standard output
  --ndjson                write NDJSON: a first line {"schemaVersion":2,"articles":[…]}, then one event per line
  --published YYYY-MM-DD  publication date for .txt files that articles.json does not list
  --min-confidence N      leave out events less sure than N (0..1, default 0.3)
  -h, --help              show this help

Progress is shown on standard error for long runs when it is a terminal.
Exit codes: 0 ok; 1 some articles failed (each named with the reason on standard error; the
others are still written); 2 usage error (nothing written).
`;

interface Options {
  inputs: string[];
  output?: string;
  ndjson: boolean;
  published?: string;
  minConfidence?: number;
}

class UsageError extends Error {}

function parseArgs(args: string[]): Options | 'help' {
  const options: Options = { inputs: [], ndjson: false };
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
  if (!options.inputs.length) throw new UsageError('no input: give a directory, .txt or .json files, or - for standard input');
  return options;
}

interface Loaded {
  articles: ArticleInput[];
  failures: ArticleFailure[];
}

/** What a failed read says, without Node's error codes. */
const ioProblem = (error: unknown): string => {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return message;
};

/** Metadata from an articles.json: id → record. Problems are reported once, as a failure of that file. */
async function readMetadata(dir: string, loaded: Loaded): Promise<Map<string, Record<string, unknown>>> {
  const file = join(dir, 'articles.json');
  const out = new Map<string, Record<string, unknown>>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return out;
  }
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) throw new Error('expected an array of {id, published, …}');
    list.forEach((entry, i) => {
      if (entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string') out.set((entry as { id: string }).id, entry as Record<string, unknown>);
      else loaded.failures.push({ articleId: `${file}[${i}]`, reason: 'metadata entry without a string "id"' });
    });
  } catch (error) {
    loaded.failures.push({ articleId: file, reason: `unreadable metadata: ${(error as Error).message}` });
  }
  return out;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

async function loadTxt(file: string, options: Options, metadata: Map<string, Record<string, unknown>>, loaded: Loaded): Promise<void> {
  const id = basename(file, extname(file));
  const meta = metadata.get(id);
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.subarray(0, 8000).includes(0)) {
      loaded.failures.push({ articleId: id, reason: `${file} is a binary file, not text` });
      return;
    }
    text = bytes.toString('utf8');
  } catch (error) {
    loaded.failures.push({ articleId: id, reason: `${file}: ${ioProblem(error)}` });
    return;
  }
  const published = meta ? meta.published : options.published;
  loaded.articles.push({
    id,
    text,
    published: published as string,
    title: str(meta?.title),
    publisher: str(meta?.publisher) ?? null,
    url: str(meta?.url) ?? null,
  });
}

/** Articles from JSON text: an array, a single object, {articles: […]}, or NDJSON. */
function parseJsonArticles(text: string, source: string, loaded: Loaded): void {
  const add = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      loaded.failures.push({ articleId: where, reason: 'not an article object {id, text, published}' });
      return;
    }
    const v = value as Record<string, unknown>;
    if (typeof v.id !== 'string' || !v.id.trim()) loaded.failures.push({ articleId: where, reason: 'missing "id"' });
    else loaded.articles.push(v as unknown as ArticleInput);
  };
  const trimmed = text.trim();
  if (!trimmed) {
    loaded.failures.push({ articleId: source, reason: 'empty input' });
    return;
  }
  try {
    const value: unknown = JSON.parse(trimmed);
    const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles) ? (value as { articles: unknown[] }).articles : [value];
    list.forEach((v, i) => add(v, `${source}[${i}]`));
    return;
  } catch {
    // not one JSON value: try NDJSON
  }
  trimmed.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      add(JSON.parse(line), `${source}:${i + 1}`);
    } catch (error) {
      loaded.failures.push({ articleId: `${source}:${i + 1}`, reason: `not JSON: ${(error as Error).message}` });
    }
  });
}

async function load(options: Options, io: CliIo): Promise<Loaded> {
  const loaded: Loaded = { articles: [], failures: [] };
  const metadataByDir = new Map<string, Map<string, Record<string, unknown>>>();
  const metadataFor = async (dir: string) => {
    const key = resolve(dir);
    if (!metadataByDir.has(key)) metadataByDir.set(key, await readMetadata(dir, loaded));
    return metadataByDir.get(key)!;
  };
  for (const input of options.inputs) {
    if (input === '-') {
      if (!io.readStdin) throw new UsageError('standard input is not available');
      parseJsonArticles(await io.readStdin(), 'stdin', loaded);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      loaded.failures.push({ articleId: input, reason: ioProblem(error) });
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => n.endsWith('.txt')).sort();
      if (!names.length) loaded.failures.push({ articleId: input, reason: 'no .txt files in this directory' });
      const metadata = await metadataFor(input);
      for (const name of names) await loadTxt(join(input, name), options, metadata, loaded);
    } else if (/\.(json|ndjson|jsonl)$/i.test(input)) {
      try {
        parseJsonArticles(await readFile(input, 'utf8'), input, loaded);
      } catch (error) {
        loaded.failures.push({ articleId: input, reason: ioProblem(error) });
      }
    } else await loadTxt(input, options, await metadataFor(dirname(input)), loaded);
  }
  return loaded;
}

function serialise(dataset: Dataset, ndjson: boolean): string {
  if (!ndjson) return `${JSON.stringify(dataset, null, 2)}\n`;
  const lines = [JSON.stringify({ schemaVersion: dataset.schemaVersion, articles: dataset.articles }), ...dataset.events.map((e) => JSON.stringify(e))];
  return `${lines.join('\n')}\n`;
}

/** Writes through a temporary file in the same directory, renamed into place: never a partial file. */
async function writeAtomically(file: string, content: string): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** `event-data extract`: articles in, a validated event dataset out. */
export async function runExtract(args: string[], io: CliIo): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err.write(`event-data extract: ${error.message}\n\n${EXTRACT_USAGE}`);
    return 2;
  }
  if (options === 'help') {
    io.out.write(EXTRACT_USAGE);
    return 0;
  }
  let loaded: Loaded;
  try {
    loaded = await load(options, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err.write(`event-data extract: ${error.message}\n`);
    return 2;
  }
  const showProgress = !!io.err.isTTY && loaded.articles.length >= 50;
  let last = '';
  const progress = showProgress
    ? (stage: string, done: number, total: number) => {
        const line = `\r${stage}: ${Math.floor((100 * done) / Math.max(1, total))}%`;
        if (line !== last) io.err.write((last = line));
      }
    : undefined;
  const { dataset, failures } = extractEvents(loaded.articles, options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }, progress);
  if (showProgress) io.err.write('\r\x1b[K');
  const allFailures = [...loaded.failures, ...failures];
  for (const f of allFailures) io.err.write(`event-data extract: ${f.articleId}: ${f.reason}\n`);

  const check = validateDataset(dataset);
  if (!check.ok) {
    io.err.write(`event-data extract: internal error, the output does not validate (nothing written):\n${check.issues.map((i) => `  ${formatIssue(i)}`).join('\n')}\n`);
    return 1;
  }
  const content = serialise(dataset, options.ndjson);
  if (options.output) {
    try {
      await writeAtomically(options.output, content);
    } catch (error) {
      io.err.write(`event-data extract: cannot write ${options.output}: ${ioProblem(error)}\n`);
      return 1;
    }
    io.err.write(`event-data extract: ${dataset.events.length} events from ${dataset.articles.length} articles written to ${options.output}${allFailures.length ? ` (${allFailures.length} failed)` : ''}\n`);
  } else io.out.write(content);
  return allFailures.length ? 1 : 0;
}
