/**
 * How the view is zoomed and panned: `x' = x * k + tx` from the whole range to the screen. An
 * immutable value, like d3-zoom's ZoomTransform (whose `{k, x}` fields it keeps), without
 * d3-zoom: each change returns a new transform.
 */
export class Transform {
  /** The whole range across the width. */
  static readonly identity = new Transform(0, 1);

  constructor(
    /** Horizontal offset in px. */
    readonly x: number,
    /** Scale: 1 shows the whole range, 2 half of it. */
    readonly k: number,
  ) {}

  /** Zoomed by `factor` around the screen position `px`, which keeps its date. */
  zoomAt(px: number, factor: number): Transform {
    return new Transform(px - (px - this.x) * factor, this.k * factor);
  }

  /** Panned by `dx` px. */
  translate(dx: number): Transform {
    return new Transform(this.x + dx, this.k);
  }
}
