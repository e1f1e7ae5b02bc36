import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Mention } from '@event-timeline/data/schema';
import type { TimelineItem } from '../model/types.js';
import { formatSpan } from './format.js';
import { formatIsoDateTime, formatIsoDay } from '@event-timeline/data/schema';

// TIMEX3 modifiers in words, for the built-in locales; other locales read English.
const MOD_WORDS: Record<string, string[]> = {
  //  START, MID, END, APPROX, BEFORE, AFTER
  en: ['early', 'mid', 'late', 'about', 'before', 'after'],
  de: ['Anfang', 'Mitte', 'Ende', 'etwa', 'vor', 'nach'],
  fr: ['début', 'mi-', 'fin', 'vers', 'avant', 'après'],
  es: ['principios de', 'mediados de', 'finales de', 'hacia', 'antes de', 'después de'],
  ru: ['начало', 'середина', 'конец', 'около', 'до', 'после'],
};
const MODS = ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER'];

function modWord(mod: string, locale: string): string | undefined {
  const words = MOD_WORDS[locale.slice(0, 2).toLowerCase()] ?? MOD_WORDS.en;
  const i = MODS.indexOf(mod.replace('ON_OR_', ''));
  return i < 0 ? undefined : words[i];
}

/**
 * Splits a mention's sentence around its date expression. `timex` offsets count from the start
 * of the article and `mention.start` is where the sentence begins, so the expression sits at
 * `timex.start - mention.start` in the sentence. When the offsets disagree with the text
 * (edited sentences), the expression is looked up by its text instead.
 */
export function splitMention(mention: Mention): [string, string, string] {
  const s = mention.sentence;
  const timex = mention.timex;
  if (!timex) return [s, '', ''];
  const a = timex.start - mention.start;
  const b = timex.end - mention.start;
  if (a >= 0 && b <= s.length && a < b && s.slice(a, b) === timex.text) return [s.slice(0, a), s.slice(a, b), s.slice(b)];
  const found = timex.text ? s.indexOf(timex.text) : -1;
  return found < 0 ? [s, '', ''] : [s.slice(0, found), timex.text, s.slice(found + timex.text.length)];
}

/** A short normalised date: "late October 2017", "12 April 2017", "Q3 2017". */
export function describeDate(item: TimelineItem, locale: string): string {
  const span = formatSpan(item.start, item.end, item.granularity, locale);
  const word = item.mod ? modWord(item.mod, locale) : undefined;
  return word ? (word.endsWith('-') ? word + span : `${word} ${span}`) : span;
}

/** The built-in detail panel for a selected event. All data goes through Lit text bindings. */
export function detailPanel(item: TimelineItem, articles: Map<string, Article>, locale: string, onClose: () => void): TemplateResult {
  const event = item.event;
  // Shown inclusive: [2017-10-01, 2017-11-01) reads as 2017-10-01 – 2017-10-31.
  const last = item.end % 86_400_000 === 0 && item.end - item.start >= 86_400_000 ? formatIsoDay(item.end - 86_400_000) : formatIsoDateTime(item.end);
  const iso = last === formatIsoDateTime(item.start) ? last : `${formatIsoDateTime(item.start)} – ${last}`;
  // Checked in the background on large inputs: until then, anything may be here.
  const mentions = (Array.isArray(event?.mentions) ? event.mentions : []).filter((m) => typeof m?.sentence === 'string');
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    <div class="detail-head">
      <span class="chip t-${item.type}"><span class="swatch"></span>${item.type.replace(/-/g, ' ')}</span>
      <button class="close" part="detail-close" @click=${onClose} aria-label="Close details">✕</button>
    </div>
    <h3 id="detail-title">${item.title}</h3>
    <dl>
      ${item.written ? html`<dt>As written</dt><dd>“${item.written}”</dd>` : nothing}
      <dt>Date</dt>
      <dd>${describeDate(item, locale)} <span class="iso">${event ? event.time.value : ''} · ${iso}</span></dd>
      ${item.actors.length ? html`<dt>Actors</dt><dd>${item.actors.join(', ')}</dd>` : nothing}
      ${item.place ? html`<dt>Place</dt><dd>${item.place}</dd>` : nothing}
      ${event ? html`<dt>Sources</dt><dd>${item.sources === 1 ? '1 article' : `${item.sources} articles`} · confidence ${Math.round(event.confidence * 100)}%</dd>` : nothing}
    </dl>
    ${mentions.length
      ? html`<ol class="mentions">
          ${mentions.map((m) => {
            const [before, date, after] = splitMention(m);
            const article = articles.get(m.articleId);
            return html`<li>
              <blockquote>${before}${date ? html`<mark part="highlight">${date}</mark>` : nothing}${after}</blockquote>
              <cite>${article?.title ?? m.articleId}${article?.publisher ? html` — <span class="publisher">${article.publisher}</span>` : nothing}</cite>
            </li>`;
          })}
        </ol>`
      : nothing}
  </section>`;
}
