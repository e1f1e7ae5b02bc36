import type { ArticleFailure, ArticleInput } from '../extract/index.js';

/** One article read from the inputs, with where it was read; or an input or record that could not be read. */
export type ArticleItem = { article: ArticleInput; where: string } | { failure: ArticleFailure };

/** A string field of a record, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Web pages are read by Readability over linkedom: loaded only when a page or an address comes. */
let pageSupport: Promise<typeof import('./page-articles.js')> | undefined;
export const pages = () => (pageSupport ??= import('./page-articles.js'));

/** An input or record that could not be read, and why. */
export const failure = (articleId: string, reason: string): ArticleItem => ({ failure: { articleId, reason } });
