import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Article, Dataset } from '@event-timeline/data/schema';
import { styles } from './styles.js';
import { partsStyles } from './render/parts-styles.js';
import { plotStyles } from './render/plot-styles.js';
import { typeRules } from './type-colours.js';
import { ResizeController } from './controllers/resize-controller.js';
import { KeyboardController } from './controllers/keyboard-controller.js';
import { OverviewController } from './controllers/overview-controller.js';
import { DataController } from './controllers/data-controller.js';
import { MotionController } from './controllers/motion-controller.js';
import { ScrollController } from './controllers/scroll-controller.js';
import { WindowController } from './controllers/window-controller.js';
import { FrameController } from './controllers/frame-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import { FilterController } from './controllers/filter-controller.js';
import { LocaleController } from './controllers/locale-controller.js';
import { PopoverController } from './controllers/popover-controller.js';
import { toTime } from './model/dates.js';
import type { GroupBy, Lane } from './model/lanes.js';
import type { NormalisedInput, TimelineInputEvent } from './model/types.js';
import { TimelineView } from './model/timeline-view.js';
import type { Messages } from './i18n/messages.js';
import { formatUtc } from './render/format.js';
import { chart } from './render/chart.js';
import { DetailController } from './controllers/detail-controller.js';
import { describeDate } from './render/describe-date.js';
import { badgePopover, popoverStyles } from './render/badge-popover.js';
import { EventListView } from './render/event-list.js';
import { RovingFocus } from './render/roving-focus.js';
import { filterBar, header, nearestButton } from './render/chrome.js';
import { emit, TimelineRangeChangeEvent } from './events.js';

const isServer = typeof HTMLElement === 'undefined';
// Lets `import '@event-timeline/component'` run in Node (SSR, tests) without a DOM.
const Base = (isServer ? class {} : LitElement) as typeof LitElement;

const DAY = 86_400_000;

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
 * @cssproperty [--event-timeline-lanes-max-height=max(160px, 100vh - 220px)] - Most height the lanes of an auto-height element take before they scroll (a fixed height on the element is filled whatever this says). In an element narrower than 460 px the default is `max(160px, 100vh - 300px)`, for its wrapped header and toggles.
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

  /** The view model: lanes, their sizes, what is placed where, what is under the pointer. */
  private readonly view = new TimelineView();
  // The width, and the height of the scrolling part of the plot (see FrameController.resized).
  private readonly resizer: ResizeController = new ResizeController(this, (what) => this.frames.resized(what));
  private readonly scroller = new ScrollController(
    this,
    () => this.frames.shownHeight(),
    () => this.selection.forgetRect(),
  );
  private readonly timeWindow = new WindowController(this, this.view, () => ({ px: this.width, measured: this.resizer.width > 0 }), (scale, user) => {
    // While the view moves, marks go to the canvas from a few hundred on: patching hundreds of
    // SVG nodes per frame costs more than a frame. When it stops, the SVG marks come back.
    this.motion.changed(user);
    if (!user) return;
    this.selection.moved();
    this.badgeList.close();
    emit(this, new TimelineRangeChangeEvent({ start: new Date(scale.d0), end: new Date(scale.d1) }));
  });
  private readonly frames: FrameController = new FrameController(this, this.view, this.timeWindow, this.resizer, this.scroller);
  private readonly motion = new MotionController(this, () => {
    const n = this.view.frame?.visible ?? 0;
    this.selection.announce(this.msg.showing(this.rangeText(), this.words.count(n), n));
  });
  /** Words, counts, type and lane names in the locale (another language loads on demand). */
  private readonly words = new LocaleController(this);
  private readonly loader = new DataController(this, (data, fresh) => {
    this.adopt(data);
    if (fresh) this.timeWindow.initial();
  });
  private readonly overview = new OverviewController(this, {
    window: () => {
      const t = this.timeWindow.zoomer.transform;
      return [-t.x / t.k, (this.width - t.x) / t.k];
    },
    show: (a, b) => this.timeWindow.show(this.view.base.t(a), this.view.base.t(b), true),
    width: () => this.width,
  });
  /** The list a "+N" badge opens. */
  private readonly badgeList = new PopoverController(
    this,
    (badge, limit) => this.view.membersOf(badge, limit),
    () => [this.timeWindow.scale.d0, this.timeWindow.scale.d1],
    (a, b) => this.timeWindow.show(a, b, true),
  );
  /** Focus, selection, hover and the live region; the plot's pointer and keyboard handlers. */
  private readonly selection: FocusController = new FocusController(this, this.view, this.timeWindow, this.badgeList, this.words, () => this.keys);
  private readonly keys: KeyboardController = new KeyboardController(this, this.selection);
  /** The search field and the lane toggles, and the `search` and `hiddenLanes` they set. */
  private readonly filters = new FilterController(this, this.view, this.selection);
  /** Which lane toggle holds the toggles' one Tab stop (arrows move between them). */
  private readonly toggleFocus = new RovingFocus<string>(() => this.requestUpdate());
  /** The built-in detail panel, a chunk loaded on the first selection. */
  private readonly detail = new DetailController(this);
  /** The chronological list (the accessible alternative), kept while the view moves. */
  private readonly listView = new EventListView(() => this.requestUpdate());

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
    const { d0, d1 } = this.timeWindow.scale;
    return { start: new Date(d0), end: new Date(d1) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.frames.invalidate('theme');
    // Read once, and when the element's own dir changes (an ancestor's change shows on the next of those).
    if (!this.hasUpdated || changed.has('_dir' as keyof EventTimeline)) this.rtl = this.isRtl();
    // `events = undefined` after data clears it; undefined from the start leaves `src` to fill it.
    if (changed.has('events') && (this.events !== undefined || changed.get('events') !== undefined)) this.loader.read(this.events);
    if (changed.has('src') && this.src) void this.loader.load(this.src);
    else if (changed.has('src') && !this.src && !changed.has('events')) this.loader.cancelLoad();
    else if (changed.has('groupBy') && this.data.items.length) this.view.group(this.groupBy);
    if ((changed.has('search') || changed.has('hiddenLanes')) && this.view.all.items.length) this.filters.apply();
    if ((changed.has('start') || changed.has('end')) && this.data.items.length) this.timeWindow.initial();
    // The canvas needs the colours from computed style, which forces a style recalc. Read now,
    // before this update adds thousands of nodes, rather than in updated() right after it: the
    // recalc then covers the old, small tree. (Not on a theme change: `theme` reflects later.)
    if (!changed.has('theme')) this.frames.warmPalette();
    if (this.selection.selected >= 0) this.detail.load();
    if (this.loader.status === 'ready') this.frames.prepare(this.width, this.selection.focus, this.motion.moving);
    else this.frames.screen = undefined;
  }

  protected override firstUpdated(): void {
    this.resizer.observe();
  }

  protected override updated(): void {
    this.frames.rendered(this.renderRoot);
  }

  /** Resolves once the element has drawn, and a locale or the detail panel asked for has loaded and been drawn with. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.words.pending || this.detail.pending) {
      await (this.words.pending ?? this.detail.pending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

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
    this.timeWindow.show(a, b, false);
  }

  /** Shows every event. */
  fit(): void {
    this.timeWindow.fit();
  }

  /** Returns to the initial window: `start`/`end` when set, else every event. */
  reset(): void {
    this.selection.closeDetail();
    this.timeWindow.goHome(false);
  }

  /** The words in use: the locale's (English until it has loaded) with `messages` over them. */
  private get msg(): Messages {
    return this.words.messages;
  }

  private get width(): number {
    return this.resizer.width || 800;
  }

  private get data(): NormalisedInput {
    return this.view.data;
  }

  /** Whether the element is laid out right to left (`dir="rtl"` on it or an ancestor). */
  private isRtl(): boolean {
    try {
      return this.matches(':dir(rtl)');
    } catch {
      return this.closest('[dir]')?.getAttribute('dir') === 'rtl';
    }
  }

  /** `headingLevel` as a valid level: a whole number from 1 to 6. */
  private headingLevelOf(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  private adopt(data: NormalisedInput): void {
    this.selection.reset();
    this.frames.invalidate('data');
    this.view.filter = this.filters.filter;
    this.view.adopt(data, this.groupBy);
  }

  private readonly laneName = (lane: { key: string; label: string }): string => this.words.laneName(lane, this.groupBy);

  private rangeText(): string {
    const { d0, d1 } = this.timeWindow.scale;
    const style = d1 - d0 < 2 * DAY ? 'full' : 'dayMonthYear';
    return `${formatUtc(d0, this.locale, style)} – ${formatUtc(d1, this.locale, style)}`;
  }

  override render() {
    const msg = this.msg;
    if (this.loader.status === 'loading') return html`<div class="state" part="state" role="status">${msg.loading}</div>`;
    if (this.loader.status === 'error') return html`<div class="state error" part="state" role="alert">${msg.loadFailed(this.loader.failure.src, this.loader.failure.reason)}</div>`;
    const { items, invalid, total, reasons, problem } = this.data;
    const all = this.view.all.items.length;
    const note = problem
      ? html`<p class="note" part="note" role="note">${msg.invalidInput(problem)}</p>`
      : invalid
        ? html`<p class="note" part="note" role="note">${msg.skipped(this.words.count(invalid), this.words.count(total), reasons[0][0] + (reasons.length > 1 ? ', …' : ''))}</p>`
        : nothing;
    const filters = all
      ? filterBar(
          msg,
          { search: this.search ?? '', lanes: this.view.allLanes, hidden: this.hiddenLanes, roving: this.toggleFocus },
          { name: (lane: Lane) => this.laneName(lane), colour: (key) => this.view.colours.lane(key) },
          { search: this.filters.onSearchInput, toggle: this.filters.toggle },
        )
      : nothing;
    if (!items.length || !this.frames.screen) return html`${filters}${note}<div class="state" part="state" role="status">${msg.noEvents}</div>`;
    const { frame, canvas } = this.frames.screen;
    const s = this.selection.selected;
    const selected = s >= 0 ? items[s] : undefined;
    const nearest = frame.visible ? -1 : this.view.nearestOutside(this.timeWindow.scale.d0, this.timeWindow.scale.d1);
    const count = (n: number) => this.words.count(n);
    const colour = (i: number) => this.view.colours.of(i);
    return html`
      ${header(
        msg,
        { range: this.rangeText(), count: msg.inView(count(frame.visible), count(all), all), listOpen: this._listOpen },
        { zoomOut: () => this.selection.zoomBy(0.5), zoomIn: () => this.selection.zoomBy(2), reset: () => this.selection.resetView(), list: () => (this._listOpen = !this._listOpen) },
      )}
      ${note}
      ${items[nearest] ? nearestButton(msg.nearest(items[nearest].title, describeDate(items[nearest], this.locale)), () => this.selection.go(nearest)) : nothing}
      ${chart(
        { screen: this.frames.screen, items, view: this.view, selection: this.selection, transform: this.timeWindow.zoomer.transform, canvas: canvas ? this.frames.canvas() : undefined },
        { msg, locale: this.locale, rtl: this.rtl, label: msg.plotLabel(this.label, count(items.length), items.length, this.rangeText()), laneName: this.laneName, count },
        { scrolled: this.scroller.scrolled, overview: this.overview },
      )}
      ${filters}
      <slot name="detail">${selected
        ? this.detail.render(({ detailPanel }) =>
            detailPanel(selected, this.data.articles, { locale: this.locale, headingLevel: this.headingLevelOf(), words: msg.detail, typeName: this.words.typeName(selected.type), onClose: () => this.selection.closeDetail() }),
          )
        : nothing}</slot>
      ${this.listView.render(items, this.data.columns, this.view.maxDuration, this.timeWindow.scale, {
        open: this._listOpen,
        locale: this.locale,
        msg,
        headingLevel: this.headingLevelOf(),
        selected: s,
        moving: this.motion.moving || this.motion.unsettled,
        colour,
        onSelect: (i) => this.selection.pick(i),
      })}
      ${this.badgeList.state
        ? badgePopover(this.badgeList.state, items, {
            locale: this.locale,
            msg,
            width: this.clientWidth,
            colour,
            onSelect: (i) => {
              this.badgeList.close();
              this.selection.pick(i);
            },
            onZoom: this.badgeList.zoomIn,
            onClose: () => this.badgeList.close(true),
            onKey: this.badgeList.onKey,
          })
        : nothing}
      <p id="help" class="sr-only">${msg.help}</p>
      <div class="sr-only" role="status" aria-live="polite">${this.selection.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}

export type { Article };
