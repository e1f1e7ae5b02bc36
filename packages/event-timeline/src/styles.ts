import { css } from 'lit';

/** The element's frame: the theme's custom properties, the header and toolbar, buttons, states and the plot's box. The marks, axis and lanes are in render/plot-styles.ts, the type colours in type-colours.ts. */

const dark = css`
  --_bg: var(--event-timeline-background, #0f172a);
  --_fg: var(--event-timeline-text-color, #e2e8f0);
  --_muted: var(--event-timeline-muted-color, #94a3b8);
  --_grid: var(--event-timeline-grid-color, rgba(148, 163, 184, 0.16));
  --_lane: var(--event-timeline-lane-background, rgba(148, 163, 184, 0.06));
  --_accent: var(--event-timeline-accent-color, #60a5fa);
  --_panel: var(--event-timeline-panel-background, #1e293b);
  --_border: var(--event-timeline-border-color, #334155);
  --_badge: var(--event-timeline-badge-background, #cbd5e1);
  --_badge-fg: var(--event-timeline-badge-color, #0f172a);
  --_mark: #94a3b8;
  color-scheme: dark;
`;

export const styles = [
  css`
    :host {
      --_bg: var(--event-timeline-background, #ffffff);
      --_fg: var(--event-timeline-text-color, #0f172a);
      --_muted: var(--event-timeline-muted-color, #64748b);
      --_grid: var(--event-timeline-grid-color, rgba(100, 116, 139, 0.18));
      --_lane: var(--event-timeline-lane-background, rgba(100, 116, 139, 0.05));
      --_accent: var(--event-timeline-accent-color, #2563eb);
      --_panel: var(--event-timeline-panel-background, #f8fafc);
      --_border: var(--event-timeline-border-color, #e2e8f0);
      --_badge: var(--event-timeline-badge-background, #334155);
      --_badge-fg: var(--event-timeline-badge-color, #ffffff);
      --_mark: var(--event-timeline-mark-color, #64748b);
      --_radius: var(--event-timeline-radius, 10px);
      display: flex;
      flex-direction: column;
      position: relative;
      min-width: 280px;
      color: var(--_fg);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font: var(--event-timeline-font, 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
      color-scheme: light;
      overflow: hidden;
      container-type: inline-size;
    }
    :host([theme='dark']) {
      ${dark}
    }
    @media (prefers-color-scheme: dark) {
      :host(:not([theme='light'])) {
        ${dark}
      }
    }
    [hidden] {
      display: none !important;
    }
    /* The column of header, lanes, axis, overview and the rest. Its height is the host's whatever
       the host's display (a page may make it a block): a fixed height is filled, an auto one
       follows the content. */
    .frame {
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      min-height: 0;
      height: 100%;
    }
    /* The lanes take the height they need (their flex-basis, set inline), at most about a screen
       when the element's height is auto, so the axis stays in view; a box of a given height they
       fill, growing or shrinking, and scroll when they need more. */
    .scroller {
      --_lanes-max: var(--event-timeline-lanes-max-height, max(160px, 100vh - 220px));
      flex: 1 1 auto;
      min-height: 60px;
      overflow-x: hidden;
      overflow-y: auto;
    }
    header,
    .filters,
    .note,
    .state,
    svg.axis,
    .overview,
    .list,
    ::slotted(*) {
      flex-shrink: 0;
    }
    /* The details and the open list share a fixed height with the lanes, and scroll inside it:
       the box's overflow is hidden, and what went past its bottom could not be reached. (With
       an auto height nothing shrinks: they take the height they need.) The list's rows scroll,
       its heading and "Show more" stay. */
    .detail,
    .list.open {
      flex: 0 1 auto;
      min-height: 0;
    }
    .detail {
      overflow-y: auto;
    }
    .list.open {
      display: flex;
      flex-direction: column;
    }
    .list.open ol {
      min-height: 0;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 12px;
      padding: 10px 12px 6px;
    }
    .range {
      flex: 1 1 auto;
      min-width: 0;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    /* Over the top of the lanes, so that showing it never moves them (it comes and goes as one pans). */
    .nearest {
      position: absolute;
      z-index: 2;
      top: 52px;
      left: 50%;
      transform: translateX(-50%);
      max-width: calc(100% - 32px);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      color: var(--_accent);
      background: var(--_bg);
      box-shadow: 0 2px 8px rgba(15, 23, 42, 0.15);
    }
    /* Margins on both sides: a <bdi> takes the direction of its own text, so with dir="rtl" its
       inline start was the side away from the range, and the two ran together. */
    /* One box, so that it wraps whole under the range rather than split across lines: split, its
       margin stood at the ends of its pieces, and in a right-to-left header its first piece met the
       range with no space ("30 sur 319 octobre"). */
    .count {
      display: inline-block;
      color: var(--_muted);
      font-weight: 400;
      margin: 0 6px;
    }
    /* The toolbar ends the header, in the DOM as on screen (Tab reaches it first, as it is seen
       first); in a narrow element it wraps under the range. */
    .toolbar {
      display: flex;
      gap: 4px;
      margin-inline-start: auto;
    }
    header {
      min-height: 30px;
    }
    @container (max-width: 460px) {
      /* On a phone the range and the count wrap rather than being cut. */
      .range {
        white-space: normal;
      }
      /* …and so do the header and the lane toggles (parts-styles.ts): the rest of the element
         is about 110 px taller, so the lanes' default budget leaves it that much more. */
      .scroller {
        --_lanes-max: var(--event-timeline-lanes-max-height, max(160px, 100vh - 330px));
      }
    }
    button {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: 6px;
      min-width: 30px;
      height: 30px;
      padding: 0 8px;
      cursor: pointer;
    }
    button:hover {
      background: var(--_lane);
      border-color: var(--_muted);
    }
    button[aria-pressed='true'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_bg);
    }
    :focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    .note,
    .state {
      margin: 0 12px 8px;
      padding: 8px 10px;
      border-radius: 6px;
      background: var(--_panel);
      border: 1px solid var(--_border);
      color: var(--_muted);
    }
    .state {
      margin: 12px;
      padding: 28px 16px;
      text-align: center;
      font-size: 14px;
    }
    .state.error {
      color: var(--event-timeline-error-color, #b91c1c);
      border-color: currentColor;
    }
    /* Vertical swipes still scroll the page on phones; horizontal drags and pinches go to the element's zoom (ZoomController). */
    .plot {
      position: relative;
      touch-action: pan-y;
      cursor: grab;
      user-select: none;
      -webkit-user-select: none;
      outline: none;
    }
    .plot:active {
      cursor: grabbing;
    }
    .plot:focus-visible .ring {
      display: block;
    }
    .plot:focus-visible {
      box-shadow: inset 0 0 0 2px var(--_accent);
    }
    @media (prefers-reduced-motion: no-preference) {
      .tooltip {
        transition: opacity 120ms ease;
      }
    }
    @media (max-width: 480px) {
      .list li button {
        grid-template-columns: 10px 1fr;
      }
      .list li button span.title {
        grid-column: 2;
      }
    }
  `,
];
