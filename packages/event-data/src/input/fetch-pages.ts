/**
 * Web pages fetched for reading, in Node (its global fetch): a time limit per page, redirects
 * followed up to a limit with loops caught, a size limit enforced while the body streams in, a
 * content-type check, and polite concurrency (a few at once, at most two per host). Each failure
 * is named and the other pages still come, in the order the URLs were given.
 */
import { STATUS_CODES } from 'node:http';
import { MAX_HTML_BYTES } from './html-article.js';
import { binaryKind, decodeHtml, looksLikeHtml } from './html-bytes.js';
import { describeFetchError, megabytes, seconds, shownType } from './fetch-errors.js';

/** A page that was fetched: its HTML and the address it was finally served from. */
export interface FetchedPage {
  url: string;
  html: string;
  /** After redirects: what the page's relative links and URL date are read against. */
  finalUrl: string;
}

/** A page that could not be fetched, and why ("HTTP 404 Not Found", "timed out after 10 s", …). */
export interface FetchFailure {
  url: string;
  error: string;
}

export type FetchResult = FetchedPage | FetchFailure;

/** Where a batch of fetches stands, after each page. */
export interface FetchProgress {
  done: number;
  total: number;
  url: string;
  error?: string;
}

export interface FetchOptions {
  /** Time for one page, its redirects and its body included. Default 30,000 ms. */
  timeoutMs?: number;
  /** Largest body read, in bytes. Default 20 MB (`MAX_HTML_BYTES`). */
  maxBytes?: number;
  /** Pages fetched at once. Default 4. */
  concurrency?: number;
  /** Pages fetched at once from one host. Default 2. */
  perHost?: number;
  /** Redirects followed for one page. Default 5. */
  maxRedirects?: number;
  /** Called after each page, fetched or failed. */
  onProgress?: (progress: FetchProgress) => void;
  /** The fetch to use: Node's global one by default. */
  fetch?: typeof fetch;
  /** Sent as User-Agent. */
  userAgent?: string;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const KIND_OF_TYPE: [RegExp, string][] = [
  [/^application\/pdf$/, 'a PDF'],
  [/^image\//, 'an image'],
  [/^(video|audio)\//, 'media'],
  [/^application\/(zip|gzip|x-gzip|octet-stream)$/, 'a download'],
];

/** Whether a result is a failure. */
export const isFetchFailure = (result: FetchResult): result is FetchFailure => 'error' in result;

class PageError extends Error {}

/** Reads a body up to `maxBytes`, cancelling the download as soon as it goes past. */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new PageError(`too large: more than the limit of ${megabytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) bytes.set(c, (at += c.byteLength) - c.byteLength);
  return bytes;
}

/** Fetches one page, following redirects by hand so that each hop is counted and checked. */
async function fetchOne(url: string, options: Required<Omit<FetchOptions, 'onProgress'>>, stop: AbortSignal): Promise<FetchResult> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return { url, error: 'not a URL' };
  }
  if (current.protocol !== 'http:' && current.protocol !== 'https:') return { url, error: `only http and https pages can be fetched, not ${current.protocol}` };
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([timeout, stop]);
  const seen = [current.href];
  try {
    for (let hop = 0; ; hop++) {
      const response = await options.fetch(current.href, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        const next = URL.canParse(location, current) ? new URL(location, current) : undefined;
        if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) throw new PageError(`redirected to an address that is not a web page (HTTP ${response.status})`);
        if (seen.includes(next.href)) throw new PageError(`redirect loop: ${[...seen.slice(seen.indexOf(next.href)), next.href].join(' → ')}`);
        if (hop >= options.maxRedirects) throw new PageError(`too many redirects (more than ${options.maxRedirects})`);
        seen.push(next.href);
        current = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new PageError(`HTTP ${response.status}${STATUS_CODES[response.status] ? ` ${STATUS_CODES[response.status]}` : ''}`);
      }
      const contentType = response.headers.get('content-type');
      const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
      if (type && !HTML_TYPES.has(type)) {
        await response.body?.cancel().catch(() => undefined);
        const kind = KIND_OF_TYPE.find(([re]) => re.test(type))?.[1];
        throw new PageError(`not HTML but ${shownType(type)}${kind ? ` (${kind})` : ''}`);
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > options.maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new PageError(`too large: ${megabytes(declared)}, more than the limit of ${megabytes(options.maxBytes)}`);
      }
      const bytes = await readLimited(response, options.maxBytes);
      const binary = binaryKind(bytes);
      if (binary) throw new PageError(`not HTML but ${binary}${type ? ` served as ${shownType(type)}` : ''}`);
      if (!type && !looksLikeHtml(bytes)) throw new PageError('not HTML: the server named no content type and the body does not start like a web page');
      return { url, html: decodeHtml(bytes, contentType), finalUrl: current.href };
    }
  } catch (error) {
    if (error instanceof PageError) return { url, error: error.message };
    if (timeout.aborted) return { url, error: `timed out after ${seconds(options.timeoutMs)}` };
    if (stop.aborted) return { url, error: 'stopped' };
    return { url, error: describeFetchError(error, current.href) };
  }
}

const hostOf = (url: string): string => (URL.canParse(url) ? new URL(url).host : '');

/**
 * Fetches web pages, yielding each as `{url, html, finalUrl}` or `{url, error}` in the order of
 * `urls`, while later pages are already being fetched. Stopping the iteration early cancels
 * what is still running.
 *
 * @example
 * for await (const page of fetchPages(['https://example.com/2019/04/15/fire'], { timeoutMs: 10_000 }))
 *   if ('error' in page) console.error(`${page.url}: ${page.error}`);
 *   else console.log(articleFromHtml(page.html, { url: page.finalUrl }));
 */
export async function* fetchPages(urls: Iterable<string>, options: FetchOptions = {}): AsyncGenerator<FetchResult> {
  const list = [...urls];
  const settings = {
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? MAX_HTML_BYTES,
    concurrency: Math.max(1, options.concurrency ?? 4),
    perHost: Math.max(1, options.perHost ?? 2),
    maxRedirects: Math.max(0, options.maxRedirects ?? 5),
    fetch: options.fetch ?? globalThis.fetch,
    userAgent: options.userAgent ?? 'event-data (@event-timeline/data; reads news articles into timelines)',
  };
  const stop = new AbortController();
  const results: Promise<FetchResult>[] = [];
  const settle: ((r: FetchResult) => void)[] = [];
  for (let i = 0; i < list.length; i++) results.push(new Promise((resolve) => (settle[i] = resolve)));

  const waiting = list.map((_, i) => i);
  const running = new Map<string, number>();
  let active = 0;
  let done = 0;
  const pump = (): void => {
    for (let k = 0; k < waiting.length && active < settings.concurrency; ) {
      const i = waiting[k];
      const host = hostOf(list[i]);
      if ((running.get(host) ?? 0) >= settings.perHost) {
        k++;
        continue;
      }
      waiting.splice(k, 1);
      active++;
      running.set(host, (running.get(host) ?? 0) + 1);
      void fetchOne(list[i], settings, stop.signal).then((result) => {
        active--;
        running.set(host, running.get(host)! - 1);
        done++;
        settle[i](result);
        if (!stop.signal.aborted) pump();
        options.onProgress?.({ done, total: list.length, url: list[i], ...('error' in result ? { error: result.error } : {}) });
      });
    }
  };
  pump();
  try {
    for (const result of results) yield await result;
  } finally {
    stop.abort();
  }
}
