import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Cluster } from '../model/layout.js';
import { POPOVER_ROWS, type PopoverState } from '../render/badge-popover.js';

/** What the popover needs of the element. */
export interface PopoverHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The list a "+N" badge opens: which events it shows and where, focus into it and back to the
 * plot, arrows inside it, and "Zoom in" to a window that is always narrower than the one shown.
 */
export class PopoverController implements ReactiveController {
  /** The open list, if any. */
  state?: PopoverState;

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

  /** Opens the list of `badge`, with the entry of item `focus` (else the first) focused. */
  open(badge: Cluster, focus: number): void {
    const host = this.host.getBoundingClientRect();
    const plot = this.host.renderRoot.querySelector('.plot')!.getBoundingClientRect();
    const top = plot.top - host.top - this.host.clientTop + badge.y + 24;
    const items = this.members(badge, POPOVER_ROWS);
    this.state = {
      items,
      total: badge.count,
      start: badge.start,
      end: badge.end,
      left: plot.left - host.left - this.host.clientLeft + badge.x,
      top: Math.max(0, Math.min(top, this.host.clientHeight - 270)),
    };
    this.host.requestUpdate();
    const at = Math.max(0, items.indexOf(focus));
    void this.host.updateComplete.then(() => this.buttons()[at]?.focus());
  }

  /** Closes the list; `refocus` puts the keyboard focus back on the plot. */
  close(refocus = false): void {
    if (!this.state) return;
    this.state = undefined;
    this.host.requestUpdate();
    if (refocus) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.plot')?.focus());
  }

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
