import { EVENT_TYPES } from '@event-timeline/data/vocabulary';
import { SERIES_COLOURS } from '../type-colours.js';

/** Colours the canvas needs, read from the element's custom properties. */
export interface CanvasPalette {
  byType: (type: string) => string;
  background: string;
  badge: string;
  badgeText: string;
}

/**
 * The canvas colours, read from the element's custom properties (so overrides and the dark
 * theme apply to canvas marks too), or system colours in forced-colors mode. Reading computed
 * style forces a style recalc, so callers cache the result per theme and data.
 */
export function readPalette(host: Element): CanvasPalette {
  const cs = getComputedStyle(host);
  const read = (name: string) => cs.getPropertyValue(name).trim();
  const forced = typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
  const fallback = forced ? 'CanvasText' : read('--event-timeline-mark-color') || read('--_mark') || '#64748b';
  const colours = new Map(
    EVENT_TYPES.map((type) => [type as string, forced ? fallback : read(`--event-timeline-color-${type}`) || read(`--_c-${type}`) || fallback]),
  );
  SERIES_COLOURS.forEach((type, k) => colours.set(`series-${k}`, forced ? fallback : read(`--event-timeline-series-${k}`) || colours.get(type)!));
  return {
    byType: (type) => colours.get(type) ?? fallback,
    background: read('--_bg'),
    badge: forced ? 'CanvasText' : read('--_badge') || '#334155',
    badgeText: forced ? 'Canvas' : read('--_badge-fg') || '#fff',
  };
}
