import { EventTimeline } from './event-timeline.js';

export { EventTimeline };
export { TimelineSelectEvent, TimelineRangeChangeEvent, type TimelineSelectDetail, type TimelineRangeChangeDetail } from './events.js';
export type { SimpleEvent, TimelineInputEvent } from './model/types.js';
export type { GroupBy } from './model/lanes.js';

if (typeof customElements !== 'undefined' && !customElements.get('event-timeline')) {
  customElements.define('event-timeline', EventTimeline);
}
