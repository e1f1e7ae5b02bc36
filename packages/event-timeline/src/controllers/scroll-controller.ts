import type { ReactiveControllerHost } from 'lit';

/**
 * The plot's vertical scroll. With many lanes the plot scrolls inside the element, and only the
 * band on screen is laid out and drawn. The scroll position is read from scroll events, never
 * during a frame (reading scrollTop forces a layout), and written only when focus moves to a
 * lane off screen. It has no lifecycle of its own: the host calls rendered() after each render.
 */
export class ScrollController {
  /** The band of the plot (px from its top) laid out and drawn: the part on screen. */
  band: [number, number] = [0, 0];
  private top = 0;
  private pending = false;
  private scroller?: HTMLElement;

  /** `shown()`: the height (px) the scroller shows, 0 before it is measured; `onScroll` runs on each scroll. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly shown: () => number,
    private readonly onScroll: () => void,
  ) {}

  /** The scroller's scroll listener. */
  readonly scrolled = (e: Event): void => {
    this.top = (e.currentTarget as HTMLElement).scrollTop;
    this.onScroll();
    this.host.requestUpdate();
  };

  /** Sets and returns the band of a plot `height` px tall: what the scroller shows, inside the plot. */
  bandFor(height: number): [number, number] {
    const shown = Math.min(this.shown() || height, height);
    const top = Math.max(0, Math.min(this.top, height - shown));
    return (this.band = [top, top + shown]);
  }

  /** Scrolls the rows `[y, y + h)` of a plot `height` px tall into view, if they are not. */
  reveal(y: number, h: number, height: number): void {
    const [top, bottom] = this.band;
    if (y >= top && y + h <= bottom) return;
    this.top = y < top ? y : y + h - (bottom - top);
    this.bandFor(height);
    this.pending = true;
  }

  /** After a render: `scroller` is the scrolling node now in the DOM, if any. */
  rendered(scroller: HTMLElement | undefined): void {
    if (scroller && scroller !== this.scroller) {
      // A new scroller (after the loading, error or empty state) starts at the top: so does the band.
      this.scroller = scroller;
      if (this.top !== 0) {
        this.top = 0;
        this.host.requestUpdate();
      }
    }
    if (!scroller) return;
    // Written only when the view asked for it: reading scrollTop here would force a layout.
    if (this.pending) scroller.scrollTop = this.top;
    this.pending = false;
  }
}
