import { hash64 } from '../extract/language/tokens.js';
import type { ArticleInput } from '../extract/index.js';
import { fetchPages, isFetchFailure, type FetchProgress } from '../input/fetch-pages.js';
import { articleFromHtml, isHtmlArticleError, MAX_HTML_BYTES } from '../input/html.js';
import { readUrlFile } from '../input/url-list.js';

export { decodeHtml } from '../input/html-bytes.js';
import type { ArticleItem } from './article-item.js';

/** The cap on an HTML page read from a file (the same as for a fetched one). */
export const HTML_FILE_LIMIT = { maxBytes: MAX_HTML_BYTES, what: 'a web page can be' };

/** An id for a page read from the web: its address as a readable slug, made unique by a hash of it. */
export function urlId(url: string): string {
  const slug = url
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
  return `${slug}-${hash64(url).slice(0, 8)}`;
}

/**
 * A page's article: its body text (Readability, scripts never run), title, publication date,
 * publisher and canonical URL as the page gives them. Metadata given with it (`published` from
 * --published or articles.json, a title, a publisher) overrides the page's.
 */
export function pageArticle(html: string, id: string, where: string, given: { url?: string | null; published?: string; title?: string; publisher?: string | null } = {}): ArticleItem {
  const page = articleFromHtml(html, { url: given.url ?? undefined, published: given.published, id });
  if (isHtmlArticleError(page)) return { failure: { articleId: where, reason: page.error } };
  const article: ArticleInput = {
    id,
    text: page.text,
    published: page.published,
    title: given.title ?? page.title,
    publisher: given.publisher ?? page.publisher,
    url: page.url ?? given.url ?? null,
    // the text read out of the page is the only copy the user has of what the mentions point into
    keepText: true,
  };
  return { article, where };
}

/**
 * Articles from web pages: `urls` (from the command line and URL files, in order) fetched with
 * timeouts, a size limit and polite concurrency; each failure is named and the rest are read.
 */
export async function* urlArticles(urls: string[], published: string | undefined, onProgress?: (p: FetchProgress) => void): AsyncGenerator<ArticleItem> {
  for await (const result of fetchPages(urls, { onProgress })) {
    if (isFetchFailure(result)) yield { failure: { articleId: result.url, reason: result.error } };
    else yield pageArticle(result.html, urlId(result.url), result.url, { url: result.finalUrl, published });
  }
}

/** The addresses of a file of URLs (one a line, # comments); a bad line is a failure naming file and line. */
export async function urlFile(path: string): Promise<{ urls: string[]; failures: ArticleItem[] }> {
  const list = await readUrlFile(path);
  const failures = list.problems.map((problem): ArticleItem => {
    const [, where, reason] = /^(.*?:\d+): (.*)$/s.exec(problem) ?? [problem, path, problem];
    return { failure: { articleId: where, reason } };
  });
  return { urls: list.urls.map((u) => u.url), failures };
}
