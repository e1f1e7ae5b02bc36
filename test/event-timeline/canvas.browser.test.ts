import { expect } from '@open-wc/testing';
import type { CanvasPalette } from '../../packages/event-timeline/src/render/canvas-renderer.js';
import { drawBadges } from '../../packages/event-timeline/src/render/badge-atlas.js';
import { badgeWidth } from '../../packages/event-timeline/src/model/badge-width.js';

// Count badges on the canvas: a count shown more than once is drawn once into an atlas and
// stamped from there; a count shown for the first time, and counts beyond what the atlas holds,
// are stamped directly. Either way a badge must read its own count, and look the same.

const palette: CanvasPalette = { byType: () => '#2563eb', background: '#ffffff', badge: '#334155', badgeText: '#ffffff' };

/** A canvas with `badges` drawn on it, 20 px apart in rows of 10, and how many drawImage calls drew them. */
function drawn(counts: number[]): { canvas: HTMLCanvasElement; at: (k: number) => { x: number; y: number }; stamps: number } {
  const canvas = document.createElement('canvas');
  canvas.width = 10 * 80;
  canvas.height = Math.ceil(counts.length / 10) * 24;
  const at = (k: number) => ({ x: (k % 10) * 80 + 40, y: Math.floor(k / 10) * 24 + 2 });
  const ctx = canvas.getContext('2d')!;
  const drawImage = ctx.drawImage.bind(ctx);
  let stamps = 0;
  ctx.drawImage = ((...args: Parameters<typeof drawImage>) => (stamps++, drawImage(...args))) as typeof ctx.drawImage;
  drawBadges(ctx, 1, counts.map((count, k) => ({ count, ...at(k) })), palette);
  return { canvas, at, stamps };
}

/** The pixels of the badge of `count` centred at `x`, top `y`. */
function pixelsOf(canvas: HTMLCanvasElement, count: number, { x, y }: { x: number; y: number }): number[] {
  const w = Math.ceil(badgeWidth(count));
  return [...canvas.getContext('2d')!.getImageData(Math.round(x - badgeWidth(count) / 2), y, w, 18).data];
}

/** How many pixels of a badge are the text colour (light on the dark pill). */
const lightPixels = (pixels: number[]) => {
  let n = 0;
  for (let p = 0; p < pixels.length; p += 4) if (pixels[p + 3] > 200 && pixels[p] > 200 && pixels[p + 1] > 200) n++;
  return n;
};

describe('count badges on the canvas', () => {
  it('draws each badge as a pill holding its own count, from the atlas or, beyond it, directly', () => {
    // 300 distinct counts, each shown twice in one frame: more cells than the atlas holds.
    const counts = Array.from({ length: 300 }, (_, k) => k + 1).flatMap((count) => [count, count]);
    const { canvas, at } = drawn(counts);
    for (const k of [0, 9, 16, 196, 300, 441, 598, 599]) {
      const count = counts[k];
      const pixels = pixelsOf(canvas, count, at(k));
      // The pill: opaque near its left end, in the badge colour.
      const left = (9 * Math.ceil(badgeWidth(count)) + 4) * 4;
      expect(pixels.slice(left, left + 4), `pill of +${count}`).to.deep.equal([0x33, 0x41, 0x55, 255]);
      expect(lightPixels(pixels), `text of +${count}`).to.be.greaterThan(12);
      // The same count drawn alone, in a frame of its own, looks the same.
      const alone = drawn([count]);
      expect(pixelsOf(alone.canvas, count, alone.at(0)), `+${count} alone`).to.deep.equal(pixels);
    }
    // Different counts read differently.
    const signatures = new Set([1, 2, 3, 10, 11, 111].map((count) => pixelsOf(canvas, count, at(2 * (count - 1))).join()));
    expect(signatures.size).to.equal(6);
  });

  it('stamps a count shown once directly, one shown again from its cell, and both look the same', () => {
    // +5001 three times: its cell is made in this frame, then one stamp each. +5002 once:
    // stamped directly, its pill and its five glyphs.
    const { canvas, at, stamps } = drawn([5001, 5001, 5001, 5002]);
    expect(stamps).to.equal(3 + 1 + 5);
    const first = pixelsOf(canvas, 5001, at(0));
    expect(lightPixels(first)).to.be.greaterThan(12);
    expect(pixelsOf(canvas, 5001, at(1))).to.deep.equal(first);
    expect(pixelsOf(canvas, 5001, at(2))).to.deep.equal(first);
    const direct = pixelsOf(canvas, 5002, at(3));
    expect(direct).to.not.deep.equal(first);
    // Shown again in a later frame, +5002 now comes from its cell: the same pixels.
    const again = drawn([5002, 5001]);
    expect(again.stamps).to.equal(2);
    expect(pixelsOf(again.canvas, 5002, again.at(0))).to.deep.equal(direct);
    expect(pixelsOf(again.canvas, 5001, again.at(1))).to.deep.equal(first);
  });

  it('keeps badges right across frames whose counts fill the atlas and make it start over', () => {
    for (let frame = 0; frame < 4; frame++) {
      // 120 counts shown twice each, 97 of them new in each frame.
      const counts = Array.from({ length: 120 }, (_, k) => 1000 + frame * 97 + k).flatMap((count) => [count, count]);
      const { canvas, at } = drawn(counts);
      const alone = drawn([counts[154]]);
      expect(pixelsOf(canvas, counts[154], at(154)), `frame ${frame}`).to.deep.equal(pixelsOf(alone.canvas, counts[154], alone.at(0)));
    }
  });
});
