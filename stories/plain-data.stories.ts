import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTimeline, timelineArgTypes, type TimelineArgs } from './support.js';

/** `n` events over `years` from 1720 with titles and dates only (seeded: always the same ones). */
function plain(n: number, years: number, types?: string[]): { title: string; start: string; type?: string }[] {
  let seed = 11;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => ({
    title: `${types ? types[i % types.length] : 'Harbour record'} ${i + 1}`,
    start: new Date(Date.UTC(1720, 0, 1) + rand() * years * 365.25 * 86_400_000).toISOString().slice(0, 10),
    ...(types ? { type: types[i % types.length] } : {}),
  }));
}

const meta = {
  title: 'Plain data',
  component: 'event-timeline',
  render: (args) => renderTimeline(args),
  argTypes: timelineArgTypes,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * 2,000 events with a title and a date only, over 300 years: one unnamed lane in a series colour
 * (not a grey "Other"), and some labels at the whole range on the lane's first row.
 */
export const Untyped: Story = { name: '2,000 untyped events over 300 years', args: { events: plain(2000, 300) } };

/** Types of the page's own, not the schema's: each gets a series colour of its own, in lanes and toggles alike. */
export const OwnTypes: Story = { name: 'Types of your own', args: { events: plain(120, 4, ['release', 'conference', 'hire', 'outage']) } };
