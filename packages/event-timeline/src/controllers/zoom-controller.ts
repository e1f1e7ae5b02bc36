import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/**
 * Owns the d3-zoom behaviour of the plot (wheel, drag, pinch, double-click). D3 only listens and
 * keeps the transform; Lit draws. Zoom changes report whether a user caused them, so the element
 * fires `timeline-range-change` on user action only.
 */
export class ZoomController implements ReactiveController {
  /** The current transform of the base scale (identity = whole data range across the width). */
  transform: ZoomTransform = zoomIdentity;
  private readonly behaviour: ZoomBehavior<HTMLElement, unknown>;
  private plot?: HTMLElement;
  private width = 1;
  private user = false;
  /** Set while code (not a gesture) applies a transform: d3-zoom reuses a wheel gesture that is
   * still open (150 ms after the last wheel), whose sourceEvent would make the change look user-made. */
  private programmatic = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange: (transform: ZoomTransform, user: boolean) => void,
  ) {
    host.addController(this);
    this.behaviour = zoom<HTMLElement, unknown>()
      .scaleExtent([1, 1])
      // Sideways wheels (trackpad swipes) pan instead: the element handles those itself.
      .filter((e: MouseEvent) =>
        e.type === 'wheel' ? Math.abs((e as WheelEvent).deltaY) >= Math.abs((e as WheelEvent).deltaX) : !e.ctrlKey && !e.button,
      )
      .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) => this.zoomed(e));
  }

  /** Binds the behaviour to the rendered plot; safe to call after every render. */
  attach(plot: HTMLElement): void {
    if (plot === this.plot) return;
    this.detach();
    this.plot = plot;
    this.hostConnected();
  }

  hostConnected(): void {
    if (this.plot) select(this.plot).call(this.behaviour).property('__zoom', this.transform);
  }

  hostDisconnected(): void {
    this.detach(false);
  }

  /** Sets the plot size and the zoom limits: from the whole range down to `minSpanMs` across the width. */
  configure(width: number, height: number, maxScale: number): void {
    this.width = Math.max(width, 1);
    this.behaviour
      .extent([
        [0, 0],
        [this.width, height],
      ])
      .translateExtent([
        [0, -Infinity],
        [this.width, Infinity],
      ])
      .scaleExtent([1, Math.max(1, maxScale)])
      // Always 0: no transitions, so the bundle can leave d3-transition out (see src/bundle/).
      .duration(0);
  }

  /** Moves to a transform; `user` marks it as caused by a person (keys, buttons). */
  apply(transform: ZoomTransform, user: boolean): void {
    this.user = user;
    this.programmatic = !user;
    // zoom.transform does not enforce the scale extent (only gestures do), so clamp here.
    transform = this.constrain(transform);
    if (this.plot) select(this.plot).call(this.behaviour.transform, transform);
    else this.transform = transform;
    this.user = false;
    this.programmatic = false;
  }

  /** Sets the transform silently (no zoom event): code setting the window, not a gesture. */
  set(transform: ZoomTransform): void {
    this.transform = this.constrain(transform);
    // d3-zoom keeps its own copy on the element; the next gesture must start from this one.
    if (this.plot) select(this.plot).property('__zoom', this.transform);
  }

  /** Clamps a transform to the zoom limits without applying it. */
  constrain(t: ZoomTransform): ZoomTransform {
    const [k0, k1] = this.behaviour.scaleExtent();
    const k = Math.min(k1, Math.max(k0, t.k));
    const x = Math.min(0, Math.max(this.width - this.width * k, t.x));
    return zoomIdentity.translate(x, 0).scale(k);
  }

  private zoomed(e: D3ZoomEvent<HTMLElement, unknown>): void {
    this.transform = e.transform;
    this.onChange(e.transform, !this.programmatic && (this.user || !!e.sourceEvent));
    this.host.requestUpdate();
  }

  private detach(forget = true): void {
    if (this.plot) select(this.plot).on('.zoom', null);
    if (forget) this.plot = undefined;
  }
}
