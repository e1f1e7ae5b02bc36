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

/** A piece of a quoted sentence: plain text, or the date expression or the trigger word, marked. */
export interface Segment {
  text: string;
  mark?: 'timex' | 'trigger';
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where `phrase` sits in the sentence as [from, to), or undefined. */
function locate(mention: Mention, phrase: unknown): [number, number] | undefined {
  // Checked in the background on large inputs: until then, anything may be here.
  if (typeof phrase !== 'object' || phrase === null) return undefined;
  const { text, start, end } = phrase as { text?: unknown; start?: unknown; end?: unknown };
  if (typeof text !== 'string' || !text) return undefined;
  const s = mention.sentence;
  if (typeof start === 'number' && typeof end === 'number') {
    const a = start - mention.start;
    const b = end - mention.start;
    if (a >= 0 && b <= s.length && a < b && s.slice(a, b) === text) return [a, b];
  }
  // The offsets disagree with the text (an edited sentence): its first whole-word occurrence,
  // so that a trigger "met" is not found inside "metal".
  for (let at = s.indexOf(text); at >= 0; at = s.indexOf(text, at + 1))
    if (!isLetter(s[at - 1]) && !isLetter(s[at + text.length])) return [at, at + text.length];
  return undefined;
}

/**
 * Splits a mention's sentence into text and the marked date expression and trigger word.
 * Offsets count from the start of the article and `mention.start` is where the sentence begins,
 * so a phrase sits at `phrase.start - mention.start` in the sentence. When the offsets disagree
 * with the text, the phrase is looked up by its text instead. Should the two overlap, the date
 * expression is marked and the trigger is not.
 */
export function splitMention(mention: Mention): Segment[] {
  const s = mention.sentence;
  const timex = locate(mention, mention.timex);
  let trigger = locate(mention, mention.trigger);
  if (timex && trigger && trigger[0] < timex[1] && timex[0] < trigger[1]) trigger = undefined;
  const marks = ([['timex', timex], ['trigger', trigger]] as const)
    .filter((m): m is readonly ['timex' | 'trigger', [number, number]] => m[1] !== undefined)
    .sort((x, y) => x[1][0] - y[1][0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [mark, [from, to]] of marks) {
    if (from > at) segments.push({ text: s.slice(at, from) });
    segments.push({ text: s.slice(from, to), mark });
    at = to;
  }
  if (at < s.length || !segments.length) segments.push({ text: s.slice(at) });
  return segments;
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
  // The type's class on the whole panel gives the trigger's underline the type's colour too.
  return html`<section class="detail t-${item.type}" part="detail" aria-labelledby="detail-title">
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
            const article = articles.get(m.articleId);
            return html`<li>
              <blockquote>${splitMention(m).map(({ text, mark }) =>
                mark === 'timex' ? html`<mark part="highlight">${text}</mark>` : mark === 'trigger' ? html`<mark part="trigger" class="trigger">${text}</mark>` : text,
              )}</blockquote>
              <cite>${article?.title ?? m.articleId}${article?.publisher ? html` — <span class="publisher">${article.publisher}</span>` : nothing}</cite>
            </li>`;
          })}
        </ol>`
      : nothing}
  </section>`;
}
