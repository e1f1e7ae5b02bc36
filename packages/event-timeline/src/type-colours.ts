import { unsafeCSS } from 'lit';
import { EVENT_TYPES } from '@event-timeline/data/vocabulary';

/** Default colour of each event type, light and dark. Override one with `--event-timeline-color-<type>`. */
export const TYPE_COLOURS: Record<string, [string, string]> = {
  meeting: ['#2563eb', '#60a5fa'],
  visit: ['#0891b2', '#22d3ee'],
  statement: ['#7c3aed', '#a78bfa'],
  speech: ['#9333ea', '#c084fc'],
  interview: ['#c026d3', '#e879f9'],
  vote: ['#0d9488', '#2dd4bf'],
  sanction: ['#dc2626', '#f87171'],
  agreement: ['#16a34a', '#4ade80'],
  attack: ['#b91c1c', '#fca5a5'],
  'military-action': ['#ea580c', '#fb923c'],
  investigation: ['#a16207', '#facc15'],
  election: ['#4f46e5', '#818cf8'],
  protest: ['#db2777', '#f472b6'],
  aid: ['#059669', '#34d399'],
  legal: ['#92400e', '#fbbf24'],
  // The warm and blue hues are taken: these four keep clear of every colour above (at least twice
  // the closest existing pair's OKLab distance) and of one another, at 4.6:1 or more on the light
  // background and 6.8:1 or more on the dark one.
  accident: ['#b45a5a', '#c99382'],
  death: ['#44403c', '#d6d3d1'],
  business: ['#3f6212', '#bef264'],
  launch: ['#075985', '#bae6fd'],
  other: ['#64748b', '#94a3b8'],
};

/**
 * The series colours (`t-series-0` … `t-series-7`) of untyped data's lanes and of types that are
 * not the schema's: eight of the type colours above, far apart in hue, so light and dark themes
 * and their contrast come with them. Override one with `--event-timeline-series-<n>`.
 */
export const SERIES_COLOURS = ['meeting', 'military-action', 'vote', 'statement', 'protest', 'agreement', 'legal', 'visit'] as const;

const types = EVENT_TYPES as readonly string[];
// Generated from the fixed vocabulary above, never from data: safe for unsafeCSS.
/** The `t-<type>` and `t-series-<n>` classes that set a mark's colour (`--_c`), and each type's default in light and dark. */
export const typeRules = unsafeCSS(
  types.map((t) => `.t-${t}{--_c:var(--event-timeline-color-${t},var(--_c-${t}))}`).join('') +
    SERIES_COLOURS.map((t, k) => `.t-series-${k}{--_c:var(--event-timeline-series-${k},var(--event-timeline-color-${t},var(--_c-${t})))}`).join('') +
    `:host{${types.map((t) => `--_c-${t}:${TYPE_COLOURS[t][0]};`).join('')}}` +
    `:host([theme='dark']){${types.map((t) => `--_c-${t}:${TYPE_COLOURS[t][1]};`).join('')}}` +
    `@media (prefers-color-scheme: dark){:host(:not([theme='light'])){${types.map((t) => `--_c-${t}:${TYPE_COLOURS[t][1]};`).join('')}}}`,
);
