import type { ReactiveControllerHost } from 'lit';
import { Transform } from '../model/transform.js';
import { toTime } from '../model/dates.js';
import type { TimeScale } from '../model/time-scale.js';
import type { TimelineView } from '../model/timeline-view.js';
import { ZoomController } from './zoom-controller.js';

/** What the window reads of its host: the initial window it was given (`start`, `end`). */
export interface WindowHost extends ReactiveControllerHost {
  start: string | undefined;
  end: string | undefined;
}

/**
 * The stretch of time in view: the zoom transform (gestures are the ZoomController's), the scale
 * it makes of the view's whole range, the initial ("home") window, and a window asked for before
 * the element knew its width, applied once it does. `onChange(scale, user)` hears every move;
 * `user` is true for a person's (keys, buttons, gestures), never for code.
 */
export class WindowController {
  readonly zoomer: ZoomController;
  /** The scale of the window in view. */
  scale: TimeScale;
  /** The initial window (epoch ms) as the last initial() found it, which the lanes are sized for; undefined: the whole range. */
  first?: [number, number];
  private pending?: [number, number];
  private lastWidth = 0;

  constructor(
    private readonly host: WindowHost,
    private readonly view: TimelineView,
    /** The plot's width (px), and whether it has been measured. */
    private readonly width: () => { px: number; measured: boolean },
    onChange: (scale: TimeScale, user: boolean) => void,
  ) {
    this.scale = view.base;
    this.zoomer = new ZoomController(host, (t, user) => {
      this.scale = view.base.zoomed(t.k, t.x);
      onChange(this.scale, user);
    });
  }

  /** The plot's width (px). */
  get px(): number {
    return this.width().px;
  }

  /** The transform that shows `start` to `end` (epoch ms) across the width. */
  transformFor(start: number, end: number): Transform {
    const a = this.view.base.x(Math.min(start, end));
    const b = this.view.base.x(Math.max(start, end));
    const k = this.width().px / Math.max(b - a, 1e-9);
    return this.zoomer.constrain(new Transform(-a * k, k));
  }

  /** Shows `start` to `end` (epoch ms): now, or once the width is known. */
  show(start: number, end: number, user: boolean): void {
    if (!this.width().measured) this.pending = [start, end];
    else this.zoomer.apply(this.transformFor(start, end), user);
    this.host.requestUpdate();
  }

  /** Every event. */
  fit(): void {
    this.pending = undefined;
    this.zoomer.apply(Transform.identity, false);
    this.host.requestUpdate();
  }

  /** Back to the initial window (`start`/`end`, else the view's home window). */
  goHome(user: boolean): void {
    this.zoomer.apply(this.home(), user);
    this.host.requestUpdate();
  }

  /** New data, or a new `start`/`end`: the initial window is shown at the next layout. */
  initial(): void {
    this.pending = this.firstWindow();
    this.first = this.pending && this.asShown(this.pending);
    this.zoomer.set(Transform.identity);
  }

  /** `[a, b]` as the zoom shows it: no wider than the whole range, and inside it (the lanes are sized for that). Undefined for an empty window. */
  private asShown([a, b]: [number, number]): [number, number] | undefined {
    const [lo, hi] = this.view.extent();
    const w = Math.min(b - a, hi - lo);
    if (!(w > 0)) return undefined;
    const start = Math.max(lo, Math.min(a, hi - w));
    return [start, start + w];
  }

  /** Zooms by `factor` around `at` (px), the middle by default. */
  zoomBy(factor: number, at = this.width().px / 2): void {
    const t = this.zoomer.transform;
    this.zoomer.apply(new Transform(at - (at - t.x) * factor, t.k * factor), true);
  }

  /** Pans by a fraction of the width (negative: earlier). */
  panBy(fraction: number): void {
    const t = this.zoomer.transform;
    this.zoomer.apply(new Transform(t.x - fraction * this.width().px, t.k), true);
  }

  /** Pans so that `start` to `end` is in view, keeping the zoom. */
  reveal(start: number, end: number): void {
    const { d0, d1 } = this.scale;
    if (start < d1 && end > d0) return;
    const half = (d1 - d0) / 2;
    const mid = (start + end) / 2;
    this.zoomer.apply(this.transformFor(mid - half, mid + half), true);
  }

  /**
   * Brings the window up to date before a layout, with the view sized for `width`: a resize
   * keeps the same dates in view rather than the same pixels, and a window asked for before the
   * width was known is applied now.
   */
  settle(width: number): TimeScale {
    if (this.lastWidth && width !== this.lastWidth && !this.pending && this.zoomer.transform.k !== 1) this.pending = [this.scale.d0, this.scale.d1];
    this.lastWidth = width;
    this.zoomer.configure(width, 0, this.view.maxScale);
    if (this.pending && this.width().measured) {
      const [a, b] = this.pending;
      this.pending = undefined;
      this.zoomer.set(this.transformFor(a, b));
    }
    const t = this.zoomer.transform;
    return (this.scale = this.view.base.zoomed(t.k, t.x));
  }

  /** The initial window (epoch ms): `start`/`end`, else the view's home window; undefined for the whole range. */
  private firstWindow(): [number, number] | undefined {
    const start = toTime(this.host.start);
    const end = toTime(this.host.end);
    if (start === undefined && end === undefined) return this.view.homeWindow();
    const [lo, hi] = this.view.extent();
    return [start ?? lo, end ?? hi];
  }

  private home(): Transform {
    const first = this.firstWindow();
    return first ? this.transformFor(...first) : Transform.identity;
  }
}
