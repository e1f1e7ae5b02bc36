import { parseIsoDate, formatIsoDay, validateArticle, validateEvent, formatIssue } from '../schema/index.js';
import { cleanText } from './stages/01-clean-text.js';
import { splitSentences } from './stages/02-split-sentences.js';
import { tagTimes } from './stages/03-tag-times.js';
import { findTriggers } from './stages/04-find-triggers.js';
import { findActors } from './stages/05-find-actors.js';
import { dateEvents } from './stages/06-date-events.js';
import { writeTitles } from './stages/07-write-titles.js';
import { articleResultOf } from './stages/08-merge.js';
import { mergeArticles, type MergeResult } from './merge/merge-articles.js';
import type { ArticleResult } from './article-result.js';
import { DEFAULT_OPTIONS, type ArticleCtx, type ArticleFailure, type ArticleInput, type ExtractOptions, type RunCtx } from './types.js';

/**
 * The per-article stages of the pipeline, in the order they run. Each is a pure function
 * `(input, ctx) => output` in its own numbered file; `ctx` carries the article's publication date
 * and the options. Stage 08 then merges the results of all articles (`mergeArticles`).
 */
export const STAGES = [
  cleanText, //       01 headline, body lines; web furniture set aside (offsets kept)
  splitSentences, //  02 sentences, aware of abbreviations and quotations
  tagTimes, //        03 TIMEX3 expressions from the temporal tagger
  findTriggers, //    04 words naming happenings, typed in the closed vocabulary
  findActors, //      05 people, organisations, countries, places; aliases resolved
  dateEvents, //      06 a date for each happening, or it is dropped
  writeTitles, //     07 short human titles
] as const;

/** Checks an article's metadata before any stage reads it; returns the reason it cannot be read, if any. */
export function articleProblem(article: Partial<ArticleInput> | null | undefined): string | undefined {
  if (!article || typeof article !== 'object') return 'not an article object';
  if (typeof article.id !== 'string' || !article.id.trim()) return 'missing "id"';
  if (article.id.length > 200) return `"id" is ${article.id.length} characters long; at most 200 are allowed`;
  if (typeof article.text !== 'string') return 'missing "text"';
  if (article.published === undefined || article.published === null || article.published === '') return 'missing publication date ("published"); relative dates cannot be resolved without it';
  if (typeof article.published !== 'string' || parseIsoDate(article.published) === undefined)
    return `"published" is not an ISO 8601 date: ${JSON.stringify(String(article.published).slice(0, 40))}`;
  return undefined;
}

/** The context of one article: its publication day (UTC) as the tagger's reference date, and the options. */
export function articleCtx(article: ArticleInput, options: Readonly<ExtractOptions>): ArticleCtx {
  return Object.freeze({ articleId: article.id, dct: formatIsoDay(parseIsoDate(article.published)!), options });
}

/** One article's events, ready to merge, or why the article could not be read. */
export type ArticleOutcome = { ok: true; result: ArticleResult } | { ok: false; failure: ArticleFailure };

const withDefaults = (options: Partial<ExtractOptions>): Readonly<ExtractOptions> => Object.freeze({ ...DEFAULT_OPTIONS, ...options });

/**
 * Runs stages 01–07 on one article. The result depends on this article alone, never on the rest
 * of a batch, so articles can be read in any order, on any number of workers or machines, and
 * merged later. An event the schema would reject (a date past the year 9999, say) is left out
 * rather than spoiling the dataset.
 */
export function extractArticle(article: ArticleInput, options: Partial<ExtractOptions> = {}): ArticleOutcome {
  const id = typeof article?.id === 'string' && article.id ? article.id : '(no id)';
  const problem = articleProblem(article);
  if (problem) return { ok: false, failure: { articleId: id.slice(0, 200), reason: problem } };
  const ctx = articleCtx(article, withDefaults(options));
  try {
    const [clean, split, tag, triggers, actors, date, title] = STAGES;
    // each stage's output type is the next one's input type: the chain is checked end to end
    const doc = title(date(actors(triggers(tag(split(clean(article, ctx), ctx), ctx), ctx), ctx), ctx), ctx);
    const result = articleResultOf(doc);
    const metadata = validateArticle(result.article, 'article');
    if (!metadata.ok) return { ok: false, failure: { articleId: id, reason: metadata.issues.map(formatIssue).join('; ') } };
    result.events = result.events.filter(
      (e) => validateEvent({ id: 'e', title: e.title, type: e.type, time: e.time, actors: e.actors, mentions: [e.mention], confidence: e.confidence }).ok,
    );
    return { ok: true, result };
  } catch (error) {
    return { ok: false, failure: { articleId: id, reason: error instanceof Error ? error.message : String(error) } };
  }
}

/** The result of an extraction: a dataset that validates against the schema, and the articles that failed with why. */
export type ExtractResult = MergeResult;

/**
 * Extracts the dated events of news articles into a dataset of the shared schema: each article
 * through `extractArticle`, then all of them through `mergeArticles`.
 *
 * @example
 * const { dataset, failures } = extractEvents([
 *   { id: 'a1', published: '2017-09-18', text: 'Tillerson and Lavrov meet\n\nRex Tillerson and Sergei Lavrov met on Sunday night in New York.' },
 * ]);
 * dataset.events[0].time.value; // '2017-09-17TNI'
 */
export function extractEvents(
  articles: readonly ArticleInput[],
  options: Partial<ExtractOptions> = {},
  progress?: RunCtx['progress'],
): ExtractResult {
  const opts = withDefaults(options);
  const failures: ArticleFailure[] = [];
  const results: ArticleResult[] = [];
  articles.forEach((article, i) => {
    progress?.('extract', i, articles.length);
    const outcome = extractArticle(article, opts);
    if (outcome.ok) results.push(outcome.result);
    else failures.push(typeof article?.id === 'string' && article.id ? outcome.failure : { ...outcome.failure, articleId: `#${i + 1}` });
  });
  return mergeArticles(results, failures);
}
