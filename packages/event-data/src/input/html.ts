/**
 * `@event-timeline/data/html` in Node: web pages to articles, parsed with linkedom (which runs no
 * script and loads nothing). Browsers get `html-browser.ts` instead, through the export map, so a
 * browser bundle never includes linkedom.
 */
import { parseHTML } from 'linkedom';
import { articleFromParsedHtml, type HtmlArticle, type HtmlArticleError, type HtmlArticleOptions } from './html-article.js';

export { MAX_HTML_BYTES, isHtmlArticleError, type HtmlArticle, type HtmlArticleError, type HtmlArticleOptions } from './html-article.js';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/**
 * The article of a web page as plain text with its title, publication day, publisher and
 * canonical URL, or `{ error }` saying why there is none (too large, no date, no text).
 *
 * @example
 * const page = articleFromHtml(html, { url: 'https://example.com/2019/04/15/fire' });
 * if ('error' in page) console.error(page.error);
 * else extractEvents([{ id: 'fire', ...page }]);
 */
export function articleFromHtml(html: string, options: HtmlArticleOptions = {}): HtmlArticle | HtmlArticleError {
  return articleFromParsedHtml(parse, html, options);
}
