import type { ArticleInput } from '../extract/index.js';
import { failure, pages, str, type ArticleItem } from './article-item.js';
import { ndjsonLines, type NdjsonLine } from './ndjson-lines.js';
import { arrayPosition } from './article-metadata.js';
import { decodeText, JSON_INPUT_LIMIT, NDJSON_RECORD_LIMIT, tooLarge } from './read-input.js';

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
export async function* streamArticles(stream: AsyncIterable<Buffer | string>, source: string): AsyncGenerator<ArticleItem> {
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
export async function* oneChunk(text: string): AsyncGenerator<string> {
  yield text;
}
