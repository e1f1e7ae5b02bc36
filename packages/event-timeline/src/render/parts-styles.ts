import { css } from 'lit';

/** Styles of the overview strip, the tooltip and the event list. */
export const partsStyles = css`
    .overview {
      margin: 2px 0 10px;
      border-top: 1px solid var(--_border);
      border-bottom: 1px solid var(--_border);
      background: var(--_lane);
      overflow: hidden;
    }
    .overview text {
      fill: var(--_muted);
      font-size: 10px;
      font-weight: 600;
      pointer-events: none;
    }
    .overview .tick {
      stroke: var(--_muted);
      stroke-opacity: 0.35;
    }
    .overview .density {
      fill: var(--_muted);
      fill-opacity: 0.45;
    }
    .overview .selection {
      fill: var(--_accent);
      fill-opacity: 0.1;
      stroke: var(--_accent);
      stroke-width: 1.5;
    }
    .overview svg {
      cursor: pointer;
      touch-action: none;
    }
    .overview .selection {
      cursor: grab;
    }
    .overview .handle {
      cursor: ew-resize;
      fill: var(--_accent);
      fill-opacity: 0.5;
    }
    .tooltip {
      position: absolute;
      z-index: 2;
      max-width: min(320px, 80%);
      padding: 8px 10px;
      border-radius: 8px;
      background: var(--event-timeline-tooltip-background, var(--_fg));
      color: var(--event-timeline-tooltip-color, var(--_bg));
      box-shadow: 0 6px 20px rgba(15, 23, 42, 0.25);
      pointer-events: none;
      font-size: 12px;
    }
    .tooltip strong {
      display: block;
      font-size: 13px;
      margin-bottom: 2px;
    }
    .tooltip .meta {
      opacity: 0.8;
    }
    .list {
      margin: 0 12px 12px;
    }
    /* Closed, the list is for screen readers only. Not content-visibility, which would be
       cheaper to render: Chromium then leaves the rows out of the accessibility tree. */
    .list:not(.open):not(:focus-within) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      /* Without this, the rows are laid out 1 px wide: every word on a line of its own. */
      white-space: nowrap;
    }
    /* Unseen, the rows need no grid: plain blocks lay out in a third less time. */
    .list:not(.open):not(:focus-within) li button {
      display: block;
    }
    /* Nor a scroller: Chromium gives a scroller whose buttons are all out of the Tab order a Tab stop of its own. */
    .list:not(.open) ol {
      overflow: visible;
      max-height: none;
    }
    .list ol {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: 360px;
      overflow: auto;
      border: 1px solid var(--_border);
      border-radius: 8px;
    }
    .list li + li {
      border-top: 1px solid var(--_border);
    }
    .list li button {
      display: grid;
      grid-template-columns: 10px 9.5em 1fr;
      gap: 10px;
      align-items: baseline;
      width: 100%;
      height: auto;
      padding: 7px 10px;
      border: 0;
      border-radius: 0;
      text-align: start;
    }
    .list li button::before {
      content: '';
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--_c);
      align-self: center;
    }
    .list time {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .list .list-title {
      font-weight: 700;
      font-size: 13px;
      margin: 8px 0;
    }
    .list .more {
      color: var(--_muted);
      padding: 6px 0;
    }
  @media (forced-colors: active) {
    .overview .density {
      fill: CanvasText;
    }
    .overview .selection {
      stroke: Highlight;
    }
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
    /* The search field and lane toggles, one row under the overview (Tab reaches them after the
       chart, in the order they are seen); the toggles scroll sideways when they do not fit. */
    .filters {
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 28px;
      padding: 0 12px 8px;
    }
    .filters input {
      font: inherit;
      color: inherit;
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: 6px;
      height: 28px;
      padding: 0 8px;
      min-width: 0;
      flex: 0 1 220px;
    }
    .toggles {
      display: flex;
      gap: 4px;
      min-width: 0;
      overflow-x: auto;
      scrollbar-width: none;
    }
    /* On a phone a sideways row showed two toggles and cut the third: the field takes the width
       and the toggles wrap under it, every lane in sight. Past three rows (about twelve lanes;
       with two, the ten types of an ordinary dataset already hid two) they scroll, leaving a
       fixed-height box room for the plot (the lanes' auto-height budget counts these rows). */
    @container (max-width: 460px) {
      .filters {
        flex-wrap: wrap;
      }
      .filters input {
        flex: 1 1 100%;
      }
      .toggles {
        flex-wrap: wrap;
        max-height: calc(3 * 26px + 2 * 4px);
        /* Room for a focused toggle's outline inside the scrolling box; the margin takes it back. */
        padding: 4px;
        margin: -4px;
        overflow: hidden auto;
        scrollbar-width: thin;
      }
    }
    .toggles button,
    .toggles button[aria-pressed='true'] {
      flex: 0 0 auto;
      white-space: nowrap;
      display: inline-flex;
      align-items: center;
      gap: 5px;
      height: 26px;
      font-size: 12px;
      background: transparent;
      color: inherit;
      border-color: var(--_border);
    }
    .toggles button::before {
      content: '';
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--_c, var(--_mark));
    }
    .toggles button[aria-pressed='false'] {
      color: var(--_muted);
      text-decoration: line-through;
    }
    .toggles button[aria-pressed='false']::before {
      background: transparent;
      box-shadow: inset 0 0 0 1.5px var(--_c, var(--_mark));
    }
`;
