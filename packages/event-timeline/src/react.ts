/**
 * `@event-timeline/component/react`: `<event-timeline>` as a React component, made with
 * `@lit/react`. Props that the element declares (`events`, `src`, `groupBy`, `locale`, `start`,
 * `end`, `theme`, `label`, `canvasThreshold`, `headingLevel`, `search`, `hiddenLanes`, `messages`)
 * are set as properties, so `events` takes an array or a dataset object as it is, never a string;
 * the element's events are props: `onTimelineSelect`, `onTimelineRangeChange` and
 * `onTimelineFilterChange`.
 *
 * Importing this module defines `<event-timeline>` in browsers (it imports the package's entry);
 * in Node, for server rendering, it imports without a DOM and React renders the bare tag.
 *
 * @example
 * import { EventTimeline } from '@event-timeline/component/react';
 *
 * <EventTimeline
 *   events={dataset}
 *   groupBy="actor"
 *   onTimelineSelect={(e) => setSelected(e.detail.event)}
 * />
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { EventTimeline as EventTimelineElement } from './index.js';
import type { TimelineFilterChangeEvent, TimelineRangeChangeEvent, TimelineSelectEvent } from './events.js';

export type {
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
  TimelineFilterChangeEvent,
  TimelineSelectDetail,
  TimelineRangeChangeDetail,
  TimelineFilterChangeDetail,
  SimpleEvent,
  TimelineInputEvent,
  GroupBy,
} from './index.js';

/** The element's events as React props: the prop name, the DOM event it listens to and that event's type. */
const events = {
  /** The user selected an event (click, tap, Enter or Space): `e.detail.event` is the event as given. */
  onTimelineSelect: 'timeline-select' as EventName<TimelineSelectEvent>,
  /** The user zoomed or panned: `e.detail.start` and `e.detail.end` are the visible window (UTC). */
  onTimelineRangeChange: 'timeline-range-change' as EventName<TimelineRangeChangeEvent>,
  /**
   * The user typed in the search field or hid or showed a lane: `e.detail.search` and
   * `e.detail.hiddenLanes`, to keep in the page's URL and give back as `search` and `hiddenLanes`.
   */
  onTimelineFilterChange: 'timeline-filter-change' as EventName<TimelineFilterChangeEvent>,
};

/** The React component's props: the element's properties, `onTimelineSelect`, `onTimelineRangeChange`, `onTimelineFilterChange`, and any HTML attribute. */
export type EventTimelineProps = React.ComponentProps<typeof EventTimeline>;

/**
 * `<event-timeline>` for React. A `ref` gives the element itself (for `visibleRange`, say).
 * React 19 could set these properties on the bare tag too, but it would not type them nor map
 * the events to props: this component does both, and works the same on React 18.
 */
export const EventTimeline: ReactWebComponent<EventTimelineElement, typeof events> = createComponent({
  react: React,
  tagName: 'event-timeline',
  elementClass: EventTimelineElement,
  events,
  displayName: 'EventTimeline',
});
