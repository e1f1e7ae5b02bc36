import { parseIsoDate, formatIsoDay } from '../schema/index.js';
import { cleanText } from './stages/01-clean-text.js';
import { splitSentences } from './stages/02-split-sentences.js';
import { tagTimes } from './stages/03-tag-times.js';
import { findTriggers } from './stages/04-find-triggers.js';
import { findActors } from './stages/05-find-actors.js';
import { dateEvents } from './stages/06-date-events.js';
import { writeTitles } from './stages/07-write-titles.js';
import { mergeEvents, type MergeResult } from './stages/08-merge.js';
import { DEFAULT_OPTIONS, type ArticleCtx, type ArticleFailure, type ArticleInput, type Corpus, type ExtractOptions, type RunCtx } from './types.js';

/** A per-article stage run over every article; an article that a stage rejects is set aside with the reason. */
function eachArticle<I, O>(stage: (input: I, ctx: ArticleCtx) => O) {
  const lifted = (corpus: Corpus<{ input: I; ctx: ArticleCtx }>, run: RunCtx): Corpus<{ input: O; ctx: ArticleCtx }> => {
    const docs: Array<{ input: O; ctx: ArticleCtx }> = [];
    const failures: ArticleFailure[] = [...corpus.failures];
    for (const { input, ctx } of corpus.docs) {
      run.progress?.(stage.name, docs.length + failures.length - corpus.failures.length, corpus.docs.length);
      try {
        docs.push({ input: stage(input, ctx), ctx });
      } catch (error) {
        failures.push({ articleId: ctx.articleId, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return { docs, failures };
  };
  Object.defineProperty(lifted, 'name', { value: stage.name });
  return lifted;
}

/** The corpus-level last stage, fed the per-article results. */
function allArticles<I, O>(stage: (corpus: Corpus<I>, ctx: RunCtx) => O) {
  const lifted = (corpus: Corpus<{ input: I; ctx: ArticleCtx }>, run: RunCtx): O => stage({ docs: corpus.docs.map((d) => d.input), failures: corpus.failures }, run);
  Object.defineProperty(lifted, 'name', { value: stage.name });
  return lifted;
}

/**
 * The extraction pipeline, in the order it runs. Each stage is a pure function `(input, ctx) =>
 * output` in its own numbered file; `ctx` carries the article's publication date and the options.
 */
export const STAGES = [
  eachArticle(cleanText), //       01 headline, body lines; web furniture set aside (offsets kept)
  eachArticle(splitSentences), //  02 sentences, aware of abbreviations and quotations
  eachArticle(tagTimes), //        03 TIMEX3 expressions from the temporal tagger
  eachArticle(findTriggers), //    04 words naming happenings, typed in the closed vocabulary
  eachArticle(findActors), //      05 people, organisations, countries, places; aliases resolved
  eachArticle(dateEvents), //      06 a date for each happening, or it is dropped
  eachArticle(writeTitles), //     07 short human titles
  allArticles(mergeEvents), //     08 one event per happening across sentences and articles
] as const;

/** Checks an article's metadata before any stage reads it; returns the reason it cannot be read, if any. */
export function articleProblem(article: Partial<ArticleInput> | null | undefined): string | undefined {
  if (!article || typeof article !== 'object') return 'not an article object';
  if (typeof article.id !== 'string' || !article.id.trim()) return 'missing "id"';
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

/** The result of an extraction: a dataset that validates against the schema, and the articles that failed with why. */
export type ExtractResult = MergeResult;

/**
 * Extracts the dated events of news articles into a dataset of the shared schema.
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
  const opts: Readonly<ExtractOptions> = Object.freeze({ ...DEFAULT_OPTIONS, ...options });
  const run: RunCtx = Object.freeze({ options: opts, progress });
  const failures: ArticleFailure[] = [];
  const docs: Array<{ input: ArticleInput; ctx: ArticleCtx }> = [];
  const seen = new Set<string>();
  articles.forEach((article, i) => {
    const problem = articleProblem(article);
    const id = typeof article?.id === 'string' && article.id ? article.id : `#${i + 1}`;
    if (problem) failures.push({ articleId: id, reason: problem });
    else if (seen.has(article.id)) failures.push({ articleId: id, reason: 'duplicate article id' });
    else {
      seen.add(article.id);
      docs.push({ input: article, ctx: articleCtx(article, opts) });
    }
  });
  // Each stage's output type is the next one's input type: the chain is checked end to end.
  const [clean, split, tag, triggers, actors, date, title, merge] = STAGES;
  const cleaned = clean({ docs, failures }, run);
  const dated = date(actors(triggers(tag(split(cleaned, run), run), run), run), run);
  return merge(title(dated, run), run);
}
