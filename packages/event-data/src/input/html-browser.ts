/**
 * `@event-timeline/data/html` in browsers: web pages to articles, parsed with the browser's
 * DOMParser. A document made by DOMParser has scripting disabled and no browsing context: its
 * scripts never run, its inline handlers never fire and its images and frames never load, and
 * nothing here inserts its nodes into a live document.
 */
import { articleFromParsedHtml, type HtmlArticle, type HtmlArticleError, type HtmlArticleOptions } from './html-article.js';

export { MAX_HTML_BYTES, isHtmlArticleError, type HtmlArticle, type HtmlArticleError, type HtmlArticleOptions } from './html-article.js';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/**
 * The article of a web page as plain text with its title, publication day, publisher and
 * canonical URL, or `{ error }` saying why there is none (too large, no date, no text).
 *
 * @example
 * const page = articleFromHtml(await file.text(), { published: '2019-04-15' });
 * if ('error' in page) show(page.error);
 */
export function articleFromHtml(html: string, options: HtmlArticleOptions = {}): HtmlArticle | HtmlArticleError {
  return articleFromParsedHtml(parse, html, options);
}
