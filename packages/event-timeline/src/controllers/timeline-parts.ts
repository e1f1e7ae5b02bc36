import { TimelineView } from '../model/timeline-view.js';
import type { NormalisedInput } from '../model/types.js';
import type { Messages } from '../i18n/messages.js';
import { formatRange } from '../render/format.js';
import { EventListView } from '../render/event-list.js';
import { RovingFocus } from '../render/roving-focus.js';
import { emit, TimelineRangeChangeEvent } from '../events.js';
import { DataController } from './data-controller.js';
import { DetailController } from './detail-controller.js';
import { FilterController, type FilterHost } from './filter-controller.js';
import { FocusController, type FocusHost } from './focus-controller.js';
import { FrameController, type FrameHost } from './frame-controller.js';
import { KeyboardController } from './keyboard-controller.js';
import { LocaleController } from './locale-controller.js';
import { MotionController } from './motion-controller.js';
import { OverviewController } from './overview-controller.js';
import { PopoverController, type PopoverHost } from './popover-controller.js';
import { ResizeController } from './resize-controller.js';
import { ScrollController } from './scroll-controller.js';
import { WindowController, type WindowHost } from './window-controller.js';

/** What the parts need of the element: its properties that they read, and its DOM. */
export type PartsHost = FocusHost & FilterHost & FrameHost & WindowHost & PopoverHost & { messages: Partial<Messages> | undefined };

/**
 * The element's working parts and how they are wired: the view model, and the controllers that
 * measure, load, zoom, select, filter and draw, each handed what it needs of the others. The
 * element (event-timeline.ts) keeps its properties and lifecycle and tells these what changed;
 * its template (render/timeline-template.ts) reads them. Created once per element: the order of
 * creation is the order in which Lit calls the controllers' hooks.
 */
export class TimelineParts {
  /** The view model: lanes, their sizes, what is placed where, what is under the pointer. */
  readonly view = new TimelineView();
  /** The width, and the height of the scrolling part of the plot (see FrameController.resized). */
  readonly resizer: ResizeController;
  readonly scroller: ScrollController;
  /** The time window: the zoom transform and its scale, the initial window, `zoomTo`. */
  readonly timeWindow: WindowController;
  /** What each update draws, made before the render. */
  readonly frames: FrameController;
  /** Whether the view is moving (marks go to the canvas meanwhile), and the announcement when it stops. */
  readonly motion: MotionController;
  /** Words, counts, type and lane names in the locale (another language loads on demand). */
  readonly words: LocaleController;
  /** The events, from `events` or `src`. */
  readonly loader: DataController;
  readonly overview: OverviewController;
  /** The list a "+N" badge opens. */
  readonly badgeList: PopoverController;
  /** Focus, selection, hover and the live region; the plot's pointer and keyboard handlers. */
  readonly selection: FocusController;
  readonly keys: KeyboardController;
  /** The search field and the lane toggles, and the `search` and `hiddenLanes` they set. */
  readonly filters: FilterController;
  /** Which lane toggle holds the toggles' one Tab stop (arrows move between them). */
  readonly toggleFocus: RovingFocus<string>;
  /** The built-in detail panel, a chunk loaded on the first selection. */
  readonly detail: DetailController;
  /** The chronological list (the accessible alternative), kept while the view moves. */
  readonly listView: EventListView;

  constructor(private readonly host: PartsHost) {
    this.resizer = new ResizeController(host, (what) => this.frames.resized(what));
    this.scroller = new ScrollController(host, () => this.frames.shownHeight(), () => this.selection.forgetRect());
    this.timeWindow = new WindowController(host, this.view, () => ({ px: this.width, measured: this.resizer.width > 0 }), (scale, user) => {
      // While the view moves, marks go to the canvas from a few hundred on: patching hundreds of
      // SVG nodes per frame costs more than a frame. When it stops, the SVG marks come back.
      this.motion.changed(user);
      if (!user) return;
      this.selection.moved();
      this.badgeList.close();
      emit(host, new TimelineRangeChangeEvent({ start: new Date(scale.d0), end: new Date(scale.d1) }));
    });
    this.frames = new FrameController(host, this.view, this.timeWindow, this.resizer, this.scroller);
    this.motion = new MotionController(host, () => {
      const n = this.view.frame?.visible ?? 0;
      const { d0, d1 } = this.timeWindow.scale;
      this.selection.announce(this.words.messages.showing(formatRange(d0, d1, host.locale), this.words.count(n), n));
    });
    this.words = new LocaleController(host);
    this.loader = new DataController(host, (data, fresh) => {
      this.adopt(data);
      if (fresh) this.timeWindow.initial();
    });
    this.overview = new OverviewController(host, {
      window: () => {
        const t = this.timeWindow.zoomer.transform;
        return [-t.x / t.k, (this.width - t.x) / t.k];
      },
      show: (a, b) => this.timeWindow.show(this.view.base.t(a), this.view.base.t(b), true),
      width: () => this.width,
    });
    this.badgeList = new PopoverController(
      host,
      (badge, limit) => this.view.membersOf(badge, limit),
      () => [this.timeWindow.scale.d0, this.timeWindow.scale.d1],
      (a, b) => this.timeWindow.show(a, b, true),
    );
    this.selection = new FocusController(host, this.view, this.timeWindow, this.badgeList, this.words, () => this.keys);
    this.keys = new KeyboardController(host, this.selection);
    this.filters = new FilterController(host, this.view, this.selection);
    this.toggleFocus = new RovingFocus<string>(() => host.requestUpdate());
    this.detail = new DetailController(host);
    this.listView = new EventListView(() => host.requestUpdate());
  }

  /** The plot's width in px (800 until measured). */
  get width(): number {
    return this.resizer.width || 800;
  }

  /** Takes new events: selection and drawn frames are dropped, lanes and filter made anew. */
  private adopt(data: NormalisedInput): void {
    this.selection.reset();
    this.frames.invalidate('data');
    this.view.filter = this.filters.filter;
    this.view.adopt(data, this.host.groupBy);
  }
}
