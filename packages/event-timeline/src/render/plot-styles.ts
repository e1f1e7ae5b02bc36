import { css } from 'lit';

/** Styles of the plot's SVG: lanes, grid, marks, labels, badges, the focus ring and the axis (with forced colours). */
export const plotStyles = css`
    /* Time runs left to right in every language (as on most charts); with dir="rtl" the header,
       toolbar, lane names, list and panels mirror around it. Labels keep their own direction. */
    svg {
      display: block;
      overflow: visible;
      direction: ltr;
    }
    svg text {
      unicode-bidi: plaintext;
    }
    canvas,
    svg.marks {
      position: absolute;
      left: 0;
      top: 0;
    }
    .lane-bg {
      fill: var(--_lane);
    }
    .lane-label {
      fill: var(--_muted);
      font-size: 12px;
      font-weight: 600;
    }
    .grid {
      fill: none;
      stroke: var(--_grid);
    }
    .grid.major {
      stroke: var(--_muted);
      stroke-opacity: 0.45;
    }
    .mark {
      --_c: var(--_mark);
    }
    .mark circle {
      fill: var(--_c);
      stroke: var(--_bg);
      stroke-width: 1.5;
    }
    .mark .bar {
      fill: var(--_c);
      fill-opacity: 0.24;
    }
    .mark .cap,
    .mark .day {
      fill: var(--_c);
      fill-opacity: 0.3;
      stroke: var(--_c);
      stroke-width: 1.5;
    }
    .mark .fuzzy {
      fill: var(--_c);
      fill-opacity: 0.3;
    }
    /* The certain part of an uncertain span: a line in the event's colour along the span's bottom
       edge, under the label's letters (it had no fill, so SVG's black: a dark bar through the
       label, nearly unseen in dark mode). */
    .mark .core {
      fill: var(--_c);
    }
    .mark .fuzzy.narrow {
      fill-opacity: 0.16;
      stroke: var(--_c);
      stroke-width: 1.5;
      stroke-dasharray: 3 2;
    }
    .mark.selected circle,
    .mark.selected .day,
    .mark.selected .bar,
    .mark.selected .fuzzy {
      stroke: var(--_fg);
      stroke-width: 2;
    }
    .label {
      fill: var(--_fg);
      font-size: 12px;
      paint-order: stroke;
      stroke: var(--_bg);
      stroke-width: 3px;
      stroke-linejoin: round;
    }
    .label.inside {
      stroke: none;
    }
    .sources {
      fill: var(--_muted);
      font-size: 10.5px;
      font-weight: 600;
    }
    .badge rect {
      fill: var(--_badge);
    }
    .badge text {
      fill: var(--_badge-fg);
      font-size: 11px;
      font-weight: 600;
    }
    .badge {
      cursor: pointer;
    }
    .ring {
      display: none;
      fill: none;
      stroke: var(--event-timeline-focus-color, var(--_accent));
      stroke-width: 2.5;
    }
    .axis {
      border-top: 1px solid var(--_border);
    }
    .axis text {
      fill: var(--_muted);
      font-size: 11px;
      font-variant-numeric: tabular-nums;
    }
    .axis .major-label {
      fill: var(--_fg);
      font-weight: 600;
      font-size: 12px;
    }
    .axis .tick {
      fill: none;
      stroke: var(--_muted);
      stroke-opacity: 0.5;
    }
    @media (forced-colors: active) {
      .mark circle,
      .mark .cap,
      .mark .core,
      .mark .day,
      .mark .bar,
      .mark .fuzzy,
      .badge rect,
      .overview .density {
        fill: CanvasText;
        forced-color-adjust: none;
      }
      .ring,
      .overview .selection {
        stroke: Highlight;
      }
      .label,
      .axis text,
      .lane-label,
      .badge text {
        fill: CanvasText;
        stroke: Canvas;
      }
      .badge text {
        fill: Canvas;
      }
    }
`;
