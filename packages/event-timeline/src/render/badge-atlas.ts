import type { CanvasPalette } from './palette.js';
import { badgeWidth } from '../model/badge-width.js';
import { bake, sprite, surface, type Context2D } from './sprites.js';

const BADGE_FONT = '600 11px system-ui, sans-serif';

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
  /** Counts drawn once, without a cell: the next time they get one. */
  seen: Set<number>;
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
    atlas = { canvas, g, cells: new Map(), seen: new Set(), x: 0, row: 0 };
    // A page zoomed to several levels, or themed several ways, keeps no more than two.
    if (atlases.size >= 2) atlases.delete(atlases.keys().next().value!);
    atlases.set(key, atlas);
  }
  return atlas;
}

/** The atlas cell of `count`'s badge, drawn into the atlas if it has none yet; `undefined` when the atlas is full. */
function badgeCell(atlas: BadgeAtlas, dpr: number, count: number, palette: CanvasPalette): [number, number] | undefined {
  let cell = atlas.cells.get(count);
  if (cell) return cell;
  const w = Math.ceil(badgeWidth(count) * dpr) + 2;
  if (atlas.x + w > ATLAS_W * dpr) [atlas.x, atlas.row] = [0, atlas.row + 1];
  if (atlas.row >= ATLAS_ROWS) return undefined;
  cell = [atlas.x, Math.round(atlas.row * ATLAS_ROW * dpr)];
  atlas.x += w;
  atlas.cells.set(count, cell);
  atlas.seen.delete(count);
  atlas.g.setTransform(dpr, 0, 0, dpr, cell[0], cell[1]);
  stampBadge(atlas.g, dpr, count, 0, 0, palette);
  return cell;
}

/** Draws `count`'s badge, its pill and then `+count` glyph by glyph, with its left edge at `left`. */
function stampBadge(g: Context2D, dpr: number, count: number, left: number, top: number, palette: CanvasPalette): void {
  const bw = badgeWidth(count);
  g.drawImage(pillSprite(dpr, bw, palette.badge), left, top, bw, 18);
  stampCount(g, glyphStrip(dpr, palette.badgeText), dpr, count, left + bw / 2, top);
}

/**
 * Count badges. Each count shown more than once is drawn once into an atlas (its pill, then
 * `+count` stamped glyph by glyph: fillText costs ~20-50 µs a call in a software canvas), and its
 * badges are then one drawImage each from there: at the whole range of 100,000 events, ~200
 * stamps a frame instead of ~800. Counts come and go as one zooms; an atlas nearly full at the
 * start of a frame starts over.
 */
export function drawBadges(ctx: CanvasRenderingContext2D, dpr: number, badges: { count: number; x: number; y: number }[], palette: CanvasPalette): void {
  const atlas = badgeAtlas(dpr, palette);
  if (atlas.row >= ATLAS_ROWS * 0.75) {
    atlas.g.setTransform(1, 0, 0, 1, 0, 0);
    atlas.g.clearRect(0, 0, atlas.canvas.width, atlas.canvas.height);
    [atlas.x, atlas.row] = [0, 0];
    atlas.cells.clear();
    atlas.seen.clear();
  }
  if (atlas.seen.size > 4096) atlas.seen.clear();
  // A count gets its cell when it is drawn a second time, in this frame or a later one. In the
  // first frames of a zoom at 100,000 events most counts are new and shown once; a cell for each
  // (its glyphs drawn into the atlas, then copied out) costs twice as much as stamping it directly.
  const repeats = new Map<number, number>();
  for (const { count } of badges) if (!atlas.cells.has(count)) repeats.set(count, (repeats.get(count) ?? 0) + 1);
  // All new cells first, then all the stamps: the atlas then changes once per frame, not between stamps.
  const cells = badges.map(({ count }) => {
    const cell = atlas.cells.get(count);
    if (cell || repeats.get(count)! > 1 || atlas.seen.has(count)) return badgeCell(atlas, dpr, count, palette);
    atlas.seen.add(count);
    return undefined;
  });
  badges.forEach(({ count, x, y }, b) => {
    const bw = badgeWidth(count);
    const left = Math.round((x - bw / 2) * dpr) / dpr;
    const cell = cells[b];
    if (cell) ctx.drawImage(atlas.canvas, cell[0], cell[1], Math.ceil(bw * dpr), 18 * dpr, left, y, Math.ceil(bw * dpr) / dpr, 18);
    else {
      // A count new to the atlas, or more distinct counts in one frame than it holds: stamped directly.
      stampBadge(ctx, dpr, count, left, y, palette);
    }
  });
}
