import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderTimeline, seedDataset, timelineArgTypes, type TimelineArgs } from './support.js';

const meta = {
  title: 'Theming',
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: { events: seedDataset, 'group-by': 'type' },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** `theme="dark"`; without the attribute the element follows `prefers-color-scheme`. */
export const Dark: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  render: (args) => html`<div class="story-dark-surface">${renderTimeline(args)}</div>`,
};

/**
 * A "newsprint" theme made only of `--event-timeline-*` custom properties: no `::part()` rules and
 * no access to the shadow DOM. Every value is also a control in the panel below.
 */
export const CustomProperties: Story = {
  name: 'Custom theme (custom properties only)',
  args: {
    '--event-timeline-font': '13px/1.45 Georgia, "Times New Roman", serif',
    '--event-timeline-radius': '2px',
    '--event-timeline-background': '#fbf7ef',
    '--event-timeline-text-color': '#2b2118',
    '--event-timeline-muted-color': '#7a6a58',
    '--event-timeline-border-color': '#d9ccb6',
    '--event-timeline-grid-color': 'rgba(122, 106, 88, 0.2)',
    '--event-timeline-lane-background': 'rgba(180, 69, 31, 0.04)',
    '--event-timeline-panel-background': '#f4eddf',
    '--event-timeline-accent-color': '#b4451f',
    '--event-timeline-badge-background': '#2b2118',
    '--event-timeline-badge-color': '#fbf7ef',
    '--event-timeline-color-meeting': '#1f5f8b',
    '--event-timeline-color-statement': '#8a6d1d',
    '--event-timeline-color-sanction': '#a4262c',
    '--event-timeline-color-vote': '#4b6b2f',
    '--event-timeline-color-visit': '#6d4c8a',
    '--event-timeline-mark-color': '#6b5b4b',
  },
};
