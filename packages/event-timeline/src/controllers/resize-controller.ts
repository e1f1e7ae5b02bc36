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
            this.onResize('width');
          }
        } else if (target === this.viewport && height !== this.viewportHeight) {
          this.viewportHeight = height;
          this.onResize('viewport');
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
}
