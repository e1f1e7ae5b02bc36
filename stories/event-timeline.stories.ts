import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@event-timeline/component';
import type { TimelineEvent } from '@event-timeline/data';

const events: TimelineEvent[] = [
  {
    id: 'a',
    title: 'Tillerson and Lavrov meet in Moscow',
    type: 'meeting',
    time: { value: '2017-04-12', start: '2017-04-12', end: '2017-04-13', granularity: 'day', anchor: 'relative', text: 'today' },
    actors: [],
    mentions: [{ articleId: 'x', sentence: 'Tillerson and Lavrov met in Moscow today.', start: 0, end: 41 }],
    confidence: 0.9,
  },
  {
    id: 'b',
    title: 'Lavrov and Tillerson meet in New York',
    type: 'meeting',
    time: { value: '2017-09-17TNI', start: '2017-09-17T18:00', end: '2017-09-18', granularity: 'part-of-day', anchor: 'relative', text: 'Sunday night' },
    actors: [],
    mentions: [{ articleId: 'y', sentence: 'The two met on Sunday night.', start: 0, end: 28 }],
    confidence: 0.8,
  },
];

const meta: Meta = {
  title: 'Event timeline',
  component: 'event-timeline',
  render: (args) => html`<event-timeline .events=${args.events}></event-timeline>`,
  args: { events },
};
export default meta;

export const Basic: StoryObj = {};
