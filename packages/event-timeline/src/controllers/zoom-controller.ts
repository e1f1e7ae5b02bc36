import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Transform } from '../model/transform.js';

/** Past this many px a press is a drag: the click that ends it selects nothing. */
const DRAG_SLOP = 3;

/**
 * The plot's zoom and pan: the wheel zooms around the pointer (sideways wheels are the element's
 * to pan), a drag pans, two fingers pinch, a double-click zooms in (Shift: out). Pointer events
 * only, with window listeners only while a drag lasts; no d3-zoom, whose d3-transition (with
 * d3-interpolate, d3-color, d3-ease and d3-timer) every bundle of the element would carry. Zoom
 * changes report whether a user caused them, so the element fires `timeline-range-change` on
 * user action only.
 */
export class ZoomController implements ReactiveController {
  /** The current transform of the base scale (identity = whole data range across the width). */
  transform = Transform.identity;
  private plot?: HTMLElement;
  private width = 1;
  private maxScale = 1;
  /** Active pointers of the gesture: id → last clientX. */
  private readonly pointers = new Map<number, number>();
  private travelled = 0;
  private suppressClick = false;
  /** Window listeners are on: a gesture is under way. */
  private dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (transform: Transform, user: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Binds the gestures to the rendered plot; safe to call after every render. */
  attach(plot: HTMLElement): void {
    if (plot === this.plot) return;
    this.hostDisconnected();
    this.plot = plot;
    this.hostConnected();
  }

  hostConnected(): void {
    const p = this.plot;
    if (!p) return;
    p.addEventListener('wheel', this.onWheel, { passive: false });
    p.addEventListener('pointerdown', this.onDown);
    p.addEventListener('dblclick', this.onDoubleClick);
    p.addEventListener('click', this.onClickCapture, true);
  }

  hostDisconnected(): void {
    const p = this.plot;
    this.endGesture();
    if (!p) return;
    p.removeEventListener('wheel', this.onWheel);
    p.removeEventListener('pointerdown', this.onDown);
    p.removeEventListener('dblclick', this.onDoubleClick);
    p.removeEventListener('click', this.onClickCapture, true);
  }

  /** Sets the plot width and the zoom limit: from the whole range (k = 1) to `maxScale`. */
  configure(width: number, _height: number, maxScale: number): void {
    this.width = Math.max(width, 1);
    this.maxScale = Math.max(1, maxScale);
  }

  /** Moves to a transform; `user` marks it as caused by a person (keys, buttons, gestures). */
  apply(transform: Transform, user: boolean): void {
    this.transform = this.constrain(transform);
    this.onChange(this.transform, user);
    this.host.requestUpdate();
  }

  /** Sets the transform silently (no change reported): code setting the window, not a gesture. */
  set(transform: Transform): void {
    this.transform = this.constrain(transform);
  }

  /** Clamps a transform to the zoom limits and the data's range without applying it. */
  constrain(t: Transform): Transform {
    const k = Math.min(this.maxScale, Math.max(1, t.k));
    return new Transform(Math.min(0, Math.max(this.width - this.width * k, t.x)), k);
  }

  private at(clientX: number): number {
    return clientX - this.plot!.getBoundingClientRect().left;
  }

  private readonly onWheel = (e: WheelEvent): void => {
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) return;
    e.preventDefault();
    // d3-zoom's wheel step: lines and pages count more than pixels, a pinch on a trackpad (ctrlKey) ten times.
    const factor = 2 ** (-e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1));
    this.apply(this.transform.zoomAt(this.at(e.clientX), factor), true);
  };

  private readonly onDoubleClick = (e: MouseEvent): void => {
    e.preventDefault();
    this.apply(this.transform.zoomAt(this.at(e.clientX), e.shiftKey ? 0.5 : 2), true);
  };

  private readonly onDown = (e: PointerEvent): void => {
    if (e.button !== 0 || e.ctrlKey || (this.pointers.size && e.pointerType !== 'touch')) return;
    if (!this.dragging) {
      this.dragging = true;
      this.travelled = 0;
      window.addEventListener('pointermove', this.onMove);
      window.addEventListener('pointerup', this.onUp);
      window.addEventListener('pointercancel', this.onUp);
    }
    this.pointers.set(e.pointerId, e.clientX);
  };

  private readonly onMove = (e: PointerEvent): void => {
    const last = this.pointers.get(e.pointerId);
    if (last === undefined) return;
    if (this.pointers.size === 2) {
      // A pinch: the span between the fingers scales, their middle keeps its date.
      const [[idA, a], [, b]] = [...this.pointers];
      const other = e.pointerId === idA ? b : a;
      const before = Math.abs(last - other);
      const after = Math.abs(e.clientX - other);
      this.pointers.set(e.pointerId, e.clientX);
      if (before > 8 && after > 8) {
        const mid = this.at((e.clientX + other) / 2);
        const t = this.transform.translate((e.clientX - last) / 2).zoomAt(mid, after / before);
        this.travelled += DRAG_SLOP + 1;
        this.apply(t, true);
      }
      return;
    }
    this.pointers.set(e.pointerId, e.clientX);
    this.travelled += Math.abs(e.clientX - last);
    if (e.clientX !== last) this.apply(this.transform.translate(e.clientX - last), true);
  };

  private readonly onUp = (e: PointerEvent): void => {
    if (!this.pointers.delete(e.pointerId) || this.pointers.size) return;
    if (this.travelled > DRAG_SLOP) {
      // The click that ends a drag is not a click on what lies under it.
      this.suppressClick = true;
      setTimeout(() => (this.suppressClick = false), 0);
    }
    this.endGesture();
  };

  private readonly onClickCapture = (e: MouseEvent): void => {
    if (!this.suppressClick) return;
    this.suppressClick = false;
    e.stopImmediatePropagation();
    e.preventDefault();
  };

  private endGesture(): void {
    if (!this.dragging) return;
    this.dragging = false;
    this.pointers.clear();
    window.removeEventListener('pointermove', this.onMove);
    window.removeEventListener('pointerup', this.onUp);
    window.removeEventListener('pointercancel', this.onUp);
  }
}
