import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Transform } from './model/transform.js';
import type { Article, Dataset } from '@event-timeline/data/schema';
import { styles } from './styles.js';
import { detailStyles } from './render/detail-styles.js';
import { partsStyles } from './render/parts-styles.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { KeyboardController, type KeyboardTarget } from './controllers/keyboard-controller.js';
import { OverviewController } from './controllers/overview-controller.js';
import { DataController } from './controllers/data-controller.js';
import { MotionController } from './controllers/motion-controller.js';
import { ScrollController } from './controllers/scroll-controller.js';
import { RehearsalController } from './controllers/rehearsal-controller.js';
import { toTime } from './model/normalise.js';
import type { GroupBy } from './model/lanes.js';
import type { Layout } from './model/layout.js';
import type { NormalisedInput, TimelineInputEvent } from './model/types.js';
import { TimelineView } from './model/timeline-view.js';
import { axisTicks } from './render/ticks.js';
import { formatUtc } from './render/format.js';
import { LocaleController } from './controllers/locale-controller.js';
import { languageOf } from './i18n/registry.js';
import type { Messages } from './i18n/messages.js';
import { drawCanvas, type CanvasPalette } from './render/canvas-renderer.js';
import { readPalette } from './render/palette.js';
import { brushWindow, OVERVIEW_H, overviewTicks } from './render/overview.js';
import { axis, AXIS_H, backLayer, densityPath, fadeDefs, frontLayer } from './render/plot.js';
import { detailPanel } from './render/detail-panel.js';
import { describeDate } from './render/describe-date.js';
import { tooltip } from './render/tooltip.js';
import { badgePopover, popoverStyles } from './render/badge-popover.js';
import { PopoverController } from './controllers/popover-controller.js';
import { EventListView } from './render/event-list.js';
import { RovingFocus } from './render/roving-focus.js';
import { emit, TimelineFilterChangeEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './events.js';

const isServer = typeof HTMLElement === 'undefined';
/** Height (px) of the row with the search field and the lane toggles (see parts-styles.ts). */
const FILTERS_H = 36;
// Lets `import '@event-timeline/component'` run in Node (SSR, tests) without a DOM.
const Base = (isServer ? class {} : LitElement) as typeof LitElement;

/** While the view moves, marks go to the canvas above this many (the `canvas-threshold` when lower). */
const MOTION_CANVAS_THRESHOLD = 200;
/** From this many events on, the element rehearses zooming when idle (see RehearsalController). */
const REHEARSAL_MIN_EVENTS = 2000;
/**
 * What the element shows besides its lanes takes at least this height (px) with its own styles:
 * the header (30 px min-height and 16 px of padding), the axis (and its 1 px border, left out so
 * that a height rounded the other way never asks for a second frame), and the overview strip with
 * its margins and borders (14 px). The lanes' viewport is never taller than the element's height
 * less this, so a first frame that draws that much covers all of it, and little below (a note, or
 * the toolbar that drops under the header in a narrow element, take ~40 px more).
 */
const CHROME_MIN_H = 46 + AXIS_H + OVERVIEW_H + 14 + FILTERS_H;
/** The height (px) the lanes of an auto-height element grow to before events fold: about a screen less the rest of the element, at most 600. */
const AUTO_ROOM = () => Math.max(160, Math.min(600, (typeof window === 'undefined' ? 800 : window.innerHeight) - 220));
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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
 * @cssproperty [--event-timeline-lanes-max-height=max(160px, 100vh - 220px)] - Most height the lanes of an auto-height element take before they scroll (a fixed height on the element is filled whatever this says).
 * @cssproperty [--event-timeline-quote-font=Georgia, serif] - Font of source sentences.
 * @cssproperty [--event-timeline-font=13px/1.45 system-ui] - Font shorthand.
 * @cssproperty [--event-timeline-radius=10px] - Corner radius of the frame.
 *
 * @example
 * <script type="module" src="event-timeline.bundle.js"></script>
 * <event-timeline src="events.json" group-by="type" locale="de"></event-timeline>
 */
export class EventTimeline extends Base implements KeyboardTarget {
  static override styles = [styles, partsStyles, detailStyles, popoverStyles];

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
    _focus: { state: true, attribute: false },
    _selected: { state: true, attribute: false },
    _hover: { state: true, attribute: false },
    _listOpen: { state: true, attribute: false },
    _keyboard: { state: true, attribute: false },
    _announcement: { state: true, attribute: false },
  };

  private readonly zoomer = new ZoomController(this, (t, user) => this.onZoom(t, user));
  // The width, and the height of the scrolling part of the plot: only the lanes on screen are
  // laid out and drawn, so a taller viewport than the band drawn needs a new frame.
  private readonly resizer = new ResizeController(this, (what) => {
    const [top, bottom] = this.scroller.band;
    // A box that gives the lanes another height sizes them again (see fillRoom), but only where
    // the room counts: more than the lanes need, now or when they were sized. Otherwise the first
    // render of an auto-height element would be drawn twice, for a guess and for the measure.
    const vh = this.resizer.viewportHeight;
    const natural = this.view.naturalHeight();
    if (what === 'width' || vh > bottom - top || (vh !== this.room && (vh > natural || this.room > natural))) this.requestUpdate();
  });
  // Before the lanes' viewport is first measured (the first render with data), it is the
  // element's height less the least the rest can take (CHROME_MIN_H), and never less than the
  // viewport's CSS min-height, 60 px. A viewport taller than this guess gets a new frame from
  // the observer above.
  private readonly scroller = new ScrollController(
    this,
    () => this.shownHeight(),
    () => (this.plotRect = undefined),
  );
  private readonly motion = new MotionController(this, () => {
    const n = this.view.frame?.visible ?? 0;
    this._announcement = this.msg.showing(this.rangeText(), this.count(n), n);
  });
  private readonly keys = new KeyboardController(this, this);
  private readonly rehearsal = new RehearsalController(this);
  /** Words, counts and type names in the locale (another language loads on demand). */
  private readonly words = new LocaleController(this);
  private readonly loader = new DataController(this, (data, fresh) => {
    this.adopt(data);
    if (fresh) this.initialWindow();
  });
  private readonly overview = new OverviewController(this, {
    window: () => {
      const t = this.zoomer.transform;
      return [-t.x / t.k, (this.width - t.x) / t.k];
    },
    show: (a, b) => this.zoomer.apply(this.transformFor(this.view.base.t(a), this.view.base.t(b)), true),
    width: () => this.width,
  });

  /** The list a "+N" badge opens. */
  private readonly badgeList = new PopoverController(
    this,
    (badge, limit) => this.view.membersOf(badge, limit),
    () => [this.scale.d0, this.scale.d1],
    (a, b) => this.zoomer.apply(this.transformFor(a, b), true),
  );

  /** Which lane toggle holds the toggles' one Tab stop (arrows move between them). */
  private readonly toggleFocus = new RovingFocus<string>(() => this.requestUpdate());

  /** The chronological list (the accessible alternative), kept while the view moves. */
  private readonly listView = new EventListView(() => this.requestUpdate());

  // Reactive state is declared, not initialised as class fields: fields would shadow Lit's accessors.
  declare private _focus: number;
  declare private _selected: number;
  declare private _hover: { i: number; x: number; y: number } | undefined;
  declare private _listOpen: boolean;
  declare private _keyboard: boolean;
  declare private _announcement: string;
  /** The view model: lanes, their sizes, what is placed where, what is under the pointer. */
  private readonly view = new TimelineView();
  private scale = this.view.base;
  private pendingWindow?: [number, number];
  private plotRect?: DOMRect;
  private density = '';
  private canvasEl?: HTMLCanvasElement;
  private lastWidth = 0;
  private cachedPalette?: CanvasPalette;
  private densityWidth = 0;
  /** Laid out right to left (see isRtl). */
  private rtl = false;
  /** The height (px) the lanes were last sized for. */
  private room = 0;
  /** What this update draws, made by prepare(). */
  private screen?: { width: number; frame: Layout; canvas: boolean; band: [number, number]; ticks: ReturnType<typeof axisTicks> };
  private lastFocus = -1;

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
    this._focus = -1;
    this._selected = -1;
    this._hover = undefined;
    this._listOpen = false;
    this._keyboard = false;
    this._announcement = '';
  }

  /** The words in use: the locale's (English until it has loaded) with `messages` over them. */
  private get msg(): Messages {
    return this.words.messages;
  }

  /** Whether the element is laid out right to left (`dir="rtl"` on it or an ancestor). */
  private isRtl(): boolean {
    try {
      return this.matches(':dir(rtl)');
    } catch {
      return this.closest('[dir]')?.getAttribute('dir') === 'rtl';
    }
  }

  private count(n: number): string {
    return this.words.count(n);
  }

  private typeName(type: string): string {
    return this.words.typeName(type);
  }

  /** A lane's name in the locale's words, title case: types translated, the pooled lanes named. */
  private readonly laneName = (box: { key: string; label: string }): string => {
    const msg = this.msg;
    const name =
      box.key === '\u0000other'
        ? msg.otherLane
        : box.key === ''
          ? this.groupBy === 'actor'
            ? msg.noActor
            : msg.noSource
          : this.groupBy === 'type' || !['actor', 'source', 'none'].includes(this.groupBy)
            ? this.typeName(box.key)
            : box.label;
    return name.charAt(0).toLocaleUpperCase(languageOf(this.locale)) + name.slice(1);
  };

  /** Resolves once the element has drawn, and a locale asked for has loaded and been drawn with. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.words.pending) {
      await this.words.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** `headingLevel` as a valid level: a whole number from 1 to 6. */
  private headingLevelOf(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 2;
  }

  /** The visible window, UTC. */
  get visibleRange(): { start: Date; end: Date } {
    return { start: new Date(this.scale.d0), end: new Date(this.scale.d1) };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.cachedPalette = undefined;
    // Read once, and when the element's own dir changes (an ancestor's change shows on the next of those).
    if (!this.hasUpdated || changed.has('_dir' as keyof EventTimeline)) this.rtl = this.isRtl();
    // `events = undefined` after data clears it; undefined from the start leaves `src` to fill it.
    if (changed.has('events') && (this.events !== undefined || changed.get('events') !== undefined)) this.loader.read(this.events);
    if (changed.has('src') && this.src) void this.loader.load(this.src);
    else if (changed.has('src') && !this.src && !changed.has('events')) this.loader.cancelLoad();
    else if (changed.has('groupBy') && this.data.items.length) this.view.group(this.groupBy);
    if ((changed.has('search') || changed.has('hiddenLanes')) && this.view.all.items.length) this.applyFilter();
    if ((changed.has('start') || changed.has('end')) && this.data.items.length) this.initialWindow();
    // The canvas needs the colours from computed style, which forces a style recalc. Read now,
    // before this update adds thousands of nodes, rather than in updated() right after it: the
    // recalc then covers the old, small tree. (Not on a theme change: `theme` reflects later.)
    if (!this.cachedPalette && !changed.has('theme') && this.isConnected && this.data.items.length > MOTION_CANVAS_THRESHOLD) this.palette();
    this.prepare();
  }

  protected override firstUpdated(): void {
    this.resizer.observe();
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (plot) this.zoomer.attach(plot);
    const scrollerEl = plot?.parentElement ?? undefined;
    if (scrollerEl) this.resizer.observeViewport(scrollerEl);
    this.scroller.rendered(scrollerEl);
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>('canvas');
    if (canvas && this.screen) drawCanvas(canvas, this.screen.frame, this.data.items, this.data.columns, this.view.colours, this.width, this.scroller.band, this.palette());
  }

  /** The height (px) the lanes' viewport shows: measured, or before that, guessed from the element's height. */
  private shownHeight(): number {
    return this.resizer.viewportHeight || Math.max(this.resizer.height - CHROME_MIN_H, Math.min(this.resizer.height, 60));
  }

  private get width(): number {
    return this.resizer.width || 800;
  }

  private get data(): NormalisedInput {
    return this.view.data;
  }

  private adopt(data: NormalisedInput): void {
    [this._focus, this._selected, this._hover] = [-1, -1, undefined];
    this.badgeList.close();
    this.density = '';
    this.cachedPalette = undefined;
    this.view.filter = { search: this.search ?? '', hidden: new Set(this.hiddenLanes ?? []) };
    this.view.adopt(data, this.groupBy);
  }

  /** Shows the events that `search` and `hiddenLanes` let through; the selected one stays selected if it is among them. */
  private applyFilter(): void {
    const selected = this.data.items[this._selected];
    this.view.setFilter({ search: this.search ?? '', hidden: new Set(this.hiddenLanes ?? []) }, this.groupBy);
    [this._focus, this._hover] = [-1, undefined];
    this._selected = selected ? this.data.items.indexOf(selected) : -1;
    this.badgeList.close();
  }

  /** The user typed in the search field or toggled a lane. */
  private filterBy(search: string, hiddenLanes: string[]): void {
    [this.search, this.hiddenLanes] = [search, hiddenLanes];
    emit(this, new TimelineFilterChangeEvent({ search, hiddenLanes: [...hiddenLanes] }));
  }

  private readonly onSearchInput = (e: Event): void => this.filterBy((e.target as HTMLInputElement).value, this.hiddenLanes);

  private toggleLane(key: string): void {
    const hidden = this.hiddenLanes.includes(key) ? this.hiddenLanes.filter((k) => k !== key) : [...this.hiddenLanes, key];
    this.filterBy(this.search, hidden);
  }

  private initialWindow(): void {
    const start = toTime(this.start);
    const end = toTime(this.end);
    this.pendingWindow = start !== undefined || end !== undefined ? [start ?? this.view.extent()[0], end ?? this.view.extent()[1]] : this.view.homeWindow();
    this.zoomer.set(Transform.identity);
  }

  private transformFor(start: number, end: number): Transform {
    const a = this.view.base.x(Math.min(start, end));
    const b = this.view.base.x(Math.max(start, end));
    const k = this.width / Math.max(b - a, 1e-9);
    return this.zoomer.constrain(new Transform(-a * k, k));
  }

  private onZoom(t: Transform, user: boolean): void {
    const scale = this.view.base.zoomed(t.k, t.x);
    this.scale = scale;
    // While the view moves, marks go to the canvas from a few hundred on: patching hundreds of
    // SVG nodes per frame costs more than a frame. When it stops, the SVG marks (with their
    // ::part styles) come back.
    this.motion.changed(user);
    if (!user) return;
    this._hover = undefined;
    this.badgeList.close();
    emit(this, new TimelineRangeChangeEvent({ start: new Date(scale.d0), end: new Date(scale.d1) }));
  }

  /** Rehearses zooming when idle (see RehearsalController and TimelineView.rehearse). */
  private readonly rehearseZoom = (): void => this.view.rehearse(this.scale, this.scroller.band);

  private rangeText(): string {
    const { d0, d1 } = this.scale;
    const style = d1 - d0 < 2 * DAY ? 'full' : 'dayMonthYear';
    return `${formatUtc(d0, this.locale, style)} – ${formatUtc(d1, this.locale, style)}`;
  }

  /**
   * The canvas, one element for the element's life: it comes and goes with each zoom gesture,
   * and a new canvas would set up its context and resolve its font again (~5 ms) every time.
   */
  private canvasElement(width: number, [top, bottom]: [number, number]): HTMLCanvasElement {
    let c = this.canvasEl;
    if (!c) {
      c = this.canvasEl = document.createElement('canvas');
      c.setAttribute('part', 'canvas');
      c.setAttribute('aria-hidden', 'true');
    }
    // The canvas covers the band on screen only; it moves with the scroll.
    c.style.width = `${width}px`;
    c.style.height = `${bottom - top}px`;
    c.style.top = `${top}px`;
    return c;
  }

  private palette(): CanvasPalette {
    return (this.cachedPalette ??= readPalette(this));
  }

  private readonly onPointerMove = (e: PointerEvent): void => {
    if (e.buttons || !this.view.frame) return;
    const rect = (this.plotRect ??= (e.currentTarget as HTMLElement).getBoundingClientRect());
    const [x, y] = [e.clientX - rect.left, e.clientY - rect.top];
    const hit = this.view.hitTest(x, y).mark;
    if (hit?.i !== this._hover?.i) this._hover = hit ? { i: hit.i, x, y: hit.y + 26 } : undefined;
  };

  private readonly onPointerLeave = (): void => {
    this._hover = undefined;
    this.plotRect = undefined;
  };

  private readonly onClick = (e: MouseEvent): void => {
    if (!this.view.frame) return;
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const hit = this.view.hitTest(e.clientX - rect.left, e.clientY - rect.top);
    this.badgeList.close();
    if (hit.mark) {
      this._focus = hit.mark.i;
      this.selectItem(hit.mark.i);
    } else if (hit.cluster) this.badgeList.open(hit.cluster, this._focus);
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.keys.handle(e)) this._keyboard = true;
  };

  private readonly onWheel = (e: WheelEvent): void => {
    if (Math.abs(e.deltaX) <= Math.abs(e.deltaY)) return;
    e.preventDefault();
    this.panBy(e.deltaX / this.width);
  };

  private readonly onFocus = (e: FocusEvent): void => {
    if (!(e.target as Element).matches(':focus-visible')) return;
    this._keyboard = true;
    if (this._focus < 0) this.moveFocus(0);
  };

  private selectItem(i: number): void {
    this._selected = i;
    emit(this, new TimelineSelectEvent({ event: this.data.items[i].source }));
    // On a phone the panel opens below the fold: bring it into view (the user asked for it).
    void this.updateComplete.then(() => {
      const panel = this.renderRoot.querySelector('[part="detail"]');
      const r = panel?.getBoundingClientRect();
      if (panel && r && (r.top < 0 || r.bottom > window.innerHeight))
        panel.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    });
  }

  private announceItem(i: number): void {
    const item = this.data.items[i];
    this._announcement = this.msg.focused(item.title, describeDate(item, this.locale), this.typeName(item.type), item.sources, this.count(i + 1), this.count(this.data.items.length));
  }

  /** Pans so that item `i` is in view, keeping the zoom. */
  private reveal(i: number): void {
    const item = this.data.items[i];
    const { d0, d1 } = this.scale;
    if (item.start < d1 && item.end > d0) return;
    const half = (d1 - d0) / 2;
    const mid = (item.start + item.end) / 2;
    this.zoomer.apply(this.transformFor(mid - half, mid + half), true);
  }

  /** @internal */
  moveFocus(delta: number): void {
    const n = this.data.items.length;
    if (!n) return;
    const next = this._focus < 0 ? this.view.firstFrom(this.scale.d0) : this._focus + delta;
    this._focus = Math.max(0, Math.min(n - 1, this._focus < 0 ? Math.min(next, n - 1) : next));
    this.reveal(this._focus);
    this.announceItem(this._focus);
  }

  /** @internal */
  focusEdge(edge: 'first' | 'last'): void {
    if (!this.data.items.length) return;
    this._focus = edge === 'first' ? 0 : this.data.items.length - 1;
    this.reveal(this._focus);
    this.announceItem(this._focus);
  }

  /** @internal */
  zoomBy(factor: number): void {
    const t = this.zoomer.transform;
    const item = this.data.items[this._focus];
    const px = item && item.start < this.scale.d1 && item.end > this.scale.d0 ? this.scale.x((item.start + item.end) / 2) : this.width / 2;
    this.zoomer.apply(new Transform(px - (px - t.x) * factor, t.k * factor), true);
  }

  /** @internal */
  panBy(fraction: number): void {
    const t = this.zoomer.transform;
    this.zoomer.apply(new Transform(t.x - fraction * this.width, t.k), true);
  }

  /** @internal */
  resetView(): void {
    this.zoomer.apply(this.homeTransform(), true);
  }

  /** @internal */
  selectFocused(): void {
    if (this._focus < 0) return;
    // A folded event opens its badge's list, with its own entry focused.
    const badge = this.view.badgeOf(this._focus);
    if (badge) this.badgeList.open(badge, this._focus);
    else this.selectItem(this._focus);
  }

  /** @internal */
  closeDetail(): boolean {
    if (this._selected < 0) return false;
    this._selected = -1;
    return true;
  }

  private homeTransform(): Transform {
    const start = toTime(this.start);
    const end = toTime(this.end);
    const home = this.view.homeWindow();
    if (start === undefined && end === undefined) return home ? this.transformFor(...home) : Transform.identity;
    const [lo, hi] = this.view.extent();
    return this.transformFor(start ?? lo, end ?? hi);
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
    if (!this.resizer.width) this.pendingWindow = [a, b];
    else this.zoomer.apply(this.transformFor(a, b), false);
    this.requestUpdate();
  }

  /** Shows every event. */
  fit(): void {
    this.pendingWindow = undefined;
    this.zoomer.apply(Transform.identity, false);
    this.requestUpdate();
  }

  /** Returns to the initial window: `start`/`end` when set, else every event. */
  reset(): void {
    this._selected = -1;
    this.zoomer.apply(this.homeTransform(), false);
    this.requestUpdate();
  }

  /**
   * Sizes the lanes and lays out the window for this update: the view model's work, done before
   * render() so that render only reads. Nothing to do without data.
   */
  private prepare(): void {
    this.screen = undefined;
    if (this.loader.status !== 'ready' || !this.data.items.length) return;
    const width = this.width;
    // On resize, keep the same dates in view rather than the same pixels.
    if (this.lastWidth && width !== this.lastWidth && !this.pendingWindow && this.zoomer.transform.k !== 1)
      this.pendingWindow = [this.scale.d0, this.scale.d1];
    this.lastWidth = width;
    const view = this.view;
    this.room = this.shownHeight();
    view.size(width, this.room, AUTO_ROOM());
    this.zoomer.configure(width, 0, view.maxScale);
    if (this.pendingWindow && this.resizer.width) {
      const [a, b] = this.pendingWindow;
      this.pendingWindow = undefined;
      this.zoomer.set(this.transformFor(a, b));
    }
    const t = this.zoomer.transform;
    this.scale = view.base.zoomed(t.k, t.x);
    view.window(this.scale);
    const height = view.plotHeight();
    this.scroller.bandFor(height);
    // Moving the focus to an event in a lane off screen scrolls that lane into view.
    if (this._focus >= 0 && this._focus !== this.lastFocus) this.scroller.reveal(...view.laneBox(view.laneOf[this._focus]), height);
    this.lastFocus = this._focus;
    const band = this.scroller.band;
    const frame = view.layout(this.scale, band);
    if (view.items.length >= REHEARSAL_MIN_EVENTS) this.rehearsal.schedule(view.sizeKey, this.rehearseZoom);
    // By the events in the window, not the marks placed: only the lanes on screen are placed,
    // and a window of thousands of events costs thousands of SVG nodes as soon as one scrolls.
    const inView = frame.visible;
    const canvas = inView > this.canvasThreshold || (this.motion.moving && inView > Math.min(this.canvasThreshold, MOTION_CANVAS_THRESHOLD));
    if (!this.density || this.densityWidth !== width) {
      const [lo, hi] = view.extent();
      [this.density, this.densityWidth] = [densityPath(view.starts, lo, hi, width, OVERVIEW_H), width];
    }
    this.screen = { width, frame, canvas, band, ticks: axisTicks(this.scale, this.locale) };
  }

  /** With no event in the window, a way to the nearest one. */
  private nearestButton() {
    const i = this.view.nearestOutside(this.scale.d0, this.scale.d1);
    const item = this.data.items[i];
    if (!item) return nothing;
    const go = () => {
      this._focus = i;
      this.reveal(i);
    };
    return html`<button class="nearest" part="nearest" @click=${go}>${this.msg.nearest(item.title, describeDate(item, this.locale))}</button>`;
  }

  /** The search field and one toggle per lane (of every event, hidden or not), when there are events at all. */
  private filterBar() {
    const { allLanes, all } = this.view;
    if (!all.items.length) return nothing;
    const msg = this.msg;
    const toggles = allLanes.length > 1 && allLanes.length <= 24 ? allLanes : [];
    const keys = toggles.map((lane) => lane.key);
    const stop = this.toggleFocus.stop(keys);
    return html`<div class="filters" part="filters">
      <input type="search" part="search" .value=${this.search ?? ''} aria-label=${msg.searchLabel} placeholder=${msg.searchLabel} @input=${this.onSearchInput} />
      ${toggles.length
        ? html`<div class="toggles" role="toolbar" aria-label=${msg.lanesLabel} @keydown=${(e: KeyboardEvent) => this.toggleFocus.onKey(e, keys)}>
            ${toggles.map(
              (lane) =>
                html`<button part="lane-toggle" data-roving tabindex=${lane.key === stop ? 0 : -1} class="t-${this.view.colours.lane(lane.key)}" aria-pressed=${this.hiddenLanes.includes(lane.key) ? 'false' : 'true'} @click=${() => this.toggleLane(lane.key)}>
                  ${this.laneName(lane)}
                </button>`,
            )}
          </div>`
        : nothing}
    </div>`;
  }

  override render() {
    const msg = this.msg;
    if (this.loader.status === 'loading') return html`<div class="state" part="state" role="status">${msg.loading}</div>`;
    if (this.loader.status === 'error') return html`<div class="state error" part="state" role="alert">${msg.loadFailed(this.loader.failure.src, this.loader.failure.reason)}</div>`;
    const items = this.data.items;
    const { invalid, total, reasons, problem } = this.data;
    const note = problem
      ? html`<p class="note" part="note" role="note">${msg.invalidInput(problem)}</p>`
      : invalid
        ? html`<p class="note" part="note" role="note">${msg.skipped(this.count(invalid), this.count(total), reasons[0][0] + (reasons.length > 1 ? ', …' : ''))}</p>`
        : nothing;
    const filters = this.filterBar();
    if (!items.length) return html`${filters}${note}<div class="state" part="state" role="status">${msg.noEvents}</div>`;
    const { width, frame, canvas, ticks, band } = this.screen!;
    const hover = this._hover ? items[this._hover.i] : undefined;
    const focusMark = this.view.markOf(this._focus);
    // A focused event inside a count badge gets the ring around the badge.
    const focusCluster = focusMark ? undefined : this.view.badgeOf(this._focus);
    const selected = this._selected >= 0 ? items[this._selected] : undefined;
    return html`
      <header part="header">
        <div class="range" aria-hidden="true"><bdi>${this.rangeText()}</bdi><bdi class="count">${msg.inView(this.count(frame.visible), this.count(this.view.all.items.length), this.view.all.items.length)}</bdi></div>
        <div class="toolbar" part="toolbar">
          <button @click=${() => this.zoomBy(0.5)} aria-label=${msg.zoomOut} title="${msg.zoomOut} (−)">−</button>
          <button @click=${() => this.zoomBy(2)} aria-label=${msg.zoomIn} title="${msg.zoomIn} (+)">+</button>
          <button @click=${() => this.resetView()} title=${msg.resetTitle}>${msg.reset}</button>
          <button @click=${() => (this._listOpen = !this._listOpen)} aria-pressed=${this._listOpen ? 'true' : 'false'} title=${msg.listTitle}>${msg.list}</button>
        </div>
      </header>
      ${note}
      ${frame.visible ? nothing : this.nearestButton()}
      <div class="scroller" style="flex-basis:min(${this.view.neededHeight()}px, var(--_lanes-max))" @scroll=${this.scroller.scrolled}>
      <div
        class="plot"
        part="plot"
        tabindex="0"
        role="application"
        aria-roledescription="timeline"
        aria-label=${msg.plotLabel(this.label, this.count(items.length), items.length, this.rangeText())}
        aria-describedby="help"
        style="height:${frame.height}px"
        @pointermove=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @click=${this.onClick}
        @keydown=${this.onKeyDown}
        @wheel=${this.onWheel}
        @focus=${this.onFocus}
        @blur=${() => (this._keyboard = false)}
      >
        <svg class="marks" width=${width} height=${frame.height} aria-hidden="true">${canvas ? nothing : fadeDefs}${backLayer(frame, ticks.ticks, ticks.major, width, band, { name: this.laneName, count: (n) => this.count(n), rtl: this.rtl })}</svg>
        ${canvas ? this.canvasElement(width, band) : nothing}
        <svg class="marks" width=${width} height=${frame.height} aria-hidden="true">
          ${frontLayer(frame, items, { canvas, selected: this._selected, focus: this._focus, focusCluster, labelWidth: this.view.labelWidth, colour: (i) => this.view.colours.of(i), width })}
        </svg>
        ${hover ? tooltip(hover, this._hover!.x, this._hover!.y, width, frame.height, this.locale, msg) : nothing}
        ${!hover && focusMark && this._keyboard ? tooltip(items[focusMark.i], focusMark.x1, focusMark.y + 26, width, frame.height, this.locale, msg) : nothing}
      </div>
      </div>
      ${axis(ticks, width)}
      <div class="overview" part="overview">
        <svg
          width=${width}
          height=${OVERVIEW_H}
          aria-hidden="true"
          @pointerdown=${this.overview.down}
          @pointermove=${this.overview.move}
          @pointerup=${this.overview.up}
          @pointercancel=${this.overview.up}
        >
          <path class="density" d=${this.density}></path>
          ${overviewTicks(this.view.base, this.locale, width)}
          ${brushWindow(this.zoomer.transform, width)}
        </svg>
      </div>
      ${filters}
      <slot name="detail">${selected
        ? detailPanel(selected, this.data.articles, { locale: this.locale, headingLevel: this.headingLevelOf(), words: msg.detail, typeName: this.typeName(selected.type), onClose: () => (this._selected = -1) })
        : nothing}</slot>
      ${this.listView.render(items, this.data.columns, this.view.maxDuration, this.scale, {
        open: this._listOpen,
        locale: this.locale,
        msg,
        headingLevel: this.headingLevelOf(),
        selected: this._selected,
        moving: this.motion.moving || this.motion.unsettled,
        colour: (i) => this.view.colours.of(i),
        onSelect: (i) => {
          this._focus = i;
          this.selectItem(i);
        },
      })}
      ${this.badgeList.state
        ? badgePopover(this.badgeList.state, items, {
            locale: this.locale,
            msg,
            width: this.clientWidth,
            colour: (i) => this.view.colours.of(i),
            onSelect: (i) => {
              this._focus = i;
              this.badgeList.close();
              this.selectItem(i);
            },
            onZoom: this.badgeList.zoomIn,
            onClose: () => this.badgeList.close(true),
            onKey: this.badgeList.onKey,
          })
        : nothing}
      <p id="help" class="sr-only">${msg.help}</p>
      <div class="sr-only" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}

export type { Article };
