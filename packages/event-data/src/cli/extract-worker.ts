import { extractArticle, type ArticleInput, type ArticleOutcome, type ExtractOptions } from '../extract/index.js';

/** A worker thread of `event-data extract --jobs N`: one article in, its result out (see article-pool.ts). */
export default function extractInWorker({ article, options }: { article: ArticleInput; options: Partial<ExtractOptions> }): ArticleOutcome {
  return extractArticle(article, options);
}
