import { html, nothing, svg, type TemplateResult } from 'lit';
import { DAY_BAND_MIN, drawnExtent, FUZZY_SOFT_MIN, fuzzyCore, ROW } from '../model/geometry.js';
import { type Cluster, type LaneBox, type Layout, type PlacedMark } from '../model/layout-types.js';
import { lowerBound } from '../model/lanes.js';
import type { TimelineItem } from '../model/types.js';
import { badgeWidth } from '../model/hit-test.js';
import { labelChars } from '../model/labels.js';
import type { AxisTick } from '../model/axis.js';
import type { Axis } from './ticks.js';

/** The SVG templates of the plot. Lit owns these nodes; only data-derived text goes in via bindings. */

const MAX_SVG_LABELS = 400;

/** Masks that fade a span's edges: the date is uncertain there. */
export const fadeDefs = svg`<defs>
  ${(['both', 'start', 'end'] as const).map(
    (fade) => svg`<linearGradient id="g-${fade}">
        <stop offset="0" stop-color="#fff" stop-opacity=${fade === 'end' ? 1 : 0}></stop>
        <stop offset="0.32" stop-color="#fff" stop-opacity="1"></stop>
        <stop offset="0.68" stop-color="#fff" stop-opacity="1"></stop>
        <stop offset="1" stop-color="#fff" stop-opacity=${fade === 'start' ? 1 : 0}></stop>
      </linearGradient>
      <mask id="fade-${fade}" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#g-${fade})"></rect></mask>`,
  )}
</defs>`;

/**
 * Lane backgrounds, lane names and grid lines, drawn under the marks: within the vertical band
 * `[top, bottom)` on screen only, like the marks, so a frame repaints what can be seen.
 */
export function backLayer(
  layout: Layout,
  minor: AxisTick[],
  major: AxisTick[],
  width: number,
  [top, bottom]: readonly [number, number],
  lane: { name: (box: LaneBox) => string; count: (n: number) => string; rtl: boolean },
): TemplateResult {
  const lanes = layout.lanes.filter((box) => box.y < bottom && box.y + box.height > top);
  return svg`${lanes.map((box) => svg`<rect class="lane-bg" part="lane" x="0" y=${box.y} width=${width} height=${box.height}></rect>`)}
  <path class="grid" d=${rules(minor, top, bottom)}></path>
  <path class="grid major" d=${rules(major, top, bottom)}></path>
  ${lanes.map((box) =>
    box.label ? svg`<text class="lane-label" part="lane-label" x=${lane.rtl ? width - 10 : 10} y=${box.y + 14} text-anchor=${lane.rtl ? 'end' : 'start'}>${lane.name(box)} <tspan class="lane-count">· ${lane.count(box.visible)}</tspan></text>` : nothing,
  )}`;
}

function mark(m: PlacedMark, item: TimelineItem, colour: string, selected: boolean, width: number): TemplateResult {
  const cy = m.y + ROW / 2;
  const cls = `mark t-${colour}${selected ? ' selected' : ''}`;
  if (item.kind === 'point' && m.x1 - m.x0 <= DAY_BAND_MIN + 0.5)
    return svg`<g class=${cls} part="event point"><circle cx=${(m.x0 + m.x1) / 2} cy=${cy} r="5.5"></circle></g>`;
  const [x0, x1] = drawnExtent(m.x0, m.x1, width);
  const w = x1 - x0;
  // A day zoomed wide: a band over the whole day (see DAY_BAND_MIN), still a point event.
  if (item.kind === 'point')
    return svg`<g class=${cls} part="event point day"><rect class="day" x=${x0} y=${cy - 7} width=${w} height="14" rx="3"></rect></g>`;
  // Too narrow for soft edges to read as such (they looked like a blurred square): a span with a
  // dashed outline, which says "about this long, edges unsure" at any zoom.
  if (item.kind === 'fuzzy' && w < FUZZY_SOFT_MIN)
    return svg`<g class=${cls} part="event span uncertain"><rect class="fuzzy narrow" x=${x0 + 0.75} y=${cy - 6.25} width=${Math.max(w - 1.5, 1)} height="12.5" rx="3"></rect></g>`;
  if (item.kind === 'fuzzy') {
    // Soft edges where the date is unsure, and a solid line under the part drawn in full: faded
    // alone, a light type colour all but vanished behind its label.
    const [a, b] = fuzzyCore(item.fade, w);
    return svg`<g class=${cls} part="event span uncertain"><rect class="fuzzy" x=${x0} y=${cy - 7} width=${w} height="14" rx="4" mask="url(#fade-${item.fade})"></rect><rect class="core" x=${x0 + a} y=${cy + 5} width=${b - a} height="2"></rect></g>`;
  }
  return svg`<g class=${cls} part="event span"><rect class="bar" x=${x0} y=${cy - 7} width=${w} height="14" rx="4"></rect><rect class="cap" x=${x0} y=${cy - 7} width=${Math.min(3, w)} height="14"></rect></g>`;
}

/** Marks (unless drawn on canvas), labels, count badges and the focus ring. */
export function frontLayer(
  layout: Layout,
  items: TimelineItem[],
  opts: { canvas: boolean; selected: number; focus: number; focusCluster?: Cluster; labelWidth: (i: number) => number; colour: (i: number) => string; width: number },
): TemplateResult {
  const labels: TemplateResult[] = [];
  for (const m of layout.marks) {
    if (labels.length >= MAX_SVG_LABELS) break;
    const item = items[m.i];
    const lw = opts.labelWidth(m.i);
    const chars = labelChars(m, item.title.length, lw);
    if (!chars) continue;
    const text = chars < item.title.length ? item.title.slice(0, chars).trimEnd() + '…' : item.title;
    labels.push(
      svg`<text class="label${m.inside ? ' inside' : ''}" part="label" x=${m.labelX} y=${m.y + ROW / 2 + 4} text-anchor=${m.anchor}>${text}${
        item.sources > 1 && lw <= m.labelRoom ? svg`<tspan class="sources" dx="5">×${item.sources}</tspan>` : nothing
      }</text>`,
    );
  }
  const focused = opts.focus >= 0 ? layout.marks.find((m) => m.i === opts.focus) : undefined;
  // One list per kind: Lit reuses a mark's nodes by position, and a position that changed kind
  // between frames (as marks scroll past) would swap its template and rebuild its nodes.
  const byKind: [TemplateResult[], TemplateResult[], TemplateResult[]] = [[], [], []];
  if (!opts.canvas)
    for (const m of layout.marks) {
      const item = items[m.i];
      byKind[item.kind === 'fuzzy' ? 0 : item.kind === 'range' ? 1 : 2].push(mark(m, item, opts.colour(m.i), m.i === opts.selected, opts.width));
    }
  return svg`${byKind[0]}${byKind[1]}${byKind[2]}
    ${labels}
    ${opts.canvas
      ? nothing
      : layout.clusters.map((c) => {
          const w = badgeWidth(c.count);
          return svg`<g class="badge" part="cluster"><rect x=${c.x - w / 2} y=${c.y + 2} width=${w} height="18" rx="9"></rect><text x=${c.x} y=${c.y + 15} text-anchor="middle">+${c.count}</text></g>`;
        })}
    ${focused ? svg`<rect class="ring" part="focus-ring" x=${focused.x0 - 4} y=${focused.y + 1} width=${focused.x1 - focused.x0 + 8} height=${ROW - 2} rx="7"></rect>` : nothing}
    ${!focused && opts.focusCluster ? clusterRing(opts.focusCluster) : nothing}`;
}

function clusterRing(c: Cluster): TemplateResult {
  const w = badgeWidth(c.count) + 6;
  return svg`<rect class="ring" part="focus-ring" x=${c.x - w / 2} y=${c.y - 1} width=${w} height="24" rx="12"></rect>`;
}

/**
 * Vertical lines at the ticks from `y0` to `y1`, as one path: one node and one attribute to
 * update per zoom frame, instead of a node with four attributes per tick.
 */
function rules(ticks: AxisTick[], y0: number, y1: number): string {
  let d = '';
  for (const t of ticks) if (t.x >= 0) d += `M${+t.x.toFixed(2)},${y0}V${y1}`;
  return d;
}

/** Height of the axis (px). */
export const AXIS_H = 44;

/**
 * Two-level axis: the tick row (labels centred in the day, month or year they name, or on their
 * tick for hours and multi-day steps), and under it the context row, whose labels name the period
 * of the ticks above them and stick to the left edge (see model/axis.ts).
 */
export function axis(rows: Axis, width: number): TemplateResult {
  return html`<svg class="axis" part="axis" width=${width} height=${AXIS_H} aria-hidden="true">
    <path class="tick" d=${rules(rows.ticks, 0, 6) + rules(rows.major, 0, 40)}></path>
    ${rows.labels.map((t) => svg`<text x=${t.x} y="18" text-anchor="middle">${t.label}</text>`)}
    ${rows.context.map((m) => svg`<text class="major-label" x=${m.x} y="36">${m.label}</text>`)}
  </svg>`;
}

/** The density of all events across the whole range, for the overview strip, from their sorted `starts`. */
export function densityPath(starts: Float64Array, d0: number, d1: number, width: number, height: number): string {
  const bins = Math.max(20, Math.min(240, Math.floor(width / 4)));
  const counts = new Uint32Array(bins);
  const span = d1 - d0 || 1;
  // Each bin's count is the distance between two binary searches of the sorted starts: a few
  // thousand steps whatever the number of events, not one per event. The first bin also holds
  // what starts before d0, the last what starts after d1.
  let from = 0;
  for (let b = 0; b < bins; b++) {
    const to = b === bins - 1 ? starts.length : lowerBound(starts, d0 + ((b + 1) * span) / bins);
    counts[b] = to - from;
    from = to;
  }
  let max = 0;
  for (let b = 0; b < bins; b++) if (counts[b] > max) max = counts[b];
  const bw = width / bins;
  const parts = [`M0,${height}`];
  for (let b = 0; b < bins; b++) {
    const c = counts[b];
    const y = +(height - (c ? 3 + (Math.sqrt(c) / Math.sqrt(max || 1)) * (height - 6) : 0)).toFixed(2);
    parts.push(`L${+(b * bw).toFixed(2)},${y}L${+((b + 1) * bw).toFixed(2)},${y}`);
  }
  return parts.join('') + `L${width},${height}Z`;
}
