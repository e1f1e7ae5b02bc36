import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/**
 * Reading the CLI's input files and standard input with a size cap. Nothing here reads without
 * a limit: a path must name a regular file no larger than its limit (so `/dev/zero`, a FIFO or a
 * terminal are refused before a byte is read), and reading stops one byte past the limit in case
 * the file grows meanwhile. A stream (standard input) is read up to its limit and then refused.
 * Bytes are decoded as UTF-8; a byte order mark is dropped.
 */

const MB = 1_000_000;

/** How much one input may hold, and what to say when it holds more. */
export interface InputLimit {
  readonly maxBytes: number;
  /** Completes "12.3 MB, larger than the 4 MB …". */
  readonly what: string;
}

/**
 * A .txt article. The extractor refuses articles over 1,000,000 characters and a UTF-8 character
 * takes at most 4 bytes, so a larger file cannot be an article it would read.
 */
export const ARTICLE_FILE_LIMIT: InputLimit = { maxBytes: 4 * MB, what: 'an article can be' };

/**
 * One JSON or NDJSON input, or a dataset file: read whole, so the cap keeps it well under the
 * longest string V8 can make (about 512 M characters).
 */
export const JSON_INPUT_LIMIT: InputLimit = { maxBytes: 256 * MB, what: 'one JSON input can be (split it into several files)' };

/**
 * One NDJSON line: an article of 1,000,000 characters, every one of them written as a `\uXXXX`
 * escape, plus its metadata. A longer line is refused alone; the other lines are still read.
 */
export const NDJSON_RECORD_LIMIT: InputLimit = { maxBytes: 8 * MB, what: 'one article record can be' };

/** The plain reason an input cannot be read ("not a regular file", "12.3 MB, larger than …"). */
export class InputProblem extends Error {
  override name = 'InputProblem';
}

/** A byte count in decimal megabytes as people read them: "12.3 MB", "4 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / MB;
  const shown = Number.isInteger(mb) ? String(mb) : mb < 0.1 ? mb.toPrecision(1) : mb.toFixed(1);
  return `${shown} MB`;
}

/** The reason for an input over its limit; `size` when it is known (a file), else none (a stream). */
export function tooLarge(limit: InputLimit, size?: number): string {
  const cap = formatMegabytes(limit.maxBytes);
  return size === undefined ? `more than ${cap}, larger than ${limit.what}` : `${formatMegabytes(size)}, larger than the ${cap} ${limit.what}`;
}

const decoder = new TextDecoder('utf-8');

/** UTF-8 bytes as text, without a leading byte order mark; malformed bytes become U+FFFD. */
export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * The bytes of the regular file at `path`, at most `limit.maxBytes` of them. Throws an
 * InputProblem for anything else (a directory, a device, a FIFO, a socket, a file too large)
 * and Node's own error when the file cannot be opened (see ioProblem).
 */
export async function readInputBytes(path: string, limit: InputLimit): Promise<Buffer> {
  const before = await stat(path);
  if (before.isDirectory()) throw new InputProblem('is a directory');
  if (!before.isFile()) throw new InputProblem('not a regular file');
  if (before.size > limit.maxBytes) throw new InputProblem(tooLarge(limit, before.size));
  // O_NONBLOCK: should the path have become a FIFO since the stat, opening it must not wait for a writer.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputProblem('not a regular file');
    if (info.size > limit.maxBytes) throw new InputProblem(tooLarge(limit, info.size));
    // Reads up to one byte past the limit, which tells a file that grew past it from one that just fits.
    const chunks: Buffer[] = [];
    let total = 0;
    const chunkSize = Math.max(info.size, 64 * 1024);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(chunkSize, limit.maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit.maxBytes) throw new InputProblem(tooLarge(limit));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The text of the regular file at `path` (see readInputBytes), decoded as UTF-8. */
export async function readInputText(path: string, limit: InputLimit): Promise<string> {
  return decodeText(await readInputBytes(path, limit));
}

/**
 * A stream (standard input) read as UTF-8 text, refused with an InputProblem as soon as it
 * passes `limit.maxBytes`: reading stops there, so an endless pipe costs no more memory.
 */
export async function readStreamText(stream: AsyncIterable<Uint8Array | string>, limit: InputLimit = JSON_INPUT_LIMIT): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += bytes.length;
    if (total > limit.maxBytes) throw new InputProblem(tooLarge(limit));
    chunks.push(bytes);
  }
  return decodeText(Buffer.concat(chunks, total));
}

/**
 * A regular file opened to be read as a stream (an NDJSON batch, read line by line with a cap per
 * line, so it has no size limit of its own). Throws an InputProblem for a directory, a device, a
 * FIFO or a socket, before a byte is read.
 */
export async function openInputStream(path: string): Promise<AsyncIterable<Buffer>> {
  const before = await stat(path);
  if (before.isDirectory()) throw new InputProblem('is a directory');
  if (!before.isFile()) throw new InputProblem('not a regular file');
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new InputProblem('not a regular file');
  }
  return handle.createReadStream({ highWaterMark: 1 << 20 });
}
