// Sprites: small images drawn once (a point in a colour, a badge's pill, the digits) and then
// stamped with drawImage, far cheaper in a software canvas than drawing each shape again.

/** What sprites are drawn with: a canvas's context, or an OffscreenCanvas's. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Pre-drawn sprites (badge pills, points, the badge glyphs) by device pixel ratio, colour and size: a few dozen at most. */
const sprites = new Map<string, unknown>();

/** The sprite under `key`, made by `make` the first time it is asked for. */
export function sprite<T>(key: string, make: () => T): T {
  let made = sprites.get(key) as T | undefined;
  if (made === undefined) sprites.set(key, (made = make()));
  return made;
}

/** A surface of `w` × `h` device px to draw sprites on: an OffscreenCanvas where there is one. */
export function surface(w: number, h: number): [HTMLCanvasElement | OffscreenCanvas, Context2D] {
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
export function bake(width: number, height: number, dpr: number, draw: (g: Context2D) => void): CanvasImageSource {
  const [canvas, g] = surface(Math.ceil(width * dpr), Math.ceil(height * dpr));
  g.scale(dpr, dpr);
  draw(g);
  return 'transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas;
}
