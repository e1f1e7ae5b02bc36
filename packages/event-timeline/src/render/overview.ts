import { svg, type TemplateResult } from 'lit';
import type { Transform } from '../model/transform.js';
import type { TimeScale } from '../model/time-scale.js';
import { axisTicks } from './ticks.js';
import { formatUtc } from './format.js';

/** Height of the overview strip, px. */
export const OVERVIEW_H = 36;

/**
 * Orientation marks on the overview strip, over the whole range: the axis's context periods
 * (years over months, months over days), or its ticks when those are years already.
 */
export function overviewTicks(base: TimeScale, locale: string, width: number): TemplateResult[] {
  const rows = axisTicks(base, locale);
  const major = rows.contextStyle
    ? rows.major.map((t) => ({ ...t, label: formatUtc(t.t, locale, rows.contextStyle!) }))
    : rows.ticks.map((t) => ({ ...t, label: formatUtc(t.t, locale, rows.style) }));
  return major
    .filter((t, j) => t.x >= 0 && (major[j + 1]?.x ?? width) - t.x > 40)
    .map((t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1="0" y2=${OVERVIEW_H}></line><text x=${t.x + 4} y="11">${t.label}</text>`);
}

/** The visible window on the overview strip, with its two edge handles. */
export function brushWindow(t: Transform, width: number): TemplateResult {
  const a = Math.max(0, -t.x / t.k);
  const b = Math.min(width, (width - t.x) / t.k);
  return svg`<rect class="selection" x=${a} y="1" width=${Math.max(b - a, 2)} height=${OVERVIEW_H - 2} rx="4"></rect>
    <rect class="handle" x=${a - 2} y="9" width="4" height=${OVERVIEW_H - 18} rx="2"></rect>
    <rect class="handle" x=${b - 2} y="9" width="4" height=${OVERVIEW_H - 18} rx="2"></rect>`;
}
