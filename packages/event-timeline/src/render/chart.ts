import { html, nothing, type TemplateResult } from 'lit';
import type { Screen } from '../controllers/frame-controller.js';
import type { TimelineView } from '../model/timeline-view.js';
import type { Transform } from '../model/transform.js';
import type { LaneBox } from '../model/layout.js';
import type { TimelineItem } from '../model/types.js';
import type { Messages } from '../i18n/messages.js';
import { brushWindow, OVERVIEW_H, overviewTicks } from './overview.js';
import { axis, backLayer, fadeDefs, frontLayer } from './plot.js';
import { tooltip } from './tooltip.js';

/** The focus, selection and hover of the plot, and the handlers that change them (FocusController). */
export interface ChartSelection {
  focus: number;
  selected: number;
  hover: { i: number; x: number; y: number } | undefined;
  keyboard: boolean;
  onPointerMove(e: PointerEvent): void;
  onPointerLeave(): void;
  onClick(e: MouseEvent): void;
  onKeyDown(e: KeyboardEvent): void;
  onWheel(e: WheelEvent): void;
  onFocus(e: FocusEvent): void;
  onBlur(): void;
}

/**
 * The chart: the lanes' scroller with the plot in it (lanes, grid, marks or the canvas, labels,
 * badges, the focus ring and the tooltip), the axis, and the overview strip with its brush. What
 * it draws was made before the render (`screen`, see FrameController); this only reads it.
 */
export function chart(
  state: { screen: Screen; items: TimelineItem[]; view: TimelineView; selection: ChartSelection; transform: Transform; canvas: HTMLCanvasElement | undefined },
  words: { msg: Messages; locale: string; rtl: boolean; label: string; laneName: (lane: LaneBox) => string; count: (n: number) => string },
  on: { scrolled: (e: Event) => void; overview: { down(e: PointerEvent): void; move(e: PointerEvent): void; up(e: PointerEvent): void } },
): TemplateResult {
  const { screen, items, view, selection: sel } = state;
  const { width, frame, canvas, ticks, band, density } = screen;
  const { msg, locale } = words;
  const hover = sel.hover ? items[sel.hover.i] : undefined;
  const focusMark = view.markOf(sel.focus);
  // A focused event inside a count badge gets the ring around the badge.
  const focusCluster = focusMark ? undefined : view.badgeOf(sel.focus);
  const colour = (i: number) => view.colours.of(i);
  return html`<div class="scroller" style="flex-basis:min(${view.neededHeight()}px, var(--_lanes-max))" @scroll=${on.scrolled}>
      <div
        class="plot"
        part="plot"
        tabindex="0"
        role="application"
        aria-roledescription="timeline"
        aria-label=${words.label}
        aria-describedby="help"
        style="height:${frame.height}px"
        @pointermove=${sel.onPointerMove}
        @pointerleave=${sel.onPointerLeave}
        @click=${sel.onClick}
        @keydown=${sel.onKeyDown}
        @wheel=${sel.onWheel}
        @focus=${sel.onFocus}
        @blur=${sel.onBlur}
      >
        <svg class="marks" width=${width} height=${frame.height} aria-hidden="true">${canvas ? nothing : fadeDefs}${backLayer(frame, ticks.ticks, ticks.major, width, band, { name: words.laneName, count: words.count, rtl: words.rtl })}</svg>
        ${state.canvas ?? nothing}
        <svg class="marks" width=${width} height=${frame.height} aria-hidden="true">
          ${frontLayer(frame, items, { canvas, selected: sel.selected, focus: sel.focus, focusCluster, labelWidth: view.labelWidth, colour, width })}
        </svg>
        ${hover ? tooltip(hover, sel.hover!.x, sel.hover!.y, width, frame.height, locale, msg, !view.colours.untyped) : nothing}
        ${!hover && focusMark && sel.keyboard ? tooltip(items[focusMark.i], focusMark.x1, focusMark.y + 26, width, frame.height, locale, msg, !view.colours.untyped) : nothing}
      </div>
    </div>
    ${axis(ticks, width)}
    <div class="overview" part="overview">
      <svg width=${width} height=${OVERVIEW_H} aria-hidden="true" @pointerdown=${on.overview.down} @pointermove=${on.overview.move} @pointerup=${on.overview.up} @pointercancel=${on.overview.up}>
        <path class="density" d=${density}></path>
        ${overviewTicks(view.base, locale, width)}
        ${brushWindow(state.transform, width)}
      </svg>
    </div>`;
}
