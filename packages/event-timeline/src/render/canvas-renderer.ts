import { ROW, type Layout, type PlacedMark } from '../model/layout.js';
import type { TimelineItem } from '../model/types.js';
import type { Columns } from '../model/normalise.js';
import { KIND_POINT, KIND_RANGE } from '../model/lanes.js';
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

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

// Pre-drawn sprites (badge pills, points, the badge glyphs) by device pixel
// ratio, colour and size: a few dozen at most.
const sprites = new Map<string, unknown>();
function sprite<T>(key: string, make: () => T): T {
  let made = sprites.get(key) as T | undefined;
  if (made === undefined) sprites.set(key, (made = make()));
  return made;
}

/** A surface of `w` × `h` device px to draw sprites on: an OffscreenCanvas where there is one. */
function surface(w: number, h: number): [HTMLCanvasElement | OffscreenCanvas, Context2D] {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(w, h);
    const g = canvas.getContext('2d');
    if (g) return [canvas, g];
  }
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [w, h];
  return [canvas, canvas.getContext('2d')!];
}

/**
 * A sprite of `width` × `height` CSS px at `dpr`, drawn once by `draw` (in CSS px). Kept as an
 * ImageBitmap where possible: a canvas used as a source is snapshotted on every drawImage
 * (~1.5 µs, a thousand times a frame).
 */
function bake(width: number, height: number, dpr: number, draw: (g: Context2D) => void): CanvasImageSource {
  const [canvas, g] = surface(Math.ceil(width * dpr), Math.ceil(height * dpr));
  g.scale(dpr, dpr);
  draw(g);
  return 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas;
}

/** A count badge's pill (no text), `bw` × 18 px: a few widths, one per number of digits. */
const pillSprite = (dpr: number, bw: number, colour: string): CanvasImageSource =>
  sprite(`pill|${dpr}|${colour}|${bw}`, () =>
    bake(bw, 18, dpr, (g) => {
      g.fillStyle = colour;
      g.beginPath();
      g.arc(9, 9, 9, Math.PI / 2, (Math.PI * 3) / 2);
      g.arc(bw - 9, 9, 9, -Math.PI / 2, Math.PI / 2);
      g.fill();
    }),
  );

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

const GLYPHS = '+0123456789';
const GLYPH_CELL = 10;

/** `+` and the digits drawn once in the badge font, and each one's advance width. */
interface GlyphStrip {
  image: CanvasImageSource;
  advance: number[];
}

const glyphStrip = (dpr: number, colour: string): GlyphStrip =>
  sprite(`glyphs|${dpr}|${colour}`, () => {
    let advance: number[] = [];
    const image = bake(GLYPHS.length * GLYPH_CELL, 18, dpr, (g) => {
      g.font = BADGE_FONT;
      g.textBaseline = 'middle';
      g.fillStyle = colour;
      advance = [...GLYPHS].map((ch, k) => {
        g.fillText(ch, k * GLYPH_CELL, 9.5);
        return g.measureText(ch).width;
      });
    });
    return { image, advance };
  });

/** Stamps `+count` glyph by glyph, centred on `x`. */
function stampCount(g: Context2D, strip: GlyphStrip, dpr: number, count: number, x: number, y: number): void {
  const text = `+${count}`;
  let width = 0;
  for (let k = 0; k < text.length; k++) width += strip.advance[GLYPHS.indexOf(text[k])];
  let at = x - width / 2;
  for (let k = 0; k < text.length; k++) {
    const glyph = GLYPHS.indexOf(text[k]);
    g.drawImage(strip.image, glyph * GLYPH_CELL * dpr, 0, GLYPH_CELL * dpr, 18 * dpr, Math.round(at * dpr) / dpr, y, GLYPH_CELL, 18);
    at += strip.advance[glyph];
  }
}

/** Cells of finished badges ("+12" on its pill), packed in rows: 16 rows of 18 px, 512 px wide. */
const ATLAS_W = 512;
const ATLAS_ROWS = 16;
const ATLAS_ROW = 20;

interface BadgeAtlas {
  canvas: HTMLCanvasElement | OffscreenCanvas;
  g: Context2D;
  /** Each count's cell: left and top, in device px. */
  cells: Map<number, [number, number]>;
  x: number;
  row: number;
}

/** The atlases in use, by device pixel ratio and badge colours: the two latest (1-3 MB each). */
const atlases = new Map<string, BadgeAtlas>();

function badgeAtlas(dpr: number, palette: CanvasPalette): BadgeAtlas {
  const key = `${dpr}|${palette.badge}|${palette.badgeText}`;
  let atlas = atlases.get(key);
  if (!atlas) {
    const [canvas, g] = surface(Math.ceil(ATLAS_W * dpr), Math.ceil(ATLAS_ROWS * ATLAS_ROW * dpr));
    atlas = { canvas, g, cells: new Map(), x: 0, row: 0 };
    // A page zoomed to several levels, or themed several ways, keeps no more than two.
    if (atlases.size >= 2) atlases.delete(atlases.keys().next().value!);
    atlases.set(key, atlas);
  }
  return atlas;
}

/** The atlas cell of `count`'s badge, drawn into the atlas the first time; `undefined` when it is full. */
function badgeCell(atlas: BadgeAtlas, dpr: number, count: number, palette: CanvasPalette): [number, number] | undefined {
  let cell = atlas.cells.get(count);
  if (cell) return cell;
  const w = Math.ceil(badgeWidth(count) * dpr) + 2;
  if (atlas.x + w > ATLAS_W * dpr) [atlas.x, atlas.row] = [0, atlas.row + 1];
  if (atlas.row >= ATLAS_ROWS) return undefined;
  cell = [atlas.x, Math.round(atlas.row * ATLAS_ROW * dpr)];
  atlas.x += w;
  atlas.cells.set(count, cell);
  const { g } = atlas;
  const bw = badgeWidth(count);
  g.setTransform(dpr, 0, 0, dpr, cell[0], cell[1]);
  g.drawImage(pillSprite(dpr, bw, palette.badge), 0, 0, bw, 18);
  stampCount(g, glyphStrip(dpr, palette.badgeText), dpr, count, bw / 2, 0);
  return cell;
}

/**
 * Count badges. Each distinct count is drawn once into an atlas (its pill, then `+count` stamped
 * glyph by glyph: fillText costs ~20-50 µs a call in a software canvas), and every badge is then
 * one drawImage from it: at the whole range of 100,000 events, ~200 stamps a frame instead of
 * ~800. Counts come and go as one zooms; an atlas nearly full at the start of a frame starts over.
 */
export function drawBadges(ctx: CanvasRenderingContext2D, dpr: number, badges: { count: number; x: number; y: number }[], palette: CanvasPalette): void {
  const atlas = badgeAtlas(dpr, palette);
  if (atlas.row >= ATLAS_ROWS * 0.75) {
    atlas.g.setTransform(1, 0, 0, 1, 0, 0);
    atlas.g.clearRect(0, 0, atlas.canvas.width, atlas.canvas.height);
    [atlas.x, atlas.row] = [0, 0];
    atlas.cells.clear();
  }
  // All new cells first, then all the stamps: the atlas then changes once per frame, not between stamps.
  const cells = badges.map((b) => badgeCell(atlas, dpr, b.count, palette));
  badges.forEach(({ count, x, y }, b) => {
    const bw = badgeWidth(count);
    const left = Math.round((x - bw / 2) * dpr) / dpr;
    const cell = cells[b];
    if (cell) ctx.drawImage(atlas.canvas, cell[0], cell[1], Math.ceil(bw * dpr), 18 * dpr, left, y, Math.ceil(bw * dpr) / dpr, 18);
    else {
      // More distinct counts in one frame than the atlas holds: stamped directly.
      ctx.drawImage(pillSprite(dpr, bw, palette.badge), left, y, bw, 18);
      stampCount(ctx, glyphStrip(dpr, palette.badgeText), dpr, count, left + bw / 2, y);
    }
  });
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
  columns: Columns,
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
  // Marks are bucketed by type and kind, then drawn bucket by bucket: one fillStyle per bucket
  // instead of per mark (parsing a colour costs more than the fillRect), and no per-mark strings.
  // Types and kinds come from the typed columns, not from each mark's item.
  let known = coloursByPalette.get(palette);
  if (!known) coloursByPalette.set(palette, (known = new Map()));
  const buckets: (TypeStyle | undefined)[] = [];
  const styles: TypeStyle[] = [];
  const styleOf = (code: number): TypeStyle => {
    let st = buckets[code];
    if (!st) {
      const type = columns.types[code];
      let colours = known.get(`${dpr}|${type}`);
      if (!colours) {
        const c = palette.byType(type);
        const solid = rgba(ctx, c, 1);
        colours = { solid, tint: rgba(ctx, c, 0.24), clear: rgba(ctx, c, 0), faint: rgba(ctx, c, 0.14), sprite: pointSprite(dpr, solid) };
        known.set(`${dpr}|${type}`, colours);
      }
      st = buckets[code] = { ...colours, points: [], ranges: [], faints: [], wide: [] };
      styles.push(st);
    }
    return st;
  };
  const { type: typeOf, kind: kindOf } = columns;
  for (const m of layout.marks) {
    if (m.y + ROW <= top || m.y >= bottom) continue;
    const st = styleOf(typeOf[m.i]);
    const kind = kindOf[m.i];
    if (kind === KIND_POINT) st.points.push(m);
    else if (kind === KIND_RANGE) st.ranges.push(m);
    else if (Math.max(Math.min(m.x1, width + 8) - Math.max(m.x0, -8), 1) < 40) st.faints.push(m);
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
