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
  const tints = new Map<string, [string, string, string]>();
  const tint = (type: string) => {
    let t = tints.get(type);
    if (!t) {
      const c = palette.byType(type);
      tints.set(type, (t = [rgba(ctx, c, 1), rgba(ctx, c, 0.24), rgba(ctx, c, 0)]));
    }
    return t;
  };
  for (const m of layout.marks) {
    const item = items[m.i];
    const [solid, soft, clear] = tint(item.type);
    const cy = m.y + 11;
    if (item.kind === 'point') {
      ctx.beginPath();
      ctx.arc((m.x0 + m.x1) / 2, cy, 5, 0, Math.PI * 2);
      ctx.fillStyle = solid;
      ctx.fill();
      continue;
    }
    const x0 = Math.max(m.x0, -8);
    const x1 = Math.min(m.x1, width + 8);
    if (item.kind === 'fuzzy') {
      const g = ctx.createLinearGradient(m.x0, 0, m.x1, 0);
      g.addColorStop(0, item.fade === 'end' ? soft : clear);
      g.addColorStop(0.3, soft);
      g.addColorStop(0.7, soft);
      g.addColorStop(1, item.fade === 'start' ? soft : clear);
      ctx.fillStyle = g;
    } else ctx.fillStyle = soft;
    ctx.beginPath();
    ctx.roundRect(x0, cy - 7, Math.max(x1 - x0, 1), 14, 4);
    ctx.fill();
    if (item.kind === 'range') {
      ctx.fillStyle = solid;
      ctx.fillRect(x0, cy - 7, Math.min(3, x1 - x0), 14);
    }
  }
  ctx.font = '600 11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const c of layout.clusters) {
    const bw = badgeWidth(c.count);
    ctx.beginPath();
    ctx.roundRect(c.x - bw / 2, c.y + 2, bw, 18, 9);
    ctx.fillStyle = palette.badge;
    ctx.fill();
    ctx.fillStyle = palette.badgeText;
    ctx.fillText(`+${c.count}`, c.x, c.y + 11.5);
  }
}
