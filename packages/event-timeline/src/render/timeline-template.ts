import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { TimelineParts } from '../controllers/timeline-parts.js';
import type { GroupBy, Lane } from '../model/lanes.js';
import { badgePopover } from './badge-popover.js';
import { bringIntoView } from './bring-into-view.js';
import { chart } from './chart.js';
import { filterBar, header, nearestButton } from './chrome.js';
import { describeDate } from './describe-date.js';
import { formatRange } from './format.js';

/** The element's properties the template reads, as they are at this render. */
export interface TimelineProps {
  locale: string;
  label: string;
  groupBy: GroupBy;
  search: string;
  hiddenLanes: string[];
  headingLevel: number;
  listOpen: boolean;
  /** Laid out right to left. */
  rtl: boolean;
  /** The element's width in px (the badge popover stays inside it). */
  width: number;
  /** Opens or closes the list (the List button). */
  toggleList: () => void;
}

/** `headingLevel` as a valid level: a whole number from 1 to 6, else 2. */
export function headingLevelOf(level: unknown): number {
  const n = Math.round(Number(level));
  return n >= 1 && n <= 6 ? n : 2;
}

/**
 * The whole of the element's shadow DOM, in the order it is seen and tabbed through: the loading
 * or error state; else the header, the note about skipped events, the button to the nearest
 * event, the chart, the filters, the detail panel (or the `detail` slot's content), the list,
 * a count badge's popover, and the help text and live region for screen readers. It only reads
 * the parts' state and binds their handlers: what the chart draws was prepared before the render
 * (FrameController.prepare).
 */
export function timelineTemplate(parts: TimelineParts, props: TimelineProps): TemplateResult {
  // One column inside the shadow root rather than on :host: a page's `event-timeline { display: block }`
  // (a common habit, and the demo's) beats :host's `display: flex`, and the box was then not filled.
  return html`<div class="frame">${content(parts, props)}</div>`;
}

function content(parts: TimelineParts, props: TimelineProps): TemplateResult {
  const { view, loader, words, frames, timeWindow, selection, badgeList } = parts;
  const msg = words.messages;
  if (loader.status === 'loading') return html`<div class="state" part="state" role="status">${msg.loading}</div>`;
  if (loader.status === 'error') return html`<div class="state error" part="state" role="alert">${msg.loadFailed(loader.failure.src, loader.failure.reason)}</div>`;
  const { locale } = props;
  const { items, invalid, total, reasons, problem } = view.data;
  const all = view.all.items.length;
  const count = (n: number) => words.count(n);
  const laneName = (lane: { key: string; label: string }) => words.laneName(lane, props.groupBy);
  const note = problem
    ? html`<p class="note" part="note" role="note">${msg.invalidInput(problem)}</p>`
    : invalid
      ? html`<p class="note" part="note" role="note">${msg.skipped(count(invalid), count(total), reasons[0][0] + (reasons.length > 1 ? ', …' : ''))}</p>`
      : nothing;
  const filters = all
    ? filterBar(
        msg,
        { search: props.search ?? '', lanes: view.allLanes, hidden: props.hiddenLanes, roving: parts.toggleFocus },
        { name: (lane: Lane) => laneName(lane), colour: (key) => view.colours.lane(key) },
        { search: parts.filters.onSearchInput, toggle: parts.filters.toggle },
      )
    : nothing;
  if (!items.length || !frames.screen) return html`${filters}${note}<div class="state" part="state" role="status">${msg.noEvents}</div>`;
  const { frame, canvas } = frames.screen;
  const { d0, d1 } = timeWindow.scale;
  const range = formatRange(d0, d1, locale);
  const s = selection.selected;
  const selected = s >= 0 ? items[s] : undefined;
  const nearest = frame.visible ? -1 : view.nearestOutside(d0, d1);
  const headingLevel = headingLevelOf(props.headingLevel);
  const colour = (i: number) => view.colours.of(i);
  return html`
    ${header(
      msg,
      { range, count: msg.inView(count(frame.visible), count(all), all), listOpen: props.listOpen },
      { zoomOut: () => selection.zoomBy(0.5), zoomIn: () => selection.zoomBy(2), reset: () => selection.resetView(), list: (e) => toggleList(e, props) },
    )}
    ${note}
    ${items[nearest] ? nearestButton(msg.nearest(items[nearest].title, describeDate(items[nearest], locale)), () => selection.go(nearest)) : nothing}
    ${chart(
      { screen: frames.screen, items, view, selection, transform: timeWindow.zoomer.transform, canvas: canvas ? frames.canvas() : undefined },
      { msg, locale, rtl: props.rtl, label: msg.plotLabel(props.label, count(items.length), items.length, range), laneName, count },
      { scrolled: parts.scroller.scrolled, overview: parts.overview },
    )}
    ${filters}
    <slot name="detail">${selected
      ? parts.detail.render(({ detailPanel }) =>
          detailPanel(selected, view.data.articles, { locale, headingLevel, words: msg.detail, typeName: view.colours.untyped ? '' : words.typeName(selected.type), onClose: () => selection.closeDetail() }),
        )
      : nothing}</slot>
    ${parts.listView.render(items, view.data.columns, view.maxDuration, timeWindow.scale, {
      open: props.listOpen,
      locale,
      msg,
      headingLevel,
      selected: s,
      moving: parts.motion.moving || parts.motion.unsettled,
      colour,
      onSelect: (i) => selection.pick(i),
    })}
    ${badgeList.state
      ? badgePopover(badgeList.state, items, {
          locale,
          msg,
          width: props.width,
          colour,
          onSelect: (i) => {
            badgeList.close();
            selection.pick(i);
          },
          onZoom: badgeList.zoomIn,
          onClose: () => badgeList.close(true),
          onKey: badgeList.onKey,
        })
      : nothing}
    <p id="help" class="sr-only">${msg.help}</p>
    <div class="sr-only" role="status" aria-live="polite">${selection.announcement}</div>
  `;
}

/**
 * The List button: opens or closes the list, and once an opened list is drawn, brings it into
 * view (on a phone it opens below the fold, as the detail panel does). The element is the host
 * of the button's shadow root: the template has no other hold on it.
 */
function toggleList(e: Event, props: TimelineProps): void {
  const opening = !props.listOpen;
  props.toggleList();
  if (!opening) return;
  const root = (e.currentTarget as Element).getRootNode() as ShadowRoot;
  void (root.host as ReactiveElement).updateComplete.then(() => bringIntoView(root.querySelector('[part~="list"]')));
}
