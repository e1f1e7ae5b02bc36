import type { ReactiveControllerHost } from 'lit';
import type { Layout } from '../model/layout.js';
import type { TimelineView } from '../model/timeline-view.js';
import { drawCanvas, type CanvasPalette } from '../render/canvas-renderer.js';
import { readPalette } from '../render/palette.js';
import { OVERVIEW_H } from '../render/overview.js';
import { AXIS_H, densityPath } from '../render/plot.js';
import { axisTicks, type Axis } from '../render/ticks.js';
import { RehearsalController } from './rehearsal-controller.js';
import type { ResizeController } from './resize-controller.js';
import type { ScrollController } from './scroll-controller.js';
import type { WindowController } from './window-controller.js';

/** While the view moves, marks go to the canvas above this many (the `canvas-threshold` when lower). */
export const MOTION_CANVAS_THRESHOLD = 200;
/** From this many events on, the element rehearses zooming when idle (see RehearsalController). */
const REHEARSAL_MIN_EVENTS = 2000;

/** Height (px) of the row with the search field and the lane toggles (see parts-styles.ts). */
const FILTERS_H = 36;
/**
 * What the element shows besides its lanes takes at least this height (px) with its own styles:
 * the header (30 px min-height and 16 px of padding), the axis (and its 1 px border, left out so
 * that a height rounded the other way never asks for a second frame), the overview strip with
 * its margins and borders (14 px), and the filters row. The lanes' viewport is never taller than
 * the element's height less this, so a first frame that draws that much covers all of it.
 */
const CHROME_MIN_H = 46 + AXIS_H + OVERVIEW_H + 14 + FILTERS_H;
/** The height (px) the lanes of an auto-height element grow to before events fold: about a screen less the rest of the element, at most 600. */
const autoRoom = () => Math.max(160, Math.min(600, (typeof window === 'undefined' ? 800 : window.innerHeight) - 220));

/** What the frame reads of its host. */
export interface FrameHost extends ReactiveControllerHost, Element {
  canvasThreshold: number;
  locale: string;
}

/** What one update draws: made before render(), which only reads it. */
export interface Screen {
  width: number;
  frame: Layout;
  /** Marks go on the canvas. */
  canvas: boolean;
  /** The band of the plot (px) on screen. */
  band: [number, number];
  ticks: Axis;
  /** The overview strip's density path. */
  density: string;
}

/**
 * One frame of the plot: sizes the lanes for the room the box gives, brings the window up to
 * date, lays out the band of lanes on screen, and decides SVG or canvas (made in willUpdate, so
 * that render() only reads `screen`); after the render, paints the canvas. It keeps what frames
 * share: the overview's density, the canvas element and its colours.
 */
export class FrameController {
  screen?: Screen;
  /** The height (px) the lanes were last sized for. */
  room = 0;
  private density = '';
  private densityWidth = 0;
  private canvasEl?: HTMLCanvasElement;
  private cachedPalette?: CanvasPalette;
  private lastFocus = -1;
  private readonly rehearsal: RehearsalController;

  constructor(
    private readonly host: FrameHost,
    private readonly view: TimelineView,
    private readonly window: WindowController,
    private readonly resizer: ResizeController,
    private readonly scroller: ScrollController,
  ) {
    this.rehearsal = new RehearsalController(host);
  }

  /**
   * The element or the lanes' viewport changed size: a new width needs a new frame, and so does a
   * viewport taller than the band drawn (only the lanes on screen are laid out). Another height
   * sizes the lanes again (see fillRoom) only where the room counts: more than the lanes need,
   * now or when they were sized. Otherwise the first render of an auto-height element would be
   * drawn twice, for a guess and for the measure.
   */
  resized(what: 'width' | 'viewport'): void {
    const [top, bottom] = this.scroller.band;
    const vh = this.resizer.viewportHeight;
    const natural = this.view.naturalHeight();
    const room = this.room;
    if (what === 'width' || vh > bottom - top || (vh !== room && (vh > natural || room > natural))) this.host.requestUpdate();
  }

  /** The height (px) the lanes' viewport shows: measured, or before that, guessed from the element's height. */
  shownHeight(): number {
    const { viewportHeight, height } = this.resizer;
    return viewportHeight || Math.max(height - CHROME_MIN_H, Math.min(height, 60));
  }

  /** New data or a new theme: the density and the canvas colours are made again. */
  invalidate(what: 'data' | 'theme'): void {
    this.cachedPalette = undefined;
    if (what === 'data') this.density = '';
  }

  /**
   * Reads the canvas colours now if the data may need the canvas: reading computed style forces
   * a style recalc, which costs least before an update adds thousands of nodes.
   */
  warmPalette(): void {
    if (!this.cachedPalette && this.host.isConnected && this.view.items.length > MOTION_CANVAS_THRESHOLD) this.palette();
  }

  /** Makes `screen` for this update; `focus` is the focused item, whose lane is scrolled into view when it changed. `moving`: the view is moving. */
  prepare(width: number, focus: number, moving: boolean): void {
    this.screen = undefined;
    const view = this.view;
    if (!view.items.length) return;
    this.room = this.shownHeight();
    view.size(width, this.room, autoRoom(), this.window.first);
    const scale = this.window.settle(width);
    view.window(scale);
    const height = view.plotHeight();
    this.scroller.bandFor(height);
    // Moving the focus to an event in a lane off screen scrolls that lane into view.
    if (focus >= 0 && focus !== this.lastFocus) this.scroller.reveal(...view.laneBox(view.laneOf[focus]), height);
    this.lastFocus = focus;
    const band = this.scroller.band;
    const frame = view.layout(scale, band);
    if (view.items.length >= REHEARSAL_MIN_EVENTS) this.rehearsal.schedule(view.sizeKey, () => view.rehearse(this.window.scale, this.scroller.band));
    // By the events in the window, not the marks placed: only the lanes on screen are placed,
    // and a window of thousands of events costs thousands of SVG nodes as soon as one scrolls.
    const inView = frame.visible;
    const threshold = this.host.canvasThreshold;
    const canvas = inView > threshold || (moving && inView > Math.min(threshold, MOTION_CANVAS_THRESHOLD));
    if (!this.density || this.densityWidth !== width) {
      const [lo, hi] = view.extent();
      [this.density, this.densityWidth] = [densityPath(view.starts, lo, hi, width, OVERVIEW_H), width];
    }
    this.screen = { width, frame, canvas, band, ticks: axisTicks(scale, this.host.locale), density: this.density };
  }

  /**
   * The canvas, one element for the element's life: it comes and goes with each zoom gesture,
   * and a new canvas would set up its context and resolve its font again (~5 ms) every time.
   * It covers the band on screen only, and moves with the scroll.
   */
  canvas(): HTMLCanvasElement {
    let c = this.canvasEl;
    if (!c) {
      c = this.canvasEl = document.createElement('canvas');
      c.setAttribute('part', 'canvas');
      c.setAttribute('aria-hidden', 'true');
    }
    const [top, bottom] = this.screen?.band ?? [0, 0];
    c.style.width = `${this.screen?.width ?? 0}px`;
    c.style.height = `${bottom - top}px`;
    c.style.top = `${top}px`;
    return c;
  }

  /** After the render: observes the lanes' viewport, and paints the canvas if this frame has one. */
  rendered(root: ParentNode): void {
    const plot = root.querySelector<HTMLElement>('.plot');
    if (plot) this.window.zoomer.attach(plot);
    const viewport = plot?.parentElement ?? undefined;
    if (viewport) this.resizer.observeViewport(viewport);
    this.scroller.rendered(viewport);
    const canvas = root.querySelector<HTMLCanvasElement>('canvas');
    const view = this.view;
    if (canvas && this.screen) drawCanvas(canvas, this.screen.frame, view.items, view.data.columns, view.colours, this.screen.width, this.scroller.band, this.palette());
  }

  private palette(): CanvasPalette {
    return (this.cachedPalette ??= readPalette(this.host));
  }
}
