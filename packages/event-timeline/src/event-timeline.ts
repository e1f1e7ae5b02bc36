import { LitElement, type PropertyValues } from 'lit';
import type { Article, Dataset } from '@event-timeline/data/schema';
import { styles } from './styles.js';
import { partsStyles } from './render/parts-styles.js';
import { plotStyles } from './render/plot-styles.js';
import { typeRules } from './type-colours.js';
import { TimelineParts } from './controllers/timeline-parts.js';
import { toTime } from './model/dates.js';
import type { GroupBy } from './model/lanes.js';
import type { TimelineInputEvent } from './model/types.js';
import type { Messages } from './i18n/messages.js';
import { popoverStyles } from './render/badge-popover.js';
import { timelineTemplate } from './render/timeline-template.js';

const isServer = typeof HTMLElement === 'undefined';
// Lets `import '@event-timeline/component'` run in Node (SSR, tests) without a DOM.
const Base = (isServer ? class {} : LitElement) as typeof LitElement;

/**
 * A zoomable, accessible timeline of dated events that stays fast at 100,000 events: points for
 * days, bars for ranges, soft-edged spans for uncertain dates, lanes, clustering, an overview
 * brush, a detail panel with the source sentences, and a full keyboard and screen-reader model.
 *
 * @summary A zoomable, accessible timeline of dated events.
 *
 * @fires {TimelineSelectEvent} timeline-select - The user selected an event (click, tap, Enter or Space). `detail: { event }`, the event as given.
 * @fires {TimelineFilterChangeEvent} timeline-filter-change - The user typed in the search field or hid or showed a lane. `detail: { search, hiddenLanes }`. Not fired by code.
 * @fires {TimelineRangeChangeEvent} timeline-range-change - The user zoomed or panned. `detail: { start: Date, end: Date }`. Not fired by code.
 *
 * @slot detail - Replaces the built-in detail panel; listen to `timeline-select` to fill it.
 *
 * @csspart header - The bar above the plot with the visible range and the buttons.
 * @csspart toolbar - The zoom, fit and list buttons.
 * @csspart note - The note about skipped invalid events.
 * @csspart nearest - The button to the nearest event, shown when none is in the window.
 * @csspart filters - The search field and the lane toggles.
 * @csspart search - The search field.
 * @csspart lane-toggle - A button that hides or shows a lane.
 * @csspart state - The loading, error and empty messages.
 * @csspart plot - The zoomable area (keyboard focus lands here).
 * @csspart lane - A lane's background.
 * @csspart lane-label - A lane's name.
 * @csspart event - One event mark (SVG mode). Also `point`, `span` and `uncertain`.
 * @csspart label - An event's label.
 * @csspart cluster - A count badge of marks too dense to draw; clicking it (or Enter on an event folded in it) opens the list of its events.
 * @csspart popover - The list of a count badge's events.
 * @csspart focus-ring - The ring around the focused event.
 * @csspart canvas - The canvas that draws marks when there are thousands.
 * @csspart axis - The two-level time axis.
 * @csspart overview - The overview strip with the brush.
 * @csspart tooltip - The hover tooltip.
 * @csspart detail - The built-in detail panel.
 * @csspart highlight - The date expression highlighted in a source sentence.
 * @csspart trigger - The word that names the happening (met, talks, derailed) highlighted in a source sentence.
 * @csspart list - The chronological list of events (the accessible alternative).
 *
 * @cssproperty [--event-timeline-background=#ffffff] - Background.
 * @cssproperty [--event-timeline-text-color=#0f172a] - Text.
 * @cssproperty [--event-timeline-muted-color=#64748b] - Secondary text, axis labels.
 * @cssproperty [--event-timeline-accent-color=#2563eb] - Focus ring, brush and pressed buttons.
 * @cssproperty [--event-timeline-focus-color=var(--event-timeline-accent-color)] - The focus ring.
 * @cssproperty [--event-timeline-grid-color=rgba(100,116,139,.18)] - Grid lines.
 * @cssproperty [--event-timeline-lane-background=rgba(100,116,139,.05)] - Lane stripes and the overview strip.
 * @cssproperty [--event-timeline-border-color=#e2e8f0] - Borders.
 * @cssproperty [--event-timeline-panel-background=#f8fafc] - Detail panel and notes.
 * @cssproperty [--event-timeline-badge-background=#334155] - Count badges.
 * @cssproperty [--event-timeline-badge-color=#ffffff] - Count badge text.
 * @cssproperty [--event-timeline-tooltip-background=var(--event-timeline-text-color)] - Tooltip.
 * @cssproperty [--event-timeline-tooltip-color=var(--event-timeline-background)] - Tooltip text.
 * @cssproperty [--event-timeline-error-color=#b91c1c] - Error message.
 * @cssproperty [--event-timeline-mark-color=#64748b] - Marks of types without their own colour.
 * @cssproperty [--event-timeline-series-0=var(--event-timeline-color-meeting)] - First of eight series colours (`-series-0` … `-series-7`): the lanes of data without types, and types that are not the schema's, in order.
 * @cssproperty [--event-timeline-color-meeting=#2563eb] - Colour of one event type; every type has one: `--event-timeline-color-<type>` (visit, statement, speech, interview, vote, sanction, agreement, attack, military-action, investigation, election, protest, aid, legal, accident, death, business, launch, other).
 * @cssproperty [--event-timeline-highlight-background=#fde68a] - The date expression highlighted in a source sentence.
 * @cssproperty [--event-timeline-highlight-color=#0f172a] - Its text.
 * @cssproperty [--event-timeline-trigger-background=transparent] - The trigger word highlighted in a source sentence (bold, underlined in its type's colour).
 * @cssproperty [--event-timeline-trigger-color=inherit] - Its text.
 * @cssproperty [--event-timeline-lanes-max-height=max(160px, 100vh - 220px)] - Most height the lanes of an auto-height element take before they scroll (a fixed height on the element is filled whatever this says). In an element narrower than 460 px the default is `max(160px, 100vh - 330px)`, for its wrapped header and toggles.
 * @cssproperty [--event-timeline-quote-font=Georgia, serif] - Font of source sentences.
 * @cssproperty [--event-timeline-font=13px/1.45 system-ui] - Font shorthand.
 * @cssproperty [--event-timeline-radius=10px] - Corner radius of the frame.
 *
 * @example
 * <script type="module" src="event-timeline.bundle.js"></script>
 * <event-timeline src="events.json" group-by="type" locale="de"></event-timeline>
 */
export class EventTimeline extends Base {
  // The type colours come last: a `t-<type>` class sets `--_c` over the default that `.mark` and the list rows give it.
  static override styles = [styles, plotStyles, partsStyles, popoverStyles, typeRules];

  static override properties = {
    events: { attribute: false },
    src: { type: String },
    locale: { type: String },
    groupBy: { type: String, attribute: 'group-by' },
    start: { type: String },
    end: { type: String },
    theme: { type: String, reflect: true },
    label: { type: String },
    canvasThreshold: { type: Number, attribute: 'canvas-threshold' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    search: { type: String },
    hiddenLanes: { attribute: false },
    messages: { attribute: false },
    // Watches the native `dir` attribute (without shadowing the `dir` property): the lane names mirror.
    _dir: { attribute: 'dir', state: false },
    _listOpen: { state: true, attribute: false },
  };

  /** The view model and the controllers, wired together (controllers/timeline-parts.ts). */
  private readonly parts = new TimelineParts(this);

  // Reactive state is declared, not initialised as class fields: fields would shadow Lit's accessors.
  declare private _listOpen: boolean;
  /** Laid out right to left (see isRtl). */
  private rtl = false;

  /**
   * The events to draw: the data package's `TimelineEvent[]`, a whole dataset
   * `{ schemaVersion, articles, events }` (articles give mentions their title and publisher), or
   * `{ id?, title, start, end? }[]` with ISO strings or Dates. Invalid items are skipped.
   */
  declare events: TimelineInputEvent[] | Dataset | undefined;
  /** URL of a dataset JSON to fetch; shows loading and error states. */
  declare src: string | undefined;
  /** BCP 47 locale of the axis and dates, e.g. `en`, `de`, `fr`, `ru`, `es`. */
  declare locale: string;
  /** Lanes: one per event `type`, first `actor`, `source` (publisher), or `none`. */
  declare groupBy: GroupBy;
  /** Start of the initial window (ISO date); the whole range when unset. */
  declare start: string | undefined;
  /** End of the initial window (ISO date). */
  declare end: string | undefined;
  /** `light` or `dark`; follows `prefers-color-scheme` when unset. */
  declare theme: 'light' | 'dark' | undefined;
  /** Accessible name of the timeline. */
  declare label: string;
  /** Above this many events in view, marks are drawn on a canvas instead of SVG (while zooming or panning, above 200 or this, whichever is lower). */
  declare canvasThreshold: number;
  /** Shows only the events whose title, actors or place hold every word of it (case and accents aside). The search field shows it. */
  declare search: string;
  /** Keys of lanes to hide (event types, actors or publishers, as `group-by` groups them). The lane toggles show it. */
  declare hiddenLanes: string[];
  /**
   * Words of the element to use instead of its locale's (buttons, counts, lane and type names,
   * the live region, the detail panel): any part of the catalogue; see `Messages`.
   *
   * @example timeline.messages = { list: 'Table', types: { meeting: 'Talks' } };
   */
  declare messages: Partial<Messages> | undefined;
  /** Level (1–6) of the headings the element writes (the detail panel's title, the list's): set it to fit the page's outline. */
  declare headingLevel: number;

  constructor() {
    super();
    this.events = undefined;
    this.locale = 'en';
    this.groupBy = 'type';
    this.label = 'Timeline';
    this.canvasThreshold = 1500;
    this.headingLevel = 2;
    this.search = '';
    this.hiddenLanes = [];
    this._listOpen = false;
  }

  /** The visible window, UTC. */
  get visibleRange(): { start: Date; end: Date } {
    const { d0, d1 } = this.parts.timeWindow.scale;
    return { start: new Date(d0), end: new Date(d1) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { view, loader, frames, selection } = this.parts;
    if (changed.has('theme')) frames.invalidate('theme');
    // Read once, and when the element's own dir changes (an ancestor's change shows on the next of those).
    if (!this.hasUpdated || changed.has('_dir' as keyof EventTimeline)) this.rtl = isRtl(this);
    // `events = undefined` after data clears it; undefined from the start leaves `src` to fill it.
    if (changed.has('events') && (this.events !== undefined || changed.get('events') !== undefined)) loader.read(this.events);
    if (changed.has('src') && this.src) void loader.load(this.src);
    else if (changed.has('src') && !this.src && !changed.has('events')) loader.cancelLoad();
    else if (changed.has('groupBy') && view.data.items.length) view.group(this.groupBy);
    if ((changed.has('search') || changed.has('hiddenLanes')) && view.all.items.length) this.parts.filters.apply();
    if ((changed.has('start') || changed.has('end')) && view.data.items.length) this.parts.timeWindow.initial();
    // The canvas needs the colours from computed style, which forces a style recalc. Read now,
    // before this update adds thousands of nodes, rather than in updated() right after it: the
    // recalc then covers the old, small tree. (Not on a theme change: `theme` reflects later.)
    if (!changed.has('theme')) frames.warmPalette();
    if (selection.selected >= 0) this.parts.detail.load();
    if (loader.status === 'ready') frames.prepare(this.parts.width, selection.focus, this.parts.motion.moving);
    else frames.screen = undefined;
  }

  protected override firstUpdated(): void {
    this.parts.resizer.observe();
  }

  protected override updated(): void {
    this.parts.frames.rendered(this.renderRoot);
  }

  /** Resolves once the element has drawn, and a locale or the detail panel asked for has loaded and been drawn with. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const { words, detail } = this.parts;
    let done = await super.getUpdateComplete();
    while (words.pending || detail.pending) {
      await (words.pending ?? detail.pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The List button. */
  private readonly toggleList = () => (this._listOpen = !this._listOpen);

  /**
   * Shows the window from `start` to `end` (ISO strings, Dates or epoch ms). Code, not a user:
   * no `timeline-range-change`.
   *
   * @example timeline.zoomTo('2017-04-01', '2017-05-01')
   */
  zoomTo(start: string | Date | number, end: string | Date | number): void {
    const a = typeof start === 'number' ? start : toTime(start);
    const b = typeof end === 'number' ? end : toTime(end);
    if (a === undefined || b === undefined) throw new RangeError(`zoomTo: expected two ISO dates or Dates, got ${String(start)} and ${String(end)}`);
    this.parts.timeWindow.show(a, b, false);
  }

  /** Shows every event. */
  fit(): void {
    this.parts.timeWindow.fit();
  }

  /** Returns to the initial window: `start`/`end` when set, else every event. */
  reset(): void {
    this.parts.selection.closeDetail();
    this.parts.timeWindow.goHome(false);
  }

  override render() {
    const { locale, label, groupBy, search, hiddenLanes, headingLevel, _listOpen: listOpen, rtl, toggleList } = this;
    return timelineTemplate(this.parts, { locale, label, groupBy, search, hiddenLanes, headingLevel, listOpen, rtl, toggleList, width: this.clientWidth });
  }
}

/** Whether `el` is laid out right to left (`dir="rtl"` on it or an ancestor). */
function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    return el.closest('[dir]')?.getAttribute('dir') === 'rtl';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}

export type { Article };
