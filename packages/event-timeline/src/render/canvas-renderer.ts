import type { Layout } from '../model/layout.js';
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

// Pre-drawn point and badge-end sprites, by device pixel ratio and colour; a handful at most.
const sprites = new Map<string, HTMLCanvasElement>();

/** The rounded end of a count badge (left, or right when `right`), as a sprite. */
function capSprite(dpr: number, colour: string, right = false): HTMLCanvasElement {
  const key = `cap|${dpr}|${colour}|${right}`;
  let canvas = sprites.get(key);
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.width = Math.ceil(9 * dpr);
    canvas.height = Math.ceil(18 * dpr);
    const g = canvas.getContext('2d')!;
    g.scale(dpr, dpr);
    g.fillStyle = colour;
    g.beginPath();
    if (right) g.arc(0, 9, 9, -Math.PI / 2, Math.PI / 2);
    else g.arc(9, 9, 9, Math.PI / 2, (Math.PI * 3) / 2);
    g.fill();
    sprites.set(key, canvas);
  }
  return canvas;
}

/**
 * Draws the marks and count badges of a layout on a canvas, for windows with thousands of
 * marks where one DOM node each would be too slow. Axis, labels and the focus ring stay in SVG.
 */
export function drawCanvas(
  canvas: HTMLCanvasElement,
  layout: Layout,
  items: TimelineItem[],
  width: number,
  height: number,
  palette: CanvasPalette,
): void {
  const dpr = Math.min(globalThis.devicePixelRatio || 1, 2);
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const tints = new Map<string, [string, string, string, string]>();
  const tint3 = (type: string) => {
    let t = tints.get(type);
    if (!t) {
      const c = palette.byType(type);
      tints.set(type, (t = [rgba(ctx, c, 1), rgba(ctx, c, 0.24), rgba(ctx, c, 0), rgba(ctx, c, 0.14)]));
    }
    return t;
  };
  // Points are stamped from one pre-drawn sprite per colour, and bars are fillRects: a Path2D
  // of thousands of arcs costs ~30 µs per arc to fill in a software canvas, a stamp ~1 µs.
  const sprite = (type: string) => {
    const key = `${dpr}|${tint3(type)[0]}`;
    let c = sprites.get(key);
    if (!c) {
      c = document.createElement('canvas');
      c.width = c.height = Math.ceil(12 * dpr);
      const g = c.getContext('2d')!;
      g.scale(dpr, dpr);
      g.beginPath();
      g.arc(6, 6, 5, 0, Math.PI * 2);
      g.fillStyle = tint3(type)[0];
      g.fill();
      sprites.set(key, c);
    }
    return c;
  };
  for (const m of layout.marks) {
    const item = items[m.i];
    const cy = m.y + 11;
    if (item.kind === 'point') {
      ctx.drawImage(sprite(item.type), (m.x0 + m.x1) / 2 - 6, cy - 6, 12, 12);
      continue;
    }
    const x0 = Math.max(m.x0, -8);
    const x1 = Math.min(m.x1, width + 8);
    const w = Math.max(x1 - x0, 1);
    const [solid, tint, clear, faint] = tint3(item.type);
    if (item.kind === 'range') {
      ctx.fillStyle = tint;
      ctx.fillRect(x0, cy - 7, w, 14);
      ctx.fillStyle = solid;
      ctx.fillRect(x0, cy - 7, Math.min(3, w), 14);
    } else if (w < 40) {
      ctx.fillStyle = faint;
      ctx.fillRect(x0, cy - 7, w, 14);
    } else {
      // Wide uncertain spans get their own gradient: soft edges where the date is unsure.
      const g = ctx.createLinearGradient(m.x0, 0, m.x1, 0);
      g.addColorStop(0, item.fade === 'end' ? tint : clear);
      g.addColorStop(0.3, tint);
      g.addColorStop(0.7, tint);
      g.addColorStop(1, item.fade === 'start' ? tint : clear);
      ctx.fillStyle = g;
      ctx.fillRect(x0, cy - 7, w, 14);
    }
  }
  ctx.font = '600 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = palette.badge;
  for (const c of layout.clusters) {
    const bw = badgeWidth(c.count);
    ctx.fillRect(c.x - bw / 2 + 9, c.y + 2, bw - 18, 18);
    ctx.drawImage(capSprite(dpr, palette.badge), c.x - bw / 2, c.y + 2, 9, 18);
    ctx.drawImage(capSprite(dpr, palette.badge, true), c.x + bw / 2 - 9, c.y + 2, 9, 18);
  }
  ctx.fillStyle = palette.badgeText;
  for (const c of layout.clusters) ctx.fillText(`+${c.count}`, c.x, c.y + 11.5);
}
