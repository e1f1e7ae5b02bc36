import {
  cleanText,
  dateEvents,
  DEFAULT_OPTIONS,
  findActors,
  findTriggers,
  splitSentences,
  tagTimes,
  writeTitles,
  type ArticleCtx,
  type ArticleInput,
} from '@event-timeline/data';

/** A fixed publication date for stage tests: Thursday 14 March 2019. */
export const DCT = '2019-03-14';

export const ctxFor = (id = 'test', dct = DCT): ArticleCtx => ({ articleId: id, dct, options: DEFAULT_OPTIONS });
export const article = (text: string, id = 'test', published = DCT): ArticleInput => ({ id, text, published });

/** Runs the per-article stages 01..n on a text. */
export function upTo(n: 1, text: string, dct?: string): ReturnType<typeof cleanText>;
export function upTo(n: 2, text: string, dct?: string): ReturnType<typeof splitSentences>;
export function upTo(n: 3, text: string, dct?: string): ReturnType<typeof tagTimes>;
export function upTo(n: 4, text: string, dct?: string): ReturnType<typeof findTriggers>;
export function upTo(n: 5, text: string, dct?: string): ReturnType<typeof findActors>;
export function upTo(n: 6, text: string, dct?: string): ReturnType<typeof dateEvents>;
export function upTo(n: 7, text: string, dct?: string): ReturnType<typeof writeTitles>;
export function upTo(n: number, text: string, dct = DCT): unknown {
  const ctx = ctxFor('test', dct);
  const stages = [cleanText, splitSentences, tagTimes, findTriggers, findActors, dateEvents, writeTitles] as Array<(input: never, ctx: ArticleCtx) => unknown>;
  let value: unknown = article(text, 'test', dct);
  for (const stage of stages.slice(0, n)) value = stage(value as never, ctx);
  return value;
}
