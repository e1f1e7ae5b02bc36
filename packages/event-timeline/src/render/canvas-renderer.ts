import { ROW, type Layout, type PlacedMark } from '../model/layout.js';
import type { TimelineItem } from '../model/types.js';
import { badgeWidth } from './hit-test.js';

/** Colours the canvas needs, read from the element's custom properties. */
export interface CanvasPalette {
  byType: (type: string) => string;
  background: string;
  badge: string;
  badgeText: string;
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

const BADGE_FONT = '600 11px system-ui, sans-serif';

// Pre-drawn sprites (badge ends and pills, points, the badge glyphs) by device pixel ratio,
// colour and size: a few dozen at most.
const sprites = new Map<string, unknown>();
function sprite<T>(key: string, make: () => T): T {
  let made = sprites.get(key) as T | undefined;
  if (made === undefined) sprites.set(key, (made = make()));
  return made;
}

/** A canvas of `width` × `height` CSS px at `dpr`, and its context, scaled to CSS px. */
function spriteCanvas(width: number, height: number, dpr: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * dpr);
  canvas.height = Math.ceil(height * dpr);
  const g = canvas.getContext('2d')!;
  g.scale(dpr, dpr);
  return [canvas, g];
}

/** The rounded end of a count badge (left, or right when `right`), as a sprite. */
const capSprite = (dpr: number, colour: string, right = false): HTMLCanvasElement =>
  sprite(`cap|${dpr}|${colour}|${right}`, () => {
    const [canvas, g] = spriteCanvas(9, 18, dpr);
    g.fillStyle = colour;
    g.beginPath();
    if (right) g.arc(0, 9, 9, -Math.PI / 2, Math.PI / 2);
    else g.arc(9, 9, 9, Math.PI / 2, (Math.PI * 3) / 2);
    g.fill();
    return canvas;
  });

/** A type's colours, point sprite, and its marks of this frame by how they are drawn. */
interface TypeStyle {
  solid: string;
  tint: string;
  clear: string;
  faint: string;
  sprite: HTMLCanvasElement;
  points: PlacedMark[];
  ranges: PlacedMark[];
  faints: PlacedMark[];
  wide: PlacedMark[];
}

/** A filled circle of radius 5 in `colour`, 12 px square, as a sprite. */
const pointSprite = (dpr: number, colour: string): HTMLCanvasElement =>
  sprite(`point|${dpr}|${colour}`, () => {
    const [canvas, g] = spriteCanvas(12, 12, dpr);
    g.beginPath();
    g.arc(6, 6, 5, 0, Math.PI * 2);
    g.fillStyle = colour;
    g.fill();
    return canvas;
  });

/** A count badge's pill (no text), `bw` × 18 px, as a sprite: a few widths, one per number of digits. */
const pillSprite = (dpr: number, bw: number, colour: string): HTMLCanvasElement =>
  sprite(`pill|${dpr}|${colour}|${bw}`, () => {
    const [canvas, g] = spriteCanvas(bw, 18, dpr);
    g.fillStyle = colour;
    g.fillRect(9, 0, bw - 18, 18);
    g.drawImage(capSprite(dpr, colour), 0, 0, 9, 18);
    g.drawImage(capSprite(dpr, colour, true), bw - 9, 0, 9, 18);
    return canvas;
  });

const GLYPHS = '+0123456789';
const GLYPH_CELL = 10;

/** `+` and the digits drawn once in the badge font, and each one's advance width. */
interface GlyphStrip {
  canvas: HTMLCanvasElement;
  advance: number[];
}

const glyphStrip = (dpr: number, colour: string): GlyphStrip =>
  sprite(`glyphs|${dpr}|${colour}`, () => {
    const [canvas, g] = spriteCanvas(GLYPHS.length * GLYPH_CELL, 18, dpr);
    g.font = BADGE_FONT;
    g.textBaseline = 'middle';
    g.fillStyle = colour;
    const advance = [...GLYPHS].map((ch, k) => {
      g.fillText(ch, k * GLYPH_CELL, 9.5);
      return g.measureText(ch).width;
    });
    return { canvas, advance };
  });

/**
 * Count badges: their pills, then `+count` stamped glyph by glyph from the strip. fillText costs
 * ~20-50 µs a call in a software canvas, and while zooming every frame brings new counts: a
 * sprite per count meant a new canvas and a fillText for most badges of a frame. Pills first and
 * text after, so that consecutive stamps share their source image.
 */
function drawBadges(ctx: CanvasRenderingContext2D, dpr: number, badges: { count: number; x: number; y: number }[], palette: CanvasPalette): void {
  const snap = (v: number) => Math.round(v * dpr) / dpr;
  for (const { count, x, y } of badges) {
    const bw = badgeWidth(count);
    ctx.drawImage(pillSprite(dpr, bw, palette.badge), snap(x - bw / 2), y, bw, 18);
  }
  const strip = glyphStrip(dpr, palette.badgeText);
  for (const { count, x, y } of badges) {
    const text = `+${count}`;
    let width = 0;
    for (let k = 0; k < text.length; k++) width += strip.advance[GLYPHS.indexOf(text[k])];
    let at = x - width / 2;
    for (let k = 0; k < text.length; k++) {
      const g = GLYPHS.indexOf(text[k]);
      ctx.drawImage(strip.canvas, g * GLYPH_CELL * dpr, 0, GLYPH_CELL * dpr, 18 * dpr, snap(at), y, GLYPH_CELL, 18);
      at += strip.advance[g];
    }
  }
}

/**
 * Draws the marks and count badges of a layout on a canvas, for windows with thousands of
 * marks where one DOM node each would be too slow. Axis, labels and the focus ring stay in SVG.
 * The canvas covers the vertical band `[top, bottom)` of the plot (the part on screen).
 */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  layout: Layout,
  items: TimelineItem[],
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
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.translate(0, -top);
  // Marks are bucketed by type and kind, then drawn bucket by bucket: one fillStyle per bucket
  // instead of per mark (parsing a colour costs more than the fillRect), and no per-mark strings.
  const styles = new Map<string, TypeStyle>();
  const styleOf = (type: string): TypeStyle => {
    let st = styles.get(type);
    if (!st) {
      const c = palette.byType(type);
      const solid = rgba(ctx, c, 1);
      st = { solid, tint: rgba(ctx, c, 0.24), clear: rgba(ctx, c, 0), faint: rgba(ctx, c, 0.14), sprite: pointSprite(dpr, solid), points: [], ranges: [], faints: [], wide: [] };
      styles.set(type, st);
    }
    return st;
  };
  for (const m of layout.marks) {
    if (m.y + ROW <= top || m.y >= bottom) continue;
    const item = items[m.i];
    const st = styleOf(item.type);
    if (item.kind === 'point') st.points.push(m);
    else if (item.kind === 'range') st.ranges.push(m);
    else if (Math.max(Math.min(m.x1, width + 8) - Math.max(m.x0, -8), 1) < 40) st.faints.push(m);
    else st.wide.push(m);
  }
  const x0Of = (m: PlacedMark) => Math.max(m.x0, -8);
  const wOf = (m: PlacedMark) => Math.max(Math.min(m.x1, width + 8) - Math.max(m.x0, -8), 1);
  // Points are stamped from one pre-drawn sprite per colour, and bars are fillRects: a Path2D
  // of thousands of arcs costs ~30 µs per arc to fill in a software canvas, a stamp ~1 µs.
  for (const st of styles.values())
    for (const m of st.points) ctx.drawImage(st.sprite, Math.round(((m.x0 + m.x1) / 2 - 6) * dpr) / dpr, m.y + 5, 12, 12);
  for (const st of styles.values()) {
    if (st.ranges.length) {
      ctx.fillStyle = st.tint;
      for (const m of st.ranges) ctx.fillRect(x0Of(m), m.y + 4, wOf(m), 14);
      ctx.fillStyle = st.solid;
      for (const m of st.ranges) ctx.fillRect(x0Of(m), m.y + 4, Math.min(3, wOf(m)), 14);
    }
    if (st.faints.length) {
      ctx.fillStyle = st.faint;
      for (const m of st.faints) ctx.fillRect(x0Of(m), m.y + 4, wOf(m), 14);
    }
    for (const m of st.wide) {
      // Wide uncertain spans get their own gradient: soft edges where the date is unsure.
      const fade = items[m.i].fade;
      const g = ctx.createLinearGradient(m.x0, 0, m.x1, 0);
      g.addColorStop(0, fade === 'end' ? st.tint : st.clear);
      g.addColorStop(0.3, st.tint);
      g.addColorStop(0.7, st.tint);
      g.addColorStop(1, fade === 'start' ? st.tint : st.clear);
      ctx.fillStyle = g;
      ctx.fillRect(x0Of(m), m.y + 4, wOf(m), 14);
    }
  }
  // Badges on top, in the band.
  const badges = [];
  for (const c of layout.clusters)
    if (c.y + 20 > top && c.y < bottom) badges.push({ count: c.count, x: c.x, y: Math.round((c.y + 2 - top) * dpr) / dpr + top });
  drawBadges(ctx, dpr, badges, palette);
}
