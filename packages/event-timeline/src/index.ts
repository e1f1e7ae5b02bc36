import { EventTimeline } from './event-timeline.js';

export { EventTimeline };

if (typeof customElements !== 'undefined' && !customElements.get('event-timeline')) {
  customElements.define('event-timeline', EventTimeline);
}
