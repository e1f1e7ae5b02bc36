import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Mention } from '@event-timeline/data/schema';
import type { TimelineItem } from '../model/types.js';
import { describeDate } from './describe-date.js';
import { splitMention } from './split-mention.js';
import type { DetailWords } from '../i18n/messages.js';

export { describeDate } from './describe-date.js';
export { splitMention, type Segment } from './split-mention.js';
// Its styles come with it: the panel is a chunk of its own, loaded on the first selection (see DetailController).
export { detailStyles } from './detail-styles.js';

/** One source article of an event and what it says: its quotes, in order, without repeats. */
export interface SourceEntry {
  articleId: string;
  article?: Article;
  /** The mention whose sentence is the article's headline, shown marked as the entry's title. */
  headline?: Mention;
  quotes: Mention[];
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * The mentions of an event grouped by article, in order of first mention: an article's headline
 * is its title, never also a quote, and the same sentence is quoted once.
 */
export function sourceEntries(mentions: readonly Mention[], articles: Map<string, Article>): SourceEntry[] {
  const entries = new Map<string, SourceEntry>();
  for (const m of mentions) {
    let entry = entries.get(m.articleId);
    if (!entry) entries.set(m.articleId, (entry = { articleId: m.articleId, article: articles.get(m.articleId), quotes: [] }));
    const title = entry.article?.title;
    if (title && same(m.sentence, title)) entry.headline ??= m;
    else if (!entry.quotes.some((q) => same(q.sentence, m.sentence))) entry.quotes.push(m);
  }
  return [...entries.values()];
}

/** The date expressions of an event as its reports write them ("today", "Wednesday"), each once. */
export function writtenDates(item: TimelineItem, mentions: readonly Mention[]): string[] {
  const texts = mentions.map((m) => (typeof m.timex?.text === 'string' ? m.timex.text : '')).filter(Boolean);
  if (!texts.length && item.written) texts.push(item.written);
  return [...new Set(texts)];
}

const marked = (m: Mention) =>
  splitMention(m).map(({ text, mark }) =>
    mark === 'timex' ? html`<mark part="highlight">${text}</mark>` : mark === 'trigger' ? html`<mark part="trigger" class="trigger">${text}</mark>` : text,
  );

/**
 * The built-in detail panel for a selected event: its title as a heading of `headingLevel`, the
 * date once in words with how precisely it is known and its TIMEX3 value, and one entry per source article with
 * its quotes, the trigger word and the date expression marked. All data goes through Lit text
 * bindings.
 */
export function detailPanel(
  item: TimelineItem,
  articles: Map<string, Article>,
  opts: { locale: string; headingLevel: number; words: DetailWords; typeName: string; onClose: () => void },
): TemplateResult {
  const { words: w } = opts;
  const event = item.event;
  // Checked in the background on large inputs: until then, anything may be here.
  const mentions = (Array.isArray(event?.mentions) ? event.mentions : []).filter((m) => typeof m?.sentence === 'string' && typeof m?.articleId === 'string');
  const written = writtenDates(item, mentions);
  const value = typeof event?.time.value === 'string' ? event.time.value : '';
  // The type's class on the whole panel gives the trigger's underline the type's colour too.
  return html`<section class="detail t-${item.type}" part="detail" aria-labelledby="detail-title">
    <div class="detail-head">
      ${opts.typeName ? html`<span class="chip t-${item.type}"><span class="swatch"></span>${opts.typeName}</span>` : nothing}
      <button class="close" part="detail-close" @click=${opts.onClose} aria-label=${w.close}>✕</button>
    </div>
    <div class="detail-title" id="detail-title" role="heading" aria-level=${opts.headingLevel}>${item.title}</div>
    <dl>
      <dt>${w.date}</dt>
      <dd>${describeDate(item, opts.locale)}${value ? html` <span class="iso">· ${w.precision(item.granularity)} · <abbr title="TimeML TIMEX3 value">TIMEX3</abbr> <code>${value}</code></span>` : nothing}</dd>
      ${written.length ? html`<dt>${w.written}</dt><dd>${w.list(written.map((t) => `“${t}”`))}</dd>` : nothing}
      ${item.actors.length ? html`<dt>${w.actors}</dt><dd>${w.list(item.actors)}</dd>` : nothing}
      ${item.place ? html`<dt>${w.place}</dt><dd>${item.place}</dd>` : nothing}
      ${event ? html`<dt>${w.sources}</dt><dd>${w.articles(item.sources, Math.round(event.confidence * 100))}</dd>` : nothing}
    </dl>
    ${mentions.length
      ? html`<ol class="mentions">
          ${sourceEntries(mentions, articles).map(
            (entry) => html`<li>
              <cite>${entry.headline ? marked(entry.headline) : (entry.article?.title ?? entry.articleId)}${entry.article?.publisher
                ? html` — <span class="publisher">${entry.article.publisher}</span>`
                : nothing}</cite>
              ${entry.quotes.map((m) => html`<blockquote>${marked(m)}</blockquote>`)}
            </li>`,
          )}
        </ol>`
      : nothing}
  </section>`;
}
