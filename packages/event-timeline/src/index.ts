import { EventTimeline } from './event-timeline.js';

export { EventTimeline };
export {
  TimelineSelectEvent,
  TimelineRangeChangeEvent,
  TimelineFilterChangeEvent,
  type TimelineSelectDetail,
  type TimelineRangeChangeDetail,
  type TimelineFilterChangeDetail,
} from './events.js';
export type { Messages } from './i18n/messages.js';
export type { SimpleEvent, TimelineInputEvent } from './model/types.js';
export type { GroupBy } from './model/lanes.js';

if (typeof customElements !== 'undefined' && !customElements.get('event-timeline')) {
  customElements.define('event-timeline', EventTimeline);
}
