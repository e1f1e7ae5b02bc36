import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { syntheticEvents } from './synthetic.js';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support.js';

// Generated once per count and reused, so changing a control does not regenerate 100,000 events.
const cache = new Map<number, ReturnType<typeof syntheticEvents>>();
const events = (count: number) => {
  if (!cache.has(count)) cache.set(count, syntheticEvents(count, { seed: 2017 }));
  return cache.get(count)!;
};

const meta = {
  title: 'Scale',
  component: 'event-timeline',
  // The events are generated in render, not passed as args: a 100,000-item array in the controls
  // panel would be serialised on every change.
  render: (args, context) => renderTimeline({ ...args, events: events(context.parameters.count as number) }),
  argTypes: { ...timelineArgTypes, events: { control: false, table: { disable: true } } },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * 10,000 synthetic events over twenty years (seeded, so always the same ones): dense areas
 * cluster into count badges that split as you zoom in.
 */
export const TenThousand: Story = { name: '10,000 events', parameters: { count: 10_000 } };

/** 100,000 synthetic events: drawn on canvas, with hit-testing for hover and click. */
export const HundredThousand: Story = { name: '100,000 events', parameters: { count: 100_000 } };

/** 10,000 events in one lane per type. */
export const TenThousandByType: Story = { name: '10,000 events grouped by type', parameters: { count: 10_000 }, args: { 'group-by': 'type' } };
