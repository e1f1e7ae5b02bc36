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
    'timeline-select': TimelineSelectEvent;
    'timeline-range-change': TimelineRangeChangeEvent;
  }
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-range-change': TimelineRangeChangeEvent;
  }
}

/** Dispatches one of the element's events (kept out of the class so the manifest lists events from `@fires` only). */
export const emit = (target: EventTarget, event: Event): boolean => target.dispatchEvent(event);
