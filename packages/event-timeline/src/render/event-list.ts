import { html, nothing, type TemplateResult } from 'lit';
import { lowerBound } from '../model/lanes.js';
import type { TimelineItem } from '../model/types.js';
import type { Columns } from '../model/normalise.js';
import type { TimeScale } from '../model/time-scale.js';
import { describeDate } from './describe-date.js';
import { formatCount } from './format.js';
import type { Messages } from '../i18n/messages.js';
import { RovingFocus } from './roving-focus.js';

/**
 * List entries shown at first, and added by each "Show more": the list follows the visible
 * window, so 100,000 events never mean 100,000 nodes, and rows nobody asked for are not built
 * with every new window (100 rows were a third of the first render at 10,000 events).
 */
export const LIST_PAGE = 20;

/**
 * The accessible alternative to the chart: the events of the visible window in time order, as
 * buttons that select. Visually hidden until the List button opens it (screen readers read it
 * all the same), and out of the Tab order while hidden. Open, it is one Tab stop: arrows move
 * between its rows (see RovingFocus), so a long list never costs one Tab per event.
 */
export function eventList(
  items: TimelineItem[],
  { start: starts, end: ends }: Columns,
  maxDuration: number,
  scale: TimeScale,
  opts: { open: boolean; locale: string; msg: Messages; headingLevel: number; selected: number; limit: number; colour: (i: number) => string; roving: RovingFocus<number>; onSelect: (i: number) => void; onMore: () => void },
): TemplateResult {
  const { limit, msg, locale } = opts;
  const count = (n: number) => formatCount(n, locale);
  // Events that start in the window are all in view; of those that start before it (at most
  // the longest duration before), the ones that end inside it. No walk over the whole window.
  const rows: number[] = [];
  const { d0, d1 } = scale;
  const inside = lowerBound(starts, d0);
  const hi = lowerBound(starts, d1);
  let total = Math.max(hi - inside, 0);
  for (let i = lowerBound(starts, d0 - maxDuration); i < inside; i++)
    if (ends[i] > d0) {
      total++;
      if (rows.length < limit) rows.push(i);
    }
  for (let i = inside; i < hi && rows.length < limit; i++) rows.push(i);
  const stop = opts.open ? opts.roving.stop(rows, opts.selected) : undefined;
  return html`<section class="list ${opts.open ? 'open' : ''}" part="list" aria-labelledby="list-title">
    <div class="list-title" id="list-title" role="heading" aria-level=${opts.headingLevel}>${msg.listHeading(count(total))}</div>
    <ol @keydown=${(e: KeyboardEvent) => opts.roving.onKey(e, rows)}>
      ${rows.map((i) => {
        const item = items[i];
        // Few nodes a row (the colour swatch is the button's ::before): this list is rendered
        // with every frame that changes the window, visible or not.
        const sources = item.sources > 1 ? ` (${msg.sources(item.sources, count(item.sources))})` : '';
        // The space between date and title keeps them two words in the button's name when the
        // closed list lays its rows out inline.
        return html`<li class="t-${opts.colour(i)}"><button data-roving tabindex=${i === stop ? 0 : -1} @click=${() => opts.onSelect(i)} aria-current=${opts.selected === i ? 'true' : 'false'}><time datetime=${new Date(item.start).toISOString()}>${describeDate(item, opts.locale)}</time> <span class="title">${item.title + sources}</span></button></li>`;
      })}
    </ol>
    ${total > rows.length
      ? html`<p class="more">
          ${msg.listFirst(count(rows.length), count(total))}
          <button tabindex=${opts.open ? 0 : -1} @click=${opts.onMore}>${msg.listMore(count(Math.min(LIST_PAGE, total - rows.length)))}</button>
        </p>`
      : nothing}
  </section>`;
}

/**
 * The list as the element renders it: it follows the window, but not frame by frame. While the
 * view moves (a gesture, or zoomTo() calls in quick succession) it keeps the last settled
 * window, so frames don't format and patch its rows; the frame after the motion brings it up
 * to date. "Show more" adds a page of rows; a new window starts again from one page.
 */
export class EventListView {
  private limit = LIST_PAGE;
  private template?: TemplateResult;
  private key = '';
  private window = '';
  private msg?: Messages;
  /** Which row holds the list's one Tab stop. */
  private readonly roving = new RovingFocus<number>(() => {
    this.key = '';
    this.onMore();
  });

  /** `onMore`: "Show more" added rows, so the host must render again. */
  constructor(private readonly onMore: () => void) {}

  /** The list of the events in `scale`'s window; the one rendered before while `opts.moving`, unless what it shows changed. */
  render(
    items: TimelineItem[],
    columns: Columns,
    maxDuration: number,
    scale: TimeScale,
    opts: { open: boolean; locale: string; msg: Messages; headingLevel: number; selected: number; moving: boolean; colour: (i: number) => string; onSelect: (i: number) => void },
  ): TemplateResult {
    const keyOf = () => `${opts.open}|${opts.selected}|${opts.locale}|${opts.headingLevel}|${items.length}|${this.limit}`;
    if (!opts.moving || !this.template || keyOf() !== this.key || opts.msg !== this.msg) {
      this.msg = opts.msg;
      const window = `${scale.d0}|${scale.d1}|${items.length}`;
      if (window !== this.window) [this.window, this.limit] = [window, LIST_PAGE];
      this.key = keyOf();
      this.template = eventList(items, columns, maxDuration, scale, {
        open: opts.open,
        locale: opts.locale,
        msg: opts.msg,
        headingLevel: opts.headingLevel,
        selected: opts.selected,
        limit: this.limit,
        colour: opts.colour,
        roving: this.roving,
        onSelect: opts.onSelect,
        onMore: () => {
          this.limit += LIST_PAGE;
          this.onMore();
        },
      });
    }
    return this.template;
  }
}
