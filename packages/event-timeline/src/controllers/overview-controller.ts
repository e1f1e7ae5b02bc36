import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Mode = 'move' | 'w' | 'e';

/**
 * The brush of the overview strip: drag the window to pan, drag its edges to zoom, click
 * elsewhere to centre the window there. Written on pointer events with pointer capture (no
 * window listeners to leak) instead of d3-brush, which with its interpolators costs ~3 KB
 * gzipped of the 40 KB budget. Lit draws the window from `window()`; this only interprets input.
 */
export class OverviewController implements ReactiveController {
  private drag?: { mode: Mode; x: number; a: number; b: number; id: number };

  constructor(
    host: ReactiveControllerHost,
    private readonly target: {
      /** The visible window in overview px. */
      window(): [number, number];
      /** Shows the overview px window [a, b] (a user action). */
      show(a: number, b: number): void;
      width(): number;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.drag = undefined;
  }

  readonly down = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    const el = e.currentTarget as Element;
    const x = e.clientX - el.getBoundingClientRect().left;
    let [a, b] = this.target.window();
    const edge = Math.min(8, (b - a) / 3);
    let mode: Mode = Math.abs(x - a) <= edge ? 'w' : Math.abs(x - b) <= edge ? 'e' : 'move';
    if (mode === 'move' && (x < a || x > b)) {
      const half = (b - a) / 2;
      [a, b] = [x - half, x + half];
      this.target.show(a, b);
      [a, b] = this.target.window();
      mode = 'move';
    }
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic pointers (tests, some assistive tools) cannot be captured; the drag still works inside the strip.
    }
    this.drag = { mode, x, a, b, id: e.pointerId };
    e.preventDefault();
  };

  readonly move = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.id) return;
    const x = e.clientX - (e.currentTarget as Element).getBoundingClientRect().left;
    const dx = x - d.x;
    const w = this.target.width();
    if (d.mode === 'move') {
      const shift = Math.max(-d.a, Math.min(w - d.b, dx));
      this.target.show(d.a + shift, d.b + shift);
    } else if (d.mode === 'w') this.target.show(Math.min(Math.max(0, d.a + dx), d.b - 4), d.b);
    else this.target.show(d.a, Math.max(Math.min(w, d.b + dx), d.a + 4));
  };

  readonly up = (e: PointerEvent): void => {
    if (this.drag?.id === e.pointerId) this.drag = undefined;
  };
}
