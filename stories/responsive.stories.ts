import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { renderTimeline, seedDataset, timelineArgTypes, type TimelineArgs } from './support.js';

const meta = {
  title: 'Responsive',
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: { events: seedDataset },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * The seed timeline on a 360 px wide phone: the axis thins its ticks, labels hide before they
 * overlap, and touch pans and pinch-zooms. The frame is 360 px wide in the canvas and in the
 * "Phone 360" viewport of the toolbar.
 */
export const Phone360: Story = {
  name: 'Phone (360 px)',
  globals: { viewport: { value: 'phone360', isRotated: false } },
  parameters: { layout: 'fullscreen' },
  render: (args) => html`<div class="story-phone">${renderTimeline(args)}</div>`,
};

/** The same at 360 px with one lane per type. */
export const Phone360ByType: Story = {
  name: 'Phone (360 px), grouped by type',
  globals: { viewport: { value: 'phone360', isRotated: false } },
  parameters: { layout: 'fullscreen' },
  args: { 'group-by': 'type' },
  render: (args) => html`<div class="story-phone">${renderTimeline(args)}</div>`,
};
