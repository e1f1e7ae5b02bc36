import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { precisionEvents } from './precision-events.js';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support.js';

const meta = {
  title: 'Showcase/Precision and uncertainty',
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: { events: precisionEvents, 'group-by': 'none' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * A day is a point; a range is a bar; a week, month, quarter or year is a span with soft edges, and
 * early/late/approximate shift and soften it further, so no date looks more precise than the text says.
 */
export const AllPrecisions: Story = {
  name: 'Day, week, month, quarter, year, early/late, ranges',
  render: (args) => html`
    ${renderTimeline(args)}
    <table class="story-legend">
      <caption>What each mark says</caption>
      <thead><tr><th scope="col">Title</th><th scope="col">As written</th><th scope="col">TIMEX3</th><th scope="col">Interval (UTC)</th></tr></thead>
      <tbody>
        ${precisionEvents.map(
          (e) => html`<tr>
            <td>${e.title}</td>
            <td>${e.time.text ?? ''}</td>
            <td><code>${e.time.value}${e.time.mod ? ` (${e.time.mod})` : ''}</code></td>
            <td>${e.time.start} → ${e.time.end}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `,
};

/** The same events, with the initial window set by the `start` and `end` attributes. */
export const ZoomedToSummer: Story = {
  name: 'Zoomed to summer 2017 (start/end attributes)',
  args: { start: '2017-05-15', end: '2017-10-15' },
};
