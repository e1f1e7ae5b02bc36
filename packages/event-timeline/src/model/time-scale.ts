/**
 * A linear scale from UTC instants (epoch ms) to pixels. It replaces d3-scale's `scaleUtc`,
 * which would pull d3-interpolate's colour parsing, d3-format and d3-time-format into the
 * bundle for two multiplications. Immutable: `zoomed()` returns a new scale.
 */
export class TimeScale {
  constructor(
    readonly d0: number,
    readonly d1: number,
    readonly r0: number,
    readonly r1: number,
  ) {}

  /** Pixel position of an instant. */
  x(t: number): number {
    return this.r0 + ((t - this.d0) / (this.d1 - this.d0 || 1)) * (this.r1 - this.r0);
  }

  /** The instant at a pixel position. */
  t(x: number): number {
    return this.d0 + ((x - this.r0) / (this.r1 - this.r0 || 1)) * (this.d1 - this.d0);
  }

  /** Milliseconds per pixel. */
  get msPerPx(): number {
    return (this.d1 - this.d0) / (this.r1 - this.r0 || 1);
  }

  /** The scale as seen through a d3-zoom transform `{k, x}` (the same as `transform.rescaleX`). */
  zoomed(k: number, tx: number): TimeScale {
    return new TimeScale(this.t((this.r0 - tx) / k), this.t((this.r1 - tx) / k), this.r0, this.r1);
  }
}
