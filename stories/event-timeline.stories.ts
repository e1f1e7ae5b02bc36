import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { methodsMarkdown } from '../.storybook/manifest.js';
import { renderTimeline, seedDataset, timelineArgTypes, type TimelineArgs } from './support.js';

/**
 * `<event-timeline>` draws dated events on a zoomable UTC time axis. Every attribute, property,
 * event, slot, CSS part and custom property below comes from the element's JSDoc
 * (custom-elements.json); the controls change the live element.
 */
const meta = {
  title: 'Event timeline',
  component: 'event-timeline',
  tags: ['autodocs'],
  decorators: [withActions],
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: { events: seedDataset },
  parameters: {
    actions: { handles: ['timeline-select', 'timeline-range-change'] },
    docs: {
      description: {
        component: [
          'A zoomable, accessible timeline of dated events. Give it a dataset (`events` property) or a URL (`src`), ' +
            'pick lanes with `group-by`, and theme it with `--event-timeline-*` custom properties and `::part()`.',
          '```html\n<script type="module" src="event-timeline.js"></script>\n<event-timeline src="events.json" group-by="type"></event-timeline>\n```',
          methodsMarkdown('event-timeline'),
        ].join('\n\n'),
      },
    },
  },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** The events extracted from the five seed articles (US–Russia diplomacy, 2017), as a whole dataset. */
export const SeedArticles: Story = { name: 'Seed articles' };

/** One lane per event type (meeting, statement, sanction …), each with its palette colour. */
export const GroupedByType: Story = { name: 'Grouped by type', args: { 'group-by': 'type' } };

/** One lane per actor: each event sits in the lane of its first actor. */
export const GroupedByActor: Story = { name: 'Grouped by actor', args: { 'group-by': 'actor' } };

/** Your own data needs no schema: `{ id?, title, start, end? }` with ISO strings or `Date`s. */
export const MinimalData: Story = {
  name: 'Minimal data (your own events)',
  args: {
    events: [
      { title: 'Project kick-off', start: '2024-01-08' },
      { title: 'Design review', start: '2024-02-14' },
      { title: 'Beta programme', start: '2024-03-01', end: '2024-04-15' },
      { title: 'Launch', start: new Date(Date.UTC(2024, 4, 21)) },
      { id: 'retro', title: 'Retrospective', start: '2024-06-03T14:00:00Z', end: '2024-06-03T16:00:00Z' },
    ],
  },
};
