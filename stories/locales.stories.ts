import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTimeline, seedDataset, timelineArgTypes, type TimelineArgs } from './support.js';

/** The axis labels, the date formats of the tooltip and detail panel follow the `locale` attribute. */
const meta = {
  title: 'Locales',
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: { events: seedDataset },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** `locale="de"`: German month and weekday names. */
export const German: Story = { name: 'Deutsch (de)', args: { locale: 'de' } };

/** `locale="fr"`: French month names. */
export const French: Story = { name: 'Français (fr)', args: { locale: 'fr' } };

/** `locale="ru"`: Russian month names in the right grammatical case. */
export const Russian: Story = { name: 'Русский (ru)', args: { locale: 'ru' } };
