/**
 * Shared pieces of the stories: the seed dataset, a render function that maps Storybook args onto
 * <event-timeline>'s attributes, properties and custom properties, and a safe sentence highlighter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { Dataset, Mention, TimelineEvent } from '@event-timeline/data';
import '@event-timeline/component';
import seed from '@event-timeline/data/events.json';
import { declarationOf } from '../.storybook/manifest.js';

/** The events extracted from the five seed articles in data/articles (`npm run extract`). */
export const seedDataset: Dataset = seed;

/** Args of the timeline stories: attribute names as the element spells them, plus custom properties. */
export interface TimelineArgs {
  events?: unknown;
  src?: string;
  locale?: string;
  'group-by'?: string;
  theme?: string;
  start?: string;
  end?: string;
  label?: string;
  'canvas-threshold'?: number;
  /** Documented in the args table; set through the attributes above. */
  groupBy?: never;
  canvasThreshold?: never;
  visibleRange?: never;
  [customProperty: `--${string}`]: string | number | undefined;
}

const declaration = declarationOf('event-timeline') as { cssProperties?: { name: string; default?: string }[] } | undefined;

const looksLikeColor = (value = '') => /^(#|rgb|hsl|oklch|color-mix)/i.test(value.trim());

// `type` tells Storybook how to read a value from the URL (`&args=group-by:actor`); the manifest's
// own type names (GroupBy, 'light' | 'dark') are not ones it can parse. The docs table keeps them.
const text = { name: 'string', required: false } as const;

/**
 * Controls for the attributes (selects for the closed vocabularies) and for every documented
 * `--event-timeline-*` custom property (a colour picker when its default is a colour).
 */
export const timelineArgTypes: ArgTypes<TimelineArgs> = {
  'group-by': { type: text, control: 'select', options: ['none', 'type', 'actor', 'source'] },
  label: { type: text, control: 'text' },
  'canvas-threshold': { type: { name: 'number', required: false }, control: { type: 'number', min: 0, step: 500 } },
  locale: { type: text, control: 'select', options: ['en', 'de', 'fr', 'ru', 'es'] },
  theme: { type: text, control: { type: 'inline-radio', labels: { '': 'system' } }, options: ['', 'light', 'dark'] },
  start: { type: text, control: 'text' },
  end: { type: text, control: 'text' },
  src: { type: text, control: 'text' },
  events: { control: 'object' },
  // The camelCase properties mirror the attributes above, which carry the controls.
  groupBy: { control: false },
  canvasThreshold: { control: false },
  visibleRange: { control: false },
  ...Object.fromEntries(
    (declaration?.cssProperties ?? []).map((p) => [p.name, { type: text, control: looksLikeColor(p.default) ? 'color' : 'text' }]),
  ),
};

/** Renders <event-timeline> from args: attributes, the `events` property and custom properties. */
export function renderTimeline(args: TimelineArgs): TemplateResult {
  const style = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
  // `events` stays undefined for `src` stories: the element ignores an undefined list, so the fetch wins.
  return html`<event-timeline
    src=${ifDefined(args.src || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    group-by=${ifDefined(args['group-by'] || undefined)}
    theme=${ifDefined(args.theme || undefined)}
    start=${ifDefined(args.start || undefined)}
    end=${ifDefined(args.end || undefined)}
    label=${ifDefined(args.label || undefined)}
    canvas-threshold=${ifDefined(args['canvas-threshold'] ?? undefined)}
    style=${style || nothing}
    .events=${args.events}
  ></event-timeline>`;
}

/**
 * The mention's sentence with its date expression wrapped in <mark>, as Lit text bindings only:
 * sentences come from web articles and are never parsed as HTML.
 */
export function highlightedSentence(mention: Mention): TemplateResult {
  const { sentence, timex } = mention;
  if (timex) {
    // Offsets point into the article; the sentence starts at mention.start.
    let from = timex.start - mention.start;
    if (sentence.slice(from, from + timex.text.length) !== timex.text) from = sentence.indexOf(timex.text);
    if (from >= 0) {
      const to = from + timex.text.length;
      return html`${sentence.slice(0, from)}<mark>${sentence.slice(from, to)}</mark>${sentence.slice(to)}`;
    }
  }
  return html`${sentence}`;
}

/** The article a mention was read from, as "Title — Publisher, 2017-04-12". */
export function articleLine(dataset: Dataset, mention: Mention): string {
  const article = dataset.articles.find((a) => a.id === mention.articleId);
  if (!article) return mention.articleId;
  return [article.title, article.publisher, article.published.slice(0, 10)].filter(Boolean).join(' · ');
}

/** The detail of a `timeline-select` event, whatever the element's exact event class is. */
export function selectedEvent(e: Event): TimelineEvent | undefined {
  return (e as CustomEvent<{ event?: TimelineEvent }>).detail?.event;
}
