import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the content width of an element with a ResizeObserver; disconnects when the host leaves the DOM. */
export class ResizeController implements ReactiveController {
  /** Content-box width in px (0 until the first observation). */
  width = 0;
  private observer?: ResizeObserver;
  private target?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize: (width: number) => void,
  ) {
    host.addController(this);
  }

  /** Starts observing `target` (the host when omitted). */
  observe(target: Element = this.host): void {
    this.target = target;
    this.hostConnected();
  }

  hostConnected(): void {
    if (!this.target || this.observer || typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.onResize(width);
      }
    });
    this.observer.observe(this.target);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
