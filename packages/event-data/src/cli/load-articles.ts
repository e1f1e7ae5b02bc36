import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ArticleFailure } from '../extract/index.js';
import { readArticleMetadata, type MetadataEntry } from './article-metadata.js';
import type { CliIo } from './cli-io.js';
import { UsageError, type ExtractOptions } from './extract-args.js';
import { ioProblem } from './io-problem.js';
import type { FetchProgress } from '../input/fetch-pages.js';
import { ARTICLE_FILE_LIMIT, decodeText, InputProblem, JSON_INPUT_LIMIT, openInputStream, readInputBytes, readInputText } from './read-input.js';
import { failure, pages, str, type ArticleItem } from './article-item.js';
import { oneChunk, streamArticles } from './json-articles.js';

export type { ArticleItem } from './article-item.js';

/** Whether a command-line input is a web address rather than a path. */
const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** Why an input could not be read, in plain words. */
const readProblem = (error: unknown) => (error instanceof InputProblem ? error.message : ioProblem(error));



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
