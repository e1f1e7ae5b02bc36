import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ArticleFailure, ArticleInput } from '../extract/index.js';
import { arrayPosition, readArticleMetadata, type MetadataEntry } from './article-metadata.js';
import type { CliIo } from './cli-io.js';
import { UsageError, type ExtractOptions } from './extract-args.js';
import { ioProblem } from './io-problem.js';
import { ndjsonLines, type NdjsonLine } from './ndjson-lines.js';
import type { FetchProgress } from '../input/fetch-pages.js';
import { ARTICLE_FILE_LIMIT, decodeText, InputProblem, JSON_INPUT_LIMIT, NDJSON_RECORD_LIMIT, openInputStream, readInputBytes, readInputText, tooLarge } from './read-input.js';

/** One article read from the inputs, with where it was read; or an input or record that could not be read. */
export type ArticleItem = { article: ArticleInput; where: string } | { failure: ArticleFailure };

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Web pages are read by Readability over linkedom: loaded only when a page or an address comes. */
let pageSupport: Promise<typeof import('./page-articles.js')> | undefined;
const pages = () => (pageSupport ??= import('./page-articles.js'));

/** Whether a command-line input is a web address rather than a path. */
const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Why an input could not be read, in plain words. */
const readProblem = (error: unknown) => (error instanceof InputProblem ? error.message : ioProblem(error));

const failure = (articleId: string, reason: string): ArticleItem => ({ failure: { articleId, reason } });

async function loadTxt(file: string, options: ExtractOptions, metadata: Map<string, MetadataEntry>): Promise<ArticleItem> {
  const id = basename(file, extname(file));
  let bytes: Buffer;
  try {
    bytes = await readInputBytes(file, ARTICLE_FILE_LIMIT);
  } catch (error) {
    return failure(file, readProblem(error));
  }
  if (bytes.subarray(0, 8000).includes(0)) return failure(id, `${file} is a binary file, not text`);
  const meta = metadata.get(id)?.record;
  return {
    article: {
      id,
      text: decodeText(bytes),
      published: (meta ? meta.published : options.published) as string,
      title: str(meta?.title),
      publisher: str(meta?.publisher) ?? null,
      url: str(meta?.url) ?? null,
    },
    where: file,
  };
}

/** An article record of JSON input ({id, text, published, …}, or {id, html, url?, published?, …} for a web page), or why it is not one. */
async function articleRecord(value: unknown, where: string): Promise<ArticleItem> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return failure(where, 'not an article object {id, text, published}');
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || !v.id.trim()) return failure(where, 'missing "id"');
  if (typeof v.html === 'string' && v.text === undefined) {
    const { HTML_FILE_LIMIT, pageArticle } = await pages();
    if (v.html.length > HTML_FILE_LIMIT.maxBytes) return failure(where, tooLarge(HTML_FILE_LIMIT, Buffer.byteLength(v.html, 'utf8')));
    return pageArticle(v.html, v.id, where, { url: str(v.url), published: str(v.published), title: str(v.title), publisher: str(v.publisher) });
  }
  return { article: v as unknown as ArticleInput, where };
}

/** Articles from the whole text of a JSON input: an array, a single object, or {articles: […]}; undefined when it is not one JSON value. */
async function* jsonArticles(text: string, source: string): AsyncGenerator<ArticleItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield failure(source, `not JSON: ${(error as Error).message}`);
    return;
  }
  const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles) ? (value as { articles: unknown[] }).articles : undefined;
  // One article alone is the whole input: named by the input, with no position.
  if (list) for (let i = 0; i < list.length; i++) yield await articleRecord(list[i], arrayPosition(source, i));
  else yield await articleRecord(value, source);
}

/** A stream as chunks, with the first bytes looked at without losing them. */
async function* withHead(head: Buffer, rest: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer | string> {
  if (head.length) yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * Articles from a JSON or NDJSON stream (standard input, an .ndjson file), read as they come: NDJSON
 * one line at a time, so a batch of any size takes no more memory than its longest line. A stream
 * that starts with `[`, or whose first line is not JSON on its own (a pretty-printed object), is one
 * JSON value and is read whole, up to the JSON input limit.
 */
async function* streamArticles(stream: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<ArticleItem> {
  const chunks = stream[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  // the first byte that is not white space (or a byte order mark) tells an array from NDJSON
  let first: number | undefined;
  while (first === undefined) {
    const next = await chunks.next();
    if (next.done) break;
    head = Buffer.concat([head, typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : next.value]);
    first = decodeText(head).trimStart()[0]?.charCodeAt(0);
  }
  if (first === undefined) {
    yield failure(source, 'empty input');
    return;
  }
  // one JSON value read whole; if it is not one, its lines are NDJSON records, each named by its line
  const whole = async function* (lines: Array<{ number: number; text: string }>, rest: AsyncGenerator<NdjsonLine> | undefined): AsyncGenerator<ArticleItem> {
    let size = lines.reduce((n, l) => n + Buffer.byteLength(l.text, 'utf8') + 1, 0);
    if (rest)
      for await (const line of rest) {
        size += 'tooLong' in line ? line.tooLong : Buffer.byteLength(line.text, 'utf8') + 1;
        if (size > JSON_INPUT_LIMIT.maxBytes || ('tooLong' in line && line.endless)) {
          yield failure(source, tooLarge(JSON_INPUT_LIMIT));
          return;
        }
        if ('text' in line) lines.push(line);
      }
    const text = lines.map((l) => l.text).join('\n');
    let parsed = true;
    try {
      JSON.parse(text);
    } catch {
      parsed = false;
    }
    if (parsed) {
      yield* jsonArticles(text, source);
      return;
    }
    for (const line of lines) {
      const where = `${source}:${line.number}`;
      try {
        yield await articleRecord(JSON.parse(line.text), where);
      } catch (error) {
        yield failure(where, `not JSON: ${(error as Error).message}`);
      }
    }
  };
  if (first !== 0x5b /* [ */ && first !== 0x7b /* { */) {
    yield failure(source, `not JSON or NDJSON: it starts with ${JSON.stringify(String.fromCharCode(first))}`);
    return;
  }
  if (first === 0x5b /* [ */) {
    yield* whole([], ndjsonLines(withHead(head, chunks), JSON_INPUT_LIMIT.maxBytes));
    return;
  }
  const lines = ndjsonLines(withHead(head, chunks), NDJSON_RECORD_LIMIT.maxBytes);
  let firstLine = true;
  for await (const line of lines) {
    const where = `${source}:${line.number}`;
    if ('tooLong' in line) {
      yield failure(where, line.endless ? `${tooLarge(JSON_INPUT_LIMIT)} without a line break; the rest is not read` : tooLarge(NDJSON_RECORD_LIMIT, line.tooLong));
      firstLine = false;
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      if (firstLine) {
        yield* whole([line], lines);
        return;
      }
      yield failure(where, `not JSON: ${(error as Error).message}`);
      continue;
    }
    if (firstLine && value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles)) {
      yield* jsonArticles(line.text, source);
      firstLine = false;
      continue;
    }
    firstLine = false;
    yield await articleRecord(value, where);
  }
}

/** A text already read whole (standard input in tests) as a stream of one chunk. */
async function* oneChunk(text: string): AsyncGenerator<string> {
  yield text;
}

/**
 * Reads every input of `options` in order, one article at a time: directories of .txt articles
 * (with their articles.json), loose .txt files, JSON/NDJSON files and `-` for standard input.
 * Nothing is read without a size cap, and NDJSON is read line by line, so any number of articles
 * can stream through. An input that cannot be read is a failure naming it, never the end of the
 * batch. An id seen before is a failure naming both places; the first article of an id is read.
 * Throws a UsageError only when `-` is given and standard input is not available.
 */
export async function* articleStream(options: ExtractOptions, io: CliIo): AsyncGenerator<ArticleItem> {
  const firstAt = new Map<string, string>();
  for await (const item of readInputs(options, io)) {
    if ('failure' in item) {
      yield item;
      continue;
    }
    const first = firstAt.get(item.article.id);
    if (first !== undefined) yield failure(item.where, `id ${JSON.stringify(item.article.id)} is also at ${first}; the first is read, this one is not`);
    else {
      firstAt.set(item.article.id, item.where);
      yield item;
    }
  }
}

async function* readInputs(options: ExtractOptions, io: CliIo): AsyncGenerator<ArticleItem> {
  const metadataByDir = new Map<string, Map<string, MetadataEntry>>();
  const metadataFailures: ArticleFailure[] = [];
  const metadataFor = async (dir: string) => {
    const key = resolve(dir);
    let metadata = metadataByDir.get(key);
    if (!metadata) metadataByDir.set(key, (metadata = await readArticleMetadata(dir, metadataFailures)));
    return metadata;
  };
  const metadataProblems = function* () {
    for (const f of metadataFailures.splice(0)) yield { failure: f } as ArticleItem;
  };
  let urls: string[] = [];
  const fetchUrls = async function* () {
    if (urls.length) yield* (await pages()).urlArticles(urls.splice(0), options.published, fetchProgress(io));
  };
  for (const input of options.inputs) {
    // web addresses are fetched together (in order, a few at a time) until the next input that is not one
    if (isUrl(input)) {
      urls.push(input);
      continue;
    }
    yield* fetchUrls();
    if (input === '-') {
      if (io.stdin) yield* streamArticles(io.stdin, 'stdin');
      else if (io.readStdin) {
        let text: string;
        try {
          text = await io.readStdin(JSON_INPUT_LIMIT);
        } catch (error) {
          yield failure('stdin', readProblem(error));
          continue;
        }
        yield* streamArticles(oneChunk(text), 'stdin');
      } else throw new UsageError('standard input is not available');
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield failure(input, ioProblem(error));
      continue;
    }
    if (isDirectory) {
      let names: string[];
      try {
        names = (await readdir(input)).filter((n) => n.endsWith('.txt')).sort();
      } catch (error) {
        yield failure(input, ioProblem(error));
        continue;
      }
      if (!names.length) yield failure(input, 'no .txt files in this directory');
      const metadata = await metadataFor(input);
      yield* metadataProblems();
      for (const name of names) yield await loadTxt(join(input, name), options, metadata);
    } else if (/\.(ndjson|jsonl)$/i.test(input)) {
      let stream: AsyncIterable<Buffer>;
      try {
        stream = await openInputStream(input);
      } catch (error) {
        yield failure(input, readProblem(error));
        continue;
      }
      yield* streamArticles(stream, input);
    } else if (/\.x?html?$/i.test(input)) {
      const metadata = await metadataFor(dirname(input));
      yield* metadataProblems();
      yield await loadHtml(input, options, metadata);
    } else if (/\.json$/i.test(input)) {
      let text: string;
      try {
        text = await readInputText(input, JSON_INPUT_LIMIT);
      } catch (error) {
        yield failure(input, readProblem(error));
        continue;
      }
      if (!text.trim()) yield failure(input, 'empty input');
      else yield* streamArticles(oneChunk(text), input);
    } else {
      const metadata = await metadataFor(dirname(input));
      yield* metadataProblems();
      yield await loadTxt(input, options, metadata);
    }
  }
  for (const file of options.urlFiles) {
    let list: Awaited<ReturnType<Awaited<ReturnType<typeof pages>>['urlFile']>>;
    try {
      list = await (await pages()).urlFile(file);
    } catch (error) {
      yield failure(file, readProblem(error));
      continue;
    }
    yield* list.failures;
    urls.push(...list.urls);
  }
  yield* fetchUrls();
}

/** A web page saved as a file: its article, read as a fetched page would be. */
async function loadHtml(file: string, options: ExtractOptions, metadata: Map<string, MetadataEntry>): Promise<ArticleItem> {
  const id = basename(file, extname(file));
  const { HTML_FILE_LIMIT, decodeHtml, pageArticle } = await pages();
  let bytes: Buffer;
  try {
    bytes = await readInputBytes(file, HTML_FILE_LIMIT);
  } catch (error) {
    return failure(file, readProblem(error));
  }
  const meta = metadata.get(id)?.record;
  const published = str(meta?.published) ?? options.published;
  return pageArticle(decodeHtml(bytes, null), id, file, { url: str(meta?.url), published, title: str(meta?.title), publisher: str(meta?.publisher) });
}

/** Fetch progress on standard error, when it is a terminal. */
function fetchProgress(io: CliIo): ((p: FetchProgress) => void) | undefined {
  if (!io.err.isTTY) return undefined;
  return (p) => io.err.write(`\rfetch: ${p.done} of ${p.total} pages${p.done === p.total ? '\r\x1b[K' : ''}`);
}
