import { Readability } from '@mozilla/readability';
import { parseIsoDate } from '../schema/iso-date.js';
import { paragraphs } from './article-text.js';
import { MAX_HTML_DEPTH, MAX_MARKUP_DEPTH, markupDeeperThan, treeDeeperThan } from './html-depth.js';
import { removeChrome } from './page-chrome.js';
import { DATE_SOURCES, findPublicationDate } from './page-date.js';
import { linkedData } from './json-ld.js';
import { httpUrl, oneLine, pageMeta } from './page-meta.js';

/** An article read from a web page: plain text and the metadata the page gives. */
export interface HtmlArticle {
  /** The `id` option, when one was given. */
  id?: string;
  /** The headline, a blank line, then the paragraphs separated by blank lines. Plain text: no markup. */
  text: string;
  /** The headline (also the first line of `text`). */
  title: string;
  /** The `published` option, else the day the page gives (`YYYY-MM-DD`). */
  published: string;
  /** Where `published` came from: `the published option`, `meta article:published_time`, `JSON-LD datePublished`, `<time datetime>`, `the URL`. */
  publishedFrom: string;
  publisher: string | null;
  /** The canonical URL, else the `url` option, else null. */
  url: string | null;
  /** The language the page declares (`<html lang>`, Content-Language, og:locale) as a primary subtag; not checked against the text. */
  language?: string;
}

/** Why a page gave no article. */
export interface HtmlArticleError {
  id?: string;
  error: string;
}

export interface HtmlArticleOptions {
  /** The address the page was read from; resolves its relative canonical URL and may hold its date. */
  url?: string;
  /** Publication date (ISO 8601), overriding what the page says. */
  published?: string;
  /** Passed through to the result, for the caller's bookkeeping. */
  id?: string;
}

/** Turns HTML into a Document without running anything in it. */
export type ParseHtml = (html: string) => Document;

/** Pages larger than this (UTF-8 bytes) are refused before they are parsed. */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;

/** The UTF-8 size of a string, counting only as far as `limit` + 1. */
function utf8Bytes(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  if (text.length * 3 <= limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The article of a web page, read with the `parse` given (linkedom in Node, DOMParser in
 * browsers): its body by Mozilla's Readability after navigation, share bars, related links,
 * comments and cookie banners are removed, as plain text, and its title, publication day,
 * publisher and canonical URL from the page's metadata. Nothing in the page runs.
 */
export function articleFromParsedHtml(parse: ParseHtml, html: string, options: HtmlArticleOptions = {}): HtmlArticle | HtmlArticleError {
  const id = options.id;
  const fail = (error: string): HtmlArticleError => (id === undefined ? { error } : { id, error });
  if (typeof html !== 'string') return fail('the page is not text');
  const size = utf8Bytes(html, MAX_HTML_BYTES);
  if (size > MAX_HTML_BYTES) return fail(`the page is too large: more than the limit of ${megabytes(MAX_HTML_BYTES)}`);
  if (options.published !== undefined && parseIsoDate(options.published.trim()) === undefined)
    return fail(`the publication date given is not an ISO 8601 date such as 2019-04-15: ${JSON.stringify(options.published.slice(0, 40))}`);
  if (!html.trim()) return fail('the page is empty');

  const tooDeep = `the page's elements are nested more than ${MAX_HTML_DEPTH} levels deep, which no article page needs; it is not read`;
  if (markupDeeperThan(html, MAX_MARKUP_DEPTH)) return fail(tooDeep);
  const doc = parse(html);
  if (treeDeeperThan(doc.documentElement, MAX_HTML_DEPTH)) return fail(tooDeep);
  const pageUrl = httpUrl(options.url);
  const data = linkedData(doc);
  const meta = pageMeta(doc, data, pageUrl);
  const found = options.published === undefined ? findPublicationDate(doc, data, [pageUrl, meta.url]) : undefined;
  if (options.published === undefined && !found) return fail(`no publication date found in the page (looked for ${DATE_SOURCES}); give one with --published`);

  removeChrome(doc);
  const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  const body = parsed?.content ? paragraphs(parsed.content) : [];
  const title = meta.title ?? oneLine(parsed?.title ?? '');
  if (body[0] === title) body.shift();
  if (!body.length) return fail('no article text found in the page');

  return {
    ...(id === undefined ? {} : { id }),
    text: (title ? [title, ...body] : body).join('\n\n'),
    title: title || body[0].split('\n')[0],
    published: options.published?.trim() ?? found!.date,
    publishedFrom: options.published === undefined ? found!.from : 'the published option',
    publisher: meta.publisher ?? null,
    url: meta.url ?? pageUrl ?? null,
    ...(meta.declaredLanguage ? { language: meta.declaredLanguage } : {}),
  };
}

/** Whether `articleFromHtml` gave an error. */
export const isHtmlArticleError = (result: HtmlArticle | HtmlArticleError): result is HtmlArticleError => 'error' in result;
