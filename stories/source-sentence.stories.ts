import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { TimelineEvent } from '@event-timeline/data';
import { articleLine, highlightedSentence, renderTimeline, seedDataset, selectedEvent, timelineArgTypes, type TimelineArgs } from './support.js';

/** Everything in the panel goes through Lit text bindings: sentences come from web articles. */
function panel(event: TimelineEvent | undefined) {
  if (!event) return html`<p class="story-muted">Select an event on the timeline (click it, or Tab to it and press Enter).</p>`;
  return html`
    <h2>${event.title}</h2>
    <p class="story-muted">
      ${event.time.text ? html`“${event.time.text}” → ` : ''}<code>${event.time.value}</code>
      · ${event.type}${event.place ? html` · ${event.place}` : ''}
    </p>
    ${[...event.mentions].sort((a, b) => Number(!a.timex) - Number(!b.timex)).map(
      (mention) => html`<figure class="story-mention">
        <blockquote>${highlightedSentence(mention)}</blockquote>
        <figcaption>${articleLine(seedDataset, mention)}</figcaption>
      </figure>`,
    )}
  `;
}

function onSelect(e: Event) {
  const target = (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>('.story-source');
  if (target) render(panel(selectedEvent(e)), target);
}

const meta = {
  title: 'Showcase/Source sentence on select',
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: { events: seedDataset },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * A page that listens to `timeline-select` and shows where the chosen event was read: every
 * sentence that reports it (those holding the date expression first, with it highlighted), and the
 * article each came from.
 */
export const SourceSentence: Story = {
  name: 'Show the source sentence',
  render: (args) => html`
    <div class="story-split">
      <div @timeline-select=${onSelect}>${renderTimeline(args)}</div>
      <section
        class="story-source"
        aria-live="polite"
        aria-label="Source of the selected event"
        ${ref((section) => section && render(panel(undefined), section as HTMLElement))}
      ></section>
    </div>
  `,
};
