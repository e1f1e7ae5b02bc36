import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Cluster } from '../model/layout.js';
import { MIN_WINDOW } from '../model/timeline-view.js';
import { POPOVER_ROWS, type PopoverState } from '../render/badge-popover.js';

/** What the popover needs of the element. */
export interface PopoverHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The list a "+N" badge opens: which events it shows and where, a page more at a time, focus into
 * it and back to the plot, arrows inside it, and "Zoom in" to a window that is always narrower
 * than the one shown (offered only while one can be narrower).
 */
export class PopoverController implements ReactiveController {
  /** The open list, if any. */
  state?: PopoverState;
  /** The badge of the open list. */
  private badge?: Cluster;

  /**
   * `members(badge, limit)`: the items a badge holds; `window()`: the window shown;
   * `zoomTo(start, end)`: shows a window, as the user's action.
   */
  constructor(
    private readonly host: PopoverHost,
    private readonly members: (badge: Cluster, limit: number) => number[],
    private readonly window: () => [number, number],
    private readonly zoomTo: (start: number, end: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the list of `badge`, with the entry of item `focus` (else the first) focused: it lists the pages up to that entry. */
  open(badge: Cluster, focus: number): void {
    const host = this.host.getBoundingClientRect();
    const plot = this.host.renderRoot.querySelector('.plot')!.getBoundingClientRect();
    const top = plot.top - host.top - this.host.clientTop + badge.y + 24;
    let items = this.members(badge, POPOVER_ROWS);
    if (focus >= 0 && badge.count > items.length && !items.includes(focus)) {
      const at = this.members(badge, badge.count).indexOf(focus);
      if (at >= 0) items = this.members(badge, (Math.floor(at / POPOVER_ROWS) + 1) * POPOVER_ROWS);
    }
    const [d0, d1] = this.window();
    this.badge = badge;
    this.state = {
      items,
      total: badge.count,
      start: badge.start,
      end: badge.end,
      left: plot.left - host.left - this.host.clientLeft + badge.x,
      top: Math.max(0, Math.min(top, this.host.clientHeight - 270)),
      more: this.more,
      // Zooming in stops at MIN_WINDOW: closer to it than that, "Zoom in" would change nothing.
      canZoom: d1 - d0 > MIN_WINDOW * 1.05,
    };
    this.host.requestUpdate();
    const at = Math.max(0, items.indexOf(focus));
    void this.host.updateComplete.then(() => this.buttons()[at]?.focus());
  }

  /** Closes the list; `refocus` puts the keyboard focus back on the plot. */
  close(refocus = false): void {
    if (!this.state) return;
    this.state = undefined;
    this.badge = undefined;
    this.host.requestUpdate();
    if (refocus) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.plot')?.focus());
  }

  /** Lists the next page of the badge's events and focuses the first of them. */
  readonly more = (): void => {
    const { state, badge } = this;
    if (!state || !badge) return;
    const from = state.items.length;
    this.state = { ...state, items: this.members(badge, from + POPOVER_ROWS) };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.buttons()[from]?.focus());
  };

  /** "Zoom in": to the badge's events, or a quarter of the window around them; never the same or a wider window. */
  readonly zoomIn = (): void => {
    const p = this.state;
    if (!p) return;
    const [d0, d1] = this.window();
    const mid = (p.start + p.end) / 2;
    const [a, b] = p.end - p.start < (d1 - d0) * 0.5 ? [p.start, p.end] : [mid - (d1 - d0) / 8, mid + (d1 - d0) / 8];
    const pad = (b - a) * 0.1;
    this.close();
    this.zoomTo(a - pad, b + pad);
  };

  /** Keys inside the list: Escape closes it, arrows move between its entries. */
  readonly onKey = (e: KeyboardEvent): void => {
    const buttons = this.buttons();
    const at = buttons.indexOf(this.host.renderRoot.querySelector<HTMLButtonElement>('.popover li button:focus')!);
    if (e.key === 'Escape') this.close(true);
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  private buttons(): HTMLButtonElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('.popover li button')];
  }
}
