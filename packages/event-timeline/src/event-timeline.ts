import { LitElement, css, html, svg, nothing } from 'lit';
import { scaleUtc } from 'd3-scale';
import { parseIsoDate, validateEvent, type TimelineEvent } from '@event-timeline/data';

const isServer = typeof HTMLElement === 'undefined';
// Lets `import '@event-timeline/component'` run in Node (SSR, tests) without a DOM.
const Base = (isServer ? class {} : LitElement) as typeof LitElement;

/**
 * Draws dated events on a zoomable UTC time axis.
 *
 * @summary A timeline of dated events.
 * @csspart axis - The time axis.
 * @csspart event - One event mark.
 * @cssproperty [--event-timeline-mark-color=#2563eb] - Colour of event marks.
 */
export class EventTimeline extends Base {
  static override styles = css`
    :host {
      display: block;
      font: 12px/1.4 system-ui, sans-serif;
      color: var(--event-timeline-text-color, #1f2937);
    }
    svg {
      display: block;
      width: 100%;
    }
    .mark {
      fill: var(--event-timeline-mark-color, #2563eb);
    }
    .tick line {
      stroke: currentColor;
      opacity: 0.3;
    }
  `;

  /** The events to draw: `TimelineEvent`s of the data package. */
  static override properties = { events: { attribute: false } };
  declare events: TimelineEvent[];

  constructor() {
    super();
    this.events = [];
  }

  override render() {
    const valid = this.events.filter((event) => validateEvent(event).ok);
    if (valid.length === 0) return html`<p part="empty">No events</p>`;
    const width = 800;
    const times = valid.map((e) => parseIsoDate(e.time.start)!);
    const x = scaleUtc()
      .domain([Math.min(...times), Math.max(...times)])
      .range([20, width - 20])
      .nice();
    const ticks = x.ticks(6);
    const format = x.tickFormat(6);
    return html`<svg viewBox="0 0 ${width} 80" role="img" aria-label="Timeline of ${valid.length} events">
      <g part="axis">
        ${ticks.map((t) => svg`<g class="tick" transform="translate(${x(t)},50)"><line y2="6"></line><text y="20" text-anchor="middle">${format(t)}</text></g>`)}
      </g>
      ${valid.map(
        (e, i) => svg`<circle part="event" class="mark" cx=${x(times[i])} cy="30" r="5"><title>${e.title}</title></circle>`,
      )}
      ${nothing}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
