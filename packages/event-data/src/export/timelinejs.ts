/**
 * A dataset as TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).
 *
 * TimelineJS renders `text.headline` and `text.text` as HTML. Every piece of them that comes
 * from the dataset (titles, names, sentences, article titles: text from the web) is escaped
 * here, and only http(s) URLs become links, whatever TimelineJS's own sanitiser would catch.
 */
import type { Dataset, TimelineEvent, Article } from '../schema/index.js';
import { showTime, type CalendarParts, type ShownPrecision, type ShownTime } from './precision.js';
import { actorLabel, articlesById, dateSource, eventSources, otherDates, sourceByline, sourceTitle } from './facts.js';

/** A TimelineJS date: only the fields the event's precision supports (month and day 1-based). */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** How the date reads: "late October 2017", "week of 10 April 2017". */
  display_date?: string;
}

/** A slide's text; both fields are HTML. */
export interface TimelineJsText {
  headline: string;
  text: string;
}

/** One event of the timeline. */
export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  /** Shown instead of the dates TimelineJS would format, on the slide and on its marker. */
  display_date: string;
  text: TimelineJsText;
  /** The event type: TimelineJS draws one row per group. */
  group: string;
  /** The event id, so a link to `#event-<id>` stays valid across exports. */
  unique_id: string;
}

/** A TimelineJS3 timeline. */
export interface TimelineJsDocument {
  title?: { text: TimelineJsText };
  events: TimelineJsSlide[];
}

export interface TimelineJsOptions {
  /** Headline of the title slide; without it the timeline has none. */
  title?: string;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` with the five HTML-significant characters escaped: safe in element content and quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const FIELDS: Record<ShownPrecision, (keyof CalendarParts)[]> = {
  year: ['year'],
  month: ['year', 'month'],
  day: ['year', 'month', 'day'],
  hour: ['year', 'month', 'day', 'hour'],
  minute: ['year', 'month', 'day', 'hour', 'minute'],
};

function dateAt(parts: CalendarParts, precision: ShownPrecision): TimelineJsDate {
  const date: TimelineJsDate = { year: parts.year };
  for (const field of FIELDS[precision]) date[field] = parts[field];
  return date;
}

/** Start and end at the shown precision; no end when the event lies within one unit of it. */
function dates(shown: ShownTime): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  const start = dateAt(shown.first, shown.precision);
  const end = dateAt(shown.last, shown.precision);
  const same = FIELDS[shown.precision].every((f) => start[f] === end[f]);
  return same ? { start_date: { ...start, display_date: shown.wording } } : { start_date: { ...start, display_date: shown.wording }, end_date: end };
}

/** The slide's HTML: who, where, how the date was written, how sure, the sources (linked titles and quoted sentences), other dates. */
function slideText(event: TimelineEvent, shown: ShownTime, articles: ReadonlyMap<string, Article>): string {
  const html: string[] = [];
  const facts: string[] = [];
  if (event.actors.length) facts.push(`<strong>Who:</strong> ${event.actors.map((a) => escapeHtml(actorLabel(a))).join('; ')}`);
  if (event.place) facts.push(`<strong>Where:</strong> ${escapeHtml(event.place)}`);
  // The date in words is TimelineJS's own line above the headline (display_date); here only how the article put it.
  const written = dateSource(event, shown.wording);
  if (written) facts.push(`<strong>Dated by:</strong> ${escapeHtml(written)}`);
  if (facts.length) html.push(`<p>${facts.join('<br>')}</p>`);
  const items = eventSources(event, articles).map((source) => {
    const title = escapeHtml(sourceTitle(source));
    const cite = source.link ? `<a href="${escapeHtml(source.link)}" target="_blank" rel="noopener noreferrer">${title}</a>` : `<cite>${title}</cite>`;
    const byline = sourceByline(source);
    const quotes = source.sentences.map((s) => `<blockquote>${escapeHtml(s)}</blockquote>`).join('');
    return `<li>${cite}${byline ? ` — ${escapeHtml(byline)}` : ''}${quotes}</li>`;
  });
  html.push(`<p><strong>${items.length === 1 ? 'Source' : `Sources (${items.length})`}:</strong></p><ul>${items.join('')}</ul>`);
  const others = otherDates(event, articles);
  if (others.length) html.push(`<p><strong>Other reports date it:</strong> ${others.map((o) => `${escapeHtml(o.wording)} (${escapeHtml(o.source)})`).join('; ')}</p>`);
  html.push(`<p><small>${escapeHtml(event.type)} · confidence ${event.confidence}</small></p>`);
  return html.join('');
}

/** One event as a TimelineJS slide. */
export function timelineJsSlide(event: TimelineEvent, articles: ReadonlyMap<string, Article>): TimelineJsSlide {
  const shown = showTime(event.time);
  return {
    ...dates(shown),
    display_date: shown.wording,
    text: { headline: escapeHtml(event.title), text: slideText(event, shown, articles) },
    group: event.type,
    unique_id: event.id,
  };
}

/**
 * A dataset as a TimelineJS3 timeline: one slide per event, at the precision its date has
 * (a month shows no day, a year only the year, a week or an "about" date no day, each with its
 * words in `display_date`), grouped by type, with the sources linked and quoted.
 *
 * @example
 * const doc = exportTimelineJs(dataset, { title: 'US–Russia talks, 2017' });
 * new TL.Timeline('timeline', doc); // in a page that loads TimelineJS3
 */
export function exportTimelineJs(dataset: Dataset, options: TimelineJsOptions = {}): TimelineJsDocument {
  const articles = articlesById(dataset);
  const doc: TimelineJsDocument = { events: dataset.events.map((event) => timelineJsSlide(event, articles)) };
  if (options.title) {
    const count = `${dataset.events.length} event${dataset.events.length === 1 ? '' : 's'} from ${dataset.articles.length} article${dataset.articles.length === 1 ? '' : 's'}`;
    return { title: { text: { headline: escapeHtml(options.title), text: `<p>${count}</p>` } }, ...doc };
  }
  return doc;
}
