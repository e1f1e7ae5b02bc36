import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { TimelineEvent } from '@event-timeline/data';
import { highlightedSentence, seedDataset, selectedEvent, timelineArgTypes, type TimelineArgs } from './support.js';

/** A compact card in place of the built-in panel: the title, the date as written and the first dated sentence. */
function card(event: TimelineEvent | undefined) {
  if (!event) return html`<p class="story-muted">Your own panel goes here. Select an event to fill it.</p>`;
  const mention = event.mentions.find((m) => m.timex) ?? event.mentions[0];
  return html`
    <strong>${event.title}</strong>
    <span class="story-muted"> · ${event.time.text ?? event.time.value} · ${event.mentions.length} report${event.mentions.length === 1 ? '' : 's'}</span>
    <p>${highlightedSentence(mention)}</p>
  `;
}

const meta = {
  title: 'Showcase/Custom detail panel (slot)',
  component: 'event-timeline',
  argTypes: timelineArgTypes,
  args: { events: seedDataset },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * Anything in the `detail` slot replaces the built-in detail panel. The page listens to
 * `timeline-select` and renders its own card into the slotted element.
 */
export const DetailSlot: Story = {
  name: 'Replace the detail panel through the slot',
  render: (args) => html`
    <event-timeline
      .events=${args.events}
      group-by=${args['group-by'] ?? 'type'}
      locale=${args.locale ?? 'en'}
      @timeline-select=${(e: Event) => {
        const slotted = (e.currentTarget as HTMLElement).querySelector<HTMLElement>('.story-slot-card');
        if (slotted) render(card(selectedEvent(e)), slotted);
      }}
    >
      <div slot="detail" class="story-slot-card" ${ref((el) => el && render(card(undefined), el as HTMLElement))}></div>
    </event-timeline>
  `,
};
