import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ArticleFailure, ArticleInput } from '../extract/index.js';
import { arrayPosition, readArticleMetadata, type MetadataEntry } from './article-metadata.js';
import type { CliIo } from './cli-io.js';
import { UsageError, type ExtractOptions } from './extract-args.js';
import { ioProblem } from './io-problem.js';
import { ARTICLE_FILE_LIMIT, decodeText, InputProblem, JSON_INPUT_LIMIT, NDJSON_RECORD_LIMIT, readInputBytes, readInputText, tooLarge } from './read-input.js';

/** The articles read from the inputs, in order, and every input or record that could not be read. */
export interface Loaded {
  articles: ArticleInput[];
  failures: ArticleFailure[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Why an input could not be read, in plain words. */
const readProblem = (error: unknown) => (error instanceof InputProblem ? error.message : ioProblem(error));

/**
 * Collects articles, keeping the first of each id: a later article with the same id is a failure
 * naming both places (`a.json[7]: id "x" is also at a.json[2] …`) and is not read.
 */
class ArticleSink {
  readonly loaded: Loaded = { articles: [], failures: [] };
  private readonly firstAt = new Map<string, string>();

  add(article: ArticleInput, where: string): void {
    const first = this.firstAt.get(article.id);
    if (first !== undefined) {
      this.fail(where, `id ${JSON.stringify(article.id)} is also at ${first}; the first is read, this one is not`);
      return;
    }
    this.firstAt.set(article.id, where);
    this.loaded.articles.push(article);
  }

  fail(articleId: string, reason: string): void {
    this.loaded.failures.push({ articleId, reason });
  }
}

async function loadTxt(file: string, options: ExtractOptions, metadata: Map<string, MetadataEntry>, sink: ArticleSink): Promise<void> {
  const id = basename(file, extname(file));
  let bytes: Buffer;
  try {
    bytes = await readInputBytes(file, ARTICLE_FILE_LIMIT);
  } catch (error) {
    sink.fail(file, readProblem(error));
    return;
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    sink.fail(id, `${file} is a binary file, not text`);
    return;
  }
  const meta = metadata.get(id)?.record;
  sink.add(
    {
      id,
      text: decodeText(bytes),
      published: (meta ? meta.published : options.published) as string,
      title: str(meta?.title),
      publisher: str(meta?.publisher) ?? null,
      url: str(meta?.url) ?? null,
    },
    file,
  );
}

/**
 * Articles from JSON text: an array, a single object, {articles: […]}, or NDJSON (one article a
 * line; a line longer than an article record can be is refused alone).
 */
function parseJsonArticles(text: string, source: string, sink: ArticleSink): void {
  const add = (value: unknown, where: string) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      sink.fail(where, 'not an article object {id, text, published}');
      return;
    }
    const v = value as Record<string, unknown>;
    if (typeof v.id !== 'string' || !v.id.trim()) sink.fail(where, 'missing "id"');
    else sink.add(v as unknown as ArticleInput, where);
  };
  const trimmed = text.trim();
  if (!trimmed) {
    sink.fail(source, 'empty input');
    return;
  }
  try {
    const value: unknown = JSON.parse(trimmed);
    const list = Array.isArray(value) ? value : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles) ? (value as { articles: unknown[] }).articles : undefined;
    // One article alone is the whole input: named by the input, with no position.
    if (list) list.forEach((v, i) => add(v, arrayPosition(source, i)));
    else add(value, source);
    return;
  } catch {
    // not one JSON value: try NDJSON
  }
  trimmed.split('\n').forEach((line, i) => {
    const where = `${source}:${i + 1}`;
    if (!line.trim()) return;
    const size = Buffer.byteLength(line, 'utf8');
    if (size > NDJSON_RECORD_LIMIT.maxBytes) {
      sink.fail(where, tooLarge(NDJSON_RECORD_LIMIT, size));
      return;
    }
    try {
      add(JSON.parse(line), where);
    } catch (error) {
      sink.fail(where, `not JSON: ${(error as Error).message}`);
    }
  });
}

/**
 * Reads every input of `options` in order: directories of .txt articles (with their
 * articles.json), loose .txt files, JSON/NDJSON files and `-` for standard input. Nothing is read
 * without a size cap; an input that cannot be read is a failure naming it, never the end of the
 * batch. Throws a UsageError only when `-` is given and standard input is not available.
 */
export async function loadArticles(options: ExtractOptions, io: CliIo): Promise<Loaded> {
  const sink = new ArticleSink();
  const metadataByDir = new Map<string, Map<string, MetadataEntry>>();
  const metadataFor = async (dir: string) => {
    const key = resolve(dir);
    let metadata = metadataByDir.get(key);
    if (!metadata) metadataByDir.set(key, (metadata = await readArticleMetadata(dir, sink.loaded.failures)));
    return metadata;
  };
  for (const input of options.inputs) {
    if (input === '-') {
      if (!io.readStdin) throw new UsageError('standard input is not available');
      let text: string;
      try {
        text = await io.readStdin(JSON_INPUT_LIMIT);
      } catch (error) {
        sink.fail('stdin', readProblem(error));
        continue;
      }
      parseJsonArticles(text, 'stdin', sink);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      sink.fail(input, ioProblem(error));
      continue;
    }
    if (isDirectory) {
      let names: string[];
      try {
        names = (await readdir(input)).filter((n) => n.endsWith('.txt')).sort();
      } catch (error) {
        sink.fail(input, ioProblem(error));
        continue;
      }
      if (!names.length) sink.fail(input, 'no .txt files in this directory');
      const metadata = await metadataFor(input);
      for (const name of names) await loadTxt(join(input, name), options, metadata, sink);
    } else if (/\.(json|ndjson|jsonl)$/i.test(input)) {
      let text: string;
      try {
        text = await readInputText(input, JSON_INPUT_LIMIT);
      } catch (error) {
        sink.fail(input, readProblem(error));
        continue;
      }
      parseJsonArticles(text, input, sink);
    } else await loadTxt(input, options, await metadataFor(dirname(input)), sink);
  }
  return sink.loaded;
}
