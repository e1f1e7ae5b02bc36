/**
 * What every export says about an event besides its date: who, where it was read (the
 * articles, their links and the quoted sentences) and the other dates some reports give.
 * Plain text only; each format escapes it for itself.
 */
import { parseIsoDate, type Actor, type Article, type Dataset, type TimelineEvent } from '../schema/index.js';
import { showTime, wordDay, calendarParts } from './precision.js';

/** One article that reports an event, with the sentences of it that do. */
export interface EventSource {
  articleId: string;
  /** The article's metadata; undefined when the dataset does not list the article. */
  article?: Article;
  /** The article's URL when it is an http(s) URL, normalised; anything else is never a link. */
  link?: string;
  /** The reporting sentences, in the order of the mentions, each once. */
  sentences: string[];
}

/** The articles of a dataset by id. */
export const articlesById = (dataset: Pick<Dataset, 'articles'>): Map<string, Article> => new Map(dataset.articles.map((a) => [a.id, a]));

/**
 * `url` when it is an absolute http or https URL, normalised by the URL parser (so it holds no
 * spaces, quotes or control characters); undefined for `javascript:`, `data:`, relative or
 * malformed URLs.
 */
export function httpUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string' || !/^\s*https?:\/\//i.test(url)) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The articles that report `event`, in the order of its mentions, each once. */
export function eventSources(event: TimelineEvent, articles: ReadonlyMap<string, Article>): EventSource[] {
  const byId = new Map<string, EventSource>();
  for (const mention of event.mentions) {
    let source = byId.get(mention.articleId);
    if (!source) {
      const article = articles.get(mention.articleId);
      source = { articleId: mention.articleId, article, link: httpUrl(article?.url), sentences: [] };
      byId.set(mention.articleId, source);
    }
    const sentence = mention.sentence.trim();
    if (sentence && !source.sentences.includes(sentence)) source.sentences.push(sentence);
  }
  return [...byId.values()];
}

/** "Lavrov-Tillerson meeting round-up" or, for an article the dataset does not list, its id. */
export const sourceTitle = (source: EventSource): string => source.article?.title.trim() || source.articleId;

/** "The Duran, 12 April 2017": who published the article and when (the day, UTC). */
export function sourceByline(source: EventSource): string {
  const parts: string[] = [];
  if (source.article?.publisher) parts.push(source.article.publisher);
  const published = source.article ? parseIsoDate(source.article.published) : undefined;
  if (published !== undefined) parts.push(wordDay(calendarParts(published)));
  return parts.join(', ');
}

/**
 * How the article put the date, to follow the date in words: the expression when it says more
 * than the words ("Sunday night" after "night of 17 September 2017"; nothing after "late October
 * 2017" for "late October"), or that it is the publication date.
 */
export function dateSource(event: TimelineEvent, wording: string): string | undefined {
  const text = event.time.text?.trim();
  if (text) return wording.toLowerCase().startsWith(text.toLowerCase()) ? undefined : `“${text}”`;
  return event.time.anchor === 'publication' ? 'the publication date' : undefined;
}

/** "Sergey Lavrov (Russian Foreign Minister)". */
export const actorLabel = (actor: Actor): string => (actor.role ? `${actor.name} (${actor.role})` : actor.name);

/** Another date that some report gives for the event: "11 April 2017", and from which article. */
export interface OtherDate {
  wording: string;
  source: string;
}

/** The event's alternatives as words, each with the title of the article that gives it. */
export function otherDates(event: TimelineEvent, articles: ReadonlyMap<string, Article>): OtherDate[] {
  return (event.alternatives ?? []).map((alt) => ({
    wording: showTime(alt.time).wording,
    source: articles.get(alt.articleId)?.title.trim() || alt.articleId,
  }));
}

/**
 * The latest publication date of the dataset's articles (epoch ms, UTC), or undefined when it
 * lists none: the moment an export can say it was made without reading the clock.
 */
export function latestPublication(dataset: Pick<Dataset, 'articles'>): number | undefined {
  let latest: number | undefined;
  for (const article of dataset.articles) {
    const ms = parseIsoDate(article.published);
    if (ms !== undefined && (latest === undefined || ms > latest)) latest = ms;
  }
  return latest;
}
