import { css, html, nothing, type TemplateResult } from 'lit';
import type { TimelineItem } from '../model/types.js';
import { describeDate } from './describe-date.js';
import { formatCount } from './format.js';
import type { Messages } from '../i18n/messages.js';

/** What an open "+N" popover shows: the first pages of `POPOVER_ROWS` of the badge's events, where to put it. */
export interface PopoverState {
  /** Item indices, in time order: the pages listed so far. */
  items: number[];
  /** How many events the badge holds. */
  total: number;
  /** Its span, for "Zoom in". */
  start: number;
  end: number;
  /** Position of the badge's bottom centre, px from the element's padding box. */
  left: number;
  top: number;
  /** Lists the next page of the badge's events. */
  more: () => void;
  /** "Zoom in" would show a narrower window: false at the most zoom, where it would do nothing. */
  canZoom: boolean;
}

/**
 * Events listed in a page of a popover: the list starts with one page and its last entry lists the
 * next, so every event of a badge is reached by pointer however many there are, while a badge of
 * thousands renders no more entries than asked for.
 */
export const POPOVER_ROWS = 50;

/**
 * The list of a count badge's events, as buttons that select one. A dialog without a modal
 * trap: Escape or a click elsewhere closes it. All text goes through Lit bindings.
 */
export function badgePopover(
  state: PopoverState,
  items: TimelineItem[],
  opts: { locale: string; msg: Messages; width: number; colour: (i: number) => string; onSelect: (i: number) => void; onZoom: () => void; onClose: () => void; onKey: (e: KeyboardEvent) => void },
): TemplateResult {
  const left = Math.max(8, Math.min(state.left - 140, opts.width - 288));
  const rest = state.total - state.items.length;
  const next = Math.min(rest, POPOVER_ROWS);
  const { msg, locale } = opts;
  const title = msg.badgeEvents(formatCount(state.total, locale), state.total);
  return html`<div class="popover" part="popover" role="dialog" aria-label=${title} style="left:${left}px;top:${state.top}px" @keydown=${opts.onKey}>
    <div class="popover-head">
      <span dir="auto">${title}</span>
      <button class="close" @click=${opts.onClose} aria-label=${msg.badgeClose}>✕</button>
    </div>
    <ul>
      ${state.items.map((i) => {
        const item = items[i];
        return html`<li class="t-${opts.colour(i)}"><button @click=${() => opts.onSelect(i)}><time>${describeDate(item, opts.locale)}</time> <span class="title">${item.title}</span></button></li>`;
      })}
      ${rest > 0 ? html`<li class="next"><button @click=${state.more}>${msg.badgeShowMore(formatCount(next, locale), next)}</button></li>` : nothing}
    </ul>
    ${rest > 0 && state.canZoom ? html`<p class="more">${msg.badgeMore(formatCount(rest, locale), rest)} <button @click=${opts.onZoom}>${msg.badgeZoom}</button></p>` : nothing}
  </div>`;
}

/** Styles of the popover. */
export const popoverStyles = css`
  .popover {
    position: absolute;
    z-index: 3;
    width: 280px;
    max-height: 260px;
    display: flex;
    flex-direction: column;
    background: var(--_panel);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: 8px;
    box-shadow: 0 6px 24px rgba(15, 23, 42, 0.18);
  }
  .popover-head {
    display: flex;
    justify-content: space-between;
    align-items: center;
    padding: 4px 4px 4px 10px;
    font-weight: 600;
    border-bottom: 1px solid var(--_border);
  }
  .popover ul {
    list-style: none;
    margin: 0;
    padding: 0;
    overflow: auto;
  }
  .popover li button {
    display: flex;
    gap: 8px;
    width: 100%;
    height: auto;
    min-height: 30px;
    border: 0;
    border-radius: 0;
    text-align: start;
    align-items: baseline;
    padding: 4px 10px;
  }
  .popover li button::before {
    content: '';
    flex: 0 0 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_c);
  }
  .popover time {
    color: var(--_muted);
    flex: 0 0 auto;
    font-variant-numeric: tabular-nums;
  }
  .popover li.next button {
    color: var(--_muted);
    justify-content: center;
  }
  .popover li.next button::before {
    content: none;
  }
  .popover .more {
    margin: 0;
    padding: 6px 10px;
    border-top: 1px solid var(--_border);
    color: var(--_muted);
  }
`;
