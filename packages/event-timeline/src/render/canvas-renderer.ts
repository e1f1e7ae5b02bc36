import { DAY_BAND_MIN, drawnExtent, FUZZY_SOFT_MIN, fuzzyCore, ROW } from '../model/geometry.js';
import { type Layout, type PlacedMark } from '../model/layout-types.js';
import type { TimelineItem } from '../model/types.js';
import type { Columns } from '../model/normalise.js';
import type { Colouring } from '../model/colours.js';
import { KIND_POINT, KIND_RANGE } from '../model/lanes.js';
import { drawBadges } from './badge-atlas.js';
import type { CanvasPalette } from './palette.js';
import { bake, sprite } from './sprites.js';

export type { CanvasPalette } from './palette.js';

/** A dashed outline (3 px dashes, 2 px gaps, 1.5 px thick) of a rectangle, in the current fillStyle. */
function dashedOutline(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  for (let d = 0; d < w; d += 5) {
    const len = Math.min(3, w - d);
    ctx.fillRect(x + d, y, len, 1.5);
    ctx.fillRect(x + d, y + h - 1.5, len, 1.5);
  }
  for (let d = 0; d < h; d += 5) {
    const len = Math.min(3, h - d);
    ctx.fillRect(x, y + d, 1.5, len);
    ctx.fillRect(x + w - 1.5, y + d, 1.5, len);
  }
}

const rgba = (ctx: CanvasRenderingContext2D, colour: string, alpha: number): string => {
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  const c = ctx.fillStyle;
  if (c.startsWith('#')) {
    const n = parseInt(c.slice(1), 16);
    return `rgba(${n >> 16},${(n >> 8) & 255},${n & 255},${alpha})`;
  }
  return c.replace(/rgba?\(([^,]+),([^,]+),([^,)]+).*$/, `rgba($1,$2,$3,${alpha})`);
};

/** A type's colours and point sprite. */
interface TypeColours {
  solid: string;
  tint: string;
  clear: string;
  faint: string;
  sprite: CanvasImageSource;
}

/** A type's colours, and its marks of this frame by how they are drawn. */
interface TypeStyle extends TypeColours {
  points: PlacedMark[];
  ranges: PlacedMark[];
  faints: PlacedMark[];
  wide: PlacedMark[];
  days: PlacedMark[];
}

/** Each palette's colours by type and device pixel ratio: parsed once, not on every frame. */
const coloursByPalette = new WeakMap<CanvasPalette, Map<string, TypeColours>>();

/** A filled circle of radius 5 in `colour`, 12 px square. */
const pointSprite = (dpr: number, colour: string): CanvasImageSource =>
  sprite(`point|${dpr}|${colour}`, () =>
    bake(12, 12, dpr, (g) => {
      g.beginPath();
      g.arc(6, 6, 5, 0, Math.PI * 2);
      g.fillStyle = colour;
      g.fill();
    }),
  );

/**
 * Draws the marks and count badges of a layout on a canvas, for windows with thousands of
 * marks where one DOM node each would be too slow. Axis, labels and the focus ring stay in SVG.
 * The canvas covers the vertical band `[top, bottom)` of the plot (the part on screen).
 */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  layout: Layout,
  items: TimelineItem[],
  columns: Columns,
  colouring: Pick<Colouring, 'names' | 'code'>,
  width: number,
  [top, bottom]: readonly [number, number],
  palette: CanvasPalette,
): void {
  const dpr = Math.min(globalThis.devicePixelRatio || 1, 2);
  const height = bottom - top;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  // Resizing clears the canvas (and a new one is clear): only a canvas kept as it is needs clearing.
  const resized = canvas.width !== w || canvas.height !== h;
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (!resized) ctx.clearRect(0, 0, width, height);
  ctx.translate(0, -top);
  // Marks are bucketed by colour (their type's, or their lane's in untyped data) and kind, then drawn bucket by bucket: one fillStyle per bucket
  // instead of per mark (parsing a colour costs more than the fillRect), and no per-mark strings.
  // Colours and kinds come from typed columns, not from each mark's item.
  let known = coloursByPalette.get(palette);
  if (!known) coloursByPalette.set(palette, (known = new Map()));
  const buckets: (TypeStyle | undefined)[] = [];
  const styles: TypeStyle[] = [];
  const styleOf = (code: number): TypeStyle => {
    let st = buckets[code];
    if (!st) {
      const type = colouring.names[code];
      let colours = known.get(`${dpr}|${type}`);
      if (!colours) {
        const c = palette.byType(type);
        const solid = rgba(ctx, c, 1);
        colours = { solid, tint: rgba(ctx, c, 0.24), clear: rgba(ctx, c, 0), faint: rgba(ctx, c, 0.14), sprite: pointSprite(dpr, solid) };
        known.set(`${dpr}|${type}`, colours);
      }
      st = buckets[code] = { ...colours, points: [], ranges: [], faints: [], wide: [], days: [] };
      styles.push(st);
    }
    return st;
  };
  const { kind: kindOf } = columns;
  const typeOf = colouring.code;
  for (const m of layout.marks) {
    if (m.y + ROW <= top || m.y >= bottom) continue;
    const st = styleOf(typeOf[m.i]);
    const kind = kindOf[m.i];
    if (kind === KIND_POINT && m.x1 - m.x0 <= DAY_BAND_MIN + 0.5) st.points.push(m);
    else if (kind === KIND_POINT) st.days.push(m);
    else if (kind === KIND_RANGE) st.ranges.push(m);
    else if (Math.max(Math.min(m.x1, width + 8) - Math.max(m.x0, -8), 1) < FUZZY_SOFT_MIN) st.faints.push(m);
    else st.wide.push(m);
  }
  const x0Of = (m: PlacedMark) => Math.max(m.x0, -8);
  const wOf = (m: PlacedMark) => Math.max(Math.min(m.x1, width + 8) - Math.max(m.x0, -8), 1);
  // Points are stamped from one pre-drawn sprite per colour, and bars are fillRects: a Path2D
  // of thousands of arcs costs ~30 µs per arc to fill in a software canvas, a stamp ~1 µs.
  for (const st of styles)
    for (const m of st.points) ctx.drawImage(st.sprite, Math.round(((m.x0 + m.x1) / 2 - 6) * dpr) / dpr, m.y + 5, 12, 12);
  for (const st of styles) {
    if (st.ranges.length) {
      ctx.fillStyle = st.tint;
      for (const m of st.ranges) ctx.fillRect(x0Of(m), m.y + 4, wOf(m), 14);
      ctx.fillStyle = st.solid;
      for (const m of st.ranges) ctx.fillRect(x0Of(m), m.y + 4, Math.min(3, wOf(m)), 14);
    }
    if (st.days.length) {
      // Days zoomed wide: a band over the whole day, edged on both sides.
      ctx.fillStyle = st.tint;
      for (const m of st.days) ctx.fillRect(x0Of(m), m.y + 4, wOf(m), 14);
      ctx.fillStyle = st.solid;
      for (const m of st.days) {
        ctx.fillRect(x0Of(m), m.y + 4, Math.min(2, wOf(m)), 14);
        ctx.fillRect(x0Of(m) + wOf(m) - Math.min(2, wOf(m)), m.y + 4, Math.min(2, wOf(m)), 14);
      }
    }
    if (st.faints.length) {
      // Narrow uncertain spans: a faint fill with a dashed outline, as in SVG (plot.ts).
      ctx.fillStyle = st.faint;
      for (const m of st.faints) ctx.fillRect(x0Of(m), m.y + 4, wOf(m), 14);
      // The dashes as short fillRects: a dashed stroke is many times slower on a software canvas.
      ctx.fillStyle = st.solid;
      for (const m of st.faints) dashedOutline(ctx, x0Of(m), m.y + 4, wOf(m), 14);
    }
    for (const m of st.wide) {
      // Wide uncertain spans get their own gradient: soft edges where the date is unsure.
      // Over the extent drawn, as the SVG mask is, with the same solid line under the part drawn in full.
      const fade = items[m.i].fade;
      const [a, b] = drawnExtent(m.x0, m.x1, width);
      const g = ctx.createLinearGradient(a, 0, b, 0);
      g.addColorStop(0, fade === 'end' ? st.tint : st.clear);
      g.addColorStop(0.32, st.tint);
      g.addColorStop(0.68, st.tint);
      g.addColorStop(1, fade === 'start' ? st.tint : st.clear);
      ctx.fillStyle = g;
      ctx.fillRect(a, m.y + 4, b - a, 14);
    }
    if (st.wide.length) {
      ctx.fillStyle = st.solid;
      for (const m of st.wide) {
        const [a, b] = drawnExtent(m.x0, m.x1, width);
        const [c0, c1] = fuzzyCore(items[m.i].fade, b - a);
        ctx.fillRect(a + c0, m.y + 15, c1 - c0, 3);
      }
    }
  }
  // Badges on top, in the band.
  const badges = [];
  for (const c of layout.clusters)
    if (c.y + 20 > top && c.y < bottom) badges.push({ count: c.count, x: c.x, y: Math.round((c.y + 2 - top) * dpr) / dpr + top });
  drawBadges(ctx, dpr, badges, palette);
}
