import type { TimelineInputEvent } from './model/types.js';

/** Detail of `timeline-select`: the event as it was given to the element. */
export interface TimelineSelectDetail {
  event: TimelineInputEvent;
}

/** Detail of `timeline-range-change`: the visible window, UTC instants. */
export interface TimelineRangeChangeDetail {
  start: Date;
  end: Date;
}

const init = { bubbles: true, composed: true } as const;
// Node 18 has no CustomEvent: keep the module importable without a DOM.
const Base = (typeof CustomEvent === 'undefined' ? class {} : CustomEvent) as typeof CustomEvent;

/** Detail of `timeline-filter-change`: what the user narrowed the events to. */
export interface TimelineFilterChangeDetail {
  /** The search field's text. */
  search: string;
  /** Keys of the lanes the user hid (types, actors or publishers, as grouped). */
  hiddenLanes: string[];
}

/** Fired when the user changes the search or hides or shows a lane. Never fired by code: a page can keep the state in its URL. */
export class TimelineFilterChangeEvent extends Base<TimelineFilterChangeDetail> {
  constructor(detail: TimelineFilterChangeDetail) {
    super('timeline-filter-change', { ...init, detail });
  }
}

/** Fired when the user selects an event (click, tap, Enter or Space). Never fired by code. */
export class TimelineSelectEvent extends Base<TimelineSelectDetail> {
  constructor(detail: TimelineSelectDetail) {
    super('timeline-select', { ...init, detail });
  }
}

/** Fired when the user zooms or pans (wheel, drag, pinch, keys, buttons, overview brush). Never fired by code. */
export class TimelineRangeChangeEvent extends Base<TimelineRangeChangeDetail> {
  constructor(detail: TimelineRangeChangeDetail) {
    super('timeline-range-change', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'timeline-filter-change': TimelineFilterChangeEvent;
    'timeline-select': TimelineSelectEvent;
    'timeline-range-change': TimelineRangeChangeEvent;
  }
  interface HTMLElementEventMap {
    'timeline-filter-change': TimelineFilterChangeEvent;
    'timeline-select': TimelineSelectEvent;
    'timeline-range-change': TimelineRangeChangeEvent;
  }
}

/** Dispatches one of the element's events (kept out of the class so the manifest lists events from `@fires` only). */
export const emit = (target: EventTarget, event: Event): boolean => target.dispatchEvent(event);
