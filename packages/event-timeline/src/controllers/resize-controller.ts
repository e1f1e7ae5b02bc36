import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks, with one ResizeObserver, the content size of the host and the height of one node of
 * its own (the viewport: the part of the plot that scrolls); disconnects when the host leaves
 * the DOM and observes again when it returns.
 */
export class ResizeController implements ReactiveController {
  /** The host's content-box width in px (0 until the first observation). */
  width = 0;
  /** The host's content-box height in px (0 until the first observation). */
  height = 0;
  /** The viewport's content-box height in px (0 until it is observed). */
  viewportHeight = 0;
  private observer?: ResizeObserver;
  private observing = false;
  private viewport?: Element;

  /** `onResize(what)`: the host's width changed, or the viewport's height. */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize: (what: 'width' | 'viewport') => void,
  ) {
    host.addController(this);
  }

  /** Starts observing the host. */
  observe(): void {
    this.observing = true;
    this.hostConnected();
  }

  /** Observes `viewport` instead of the node observed before. */
  observeViewport(viewport: Element): void {
    if (viewport === this.viewport) return;
    if (this.viewport) this.observer?.unobserve(this.viewport);
    this.viewport = viewport;
    this.viewportHeight = 0;
    this.observer?.observe(viewport);
  }

  hostConnected(): void {
    if (!this.observing || this.observer || typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      for (const { target, contentRect } of entries) {
        const [width, height] = [Math.round(contentRect.width), Math.round(contentRect.height)];
        if (target === this.host) {
          this.height = height;
          if (width > 0 && width !== this.width) {
            this.width = width;
            this.notify('width');
          }
        } else if (target === this.viewport && height !== this.viewportHeight) {
          this.viewportHeight = height;
          this.notify('viewport');
        }
      }
    });
    this.observer.observe(this.host);
    if (this.viewport) this.observer.observe(this.viewport);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private pending?: { width: boolean; viewport: boolean };

  /**
   * Reports a change in the next animation frame, the changes of one frame together: an update
   * run from the observer's callback resized what it observes within the same frame, and the
   * browser reported "ResizeObserver loop completed with undelivered notifications" (seen on a
   * phone with the lanes growing into the room the first measure gave them).
   */
  private notify(what: 'width' | 'viewport'): void {
    if (!this.pending) {
      this.pending = { width: false, viewport: false };
      requestAnimationFrame(() => {
        const { width, viewport } = this.pending!;
        this.pending = undefined;
        if (width) this.onResize('width');
        else if (viewport) this.onResize('viewport');
      });
    }
    this.pending[what] = true;
  }
}
