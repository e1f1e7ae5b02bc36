import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { renderTimeline, seedDataset, selectedEvent, timelineArgTypes, type TimelineArgs } from './support.js';

const KEYS: [string, string][] = [
  ['Tab', 'moves through the zoom buttons into the plot, then on to the detail panel and the event list.'],
  ['← → (or ↑ ↓)', 'moves to the previous or next event in time order, across lanes.'],
  ['Enter or Space', 'selects the focused event and opens its detail panel.'],
  ['+ / −', 'zooms in or out around the focused event.'],
  ['Shift + ← / →', 'pans by a fifth of the window; Page Up / Page Down by a whole window.'],
  ['Home / End', 'jumps to the first or last event.'],
  ['0', 'resets the zoom to show everything.'],
  ['Escape', 'closes the detail panel, or resets the zoom when none is open.'],
];

/** Writes what the element reports into the log beside it, as text. */
function logEvent(e: Event) {
  const log = (e.currentTarget as HTMLElement).closest('.story-walkthrough')?.querySelector('.story-log');
  if (!log) return;
  const detail = (e as CustomEvent<{ start?: Date | string; end?: Date | string }>).detail;
  const line =
    e.type === 'timeline-select'
      ? `timeline-select: ${selectedEvent(e)?.title ?? '(none)'}`
      : `timeline-range-change: ${String(detail?.start)} → ${String(detail?.end)}`;
  const entries = [...log.querySelectorAll('li')].map((li) => li.textContent ?? '').slice(-5);
  render(html`${[...entries, line].map((text) => html`<li>${text}</li>`)}`, log as HTMLElement);
}

const meta = {
  title: 'Accessibility',
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
  args: { events: seedDataset },
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/**
 * Try the timeline without a mouse, then with a screen reader (NVDA, JAWS, VoiceOver or Orca).
 * The log on the right shows the events the element fires as you go.
 */
export const KeyboardAndScreenReader: Story = {
  name: 'Keyboard and screen-reader walkthrough',
  parameters: { layout: 'fullscreen' },
  render: (args) => html`
    <div class="story-walkthrough">
      <div class="story-walkthrough__timeline" @timeline-select=${logEvent} @timeline-range-change=${logEvent}>
        ${renderTimeline(args)}
      </div>
      <aside class="story-walkthrough__notes" aria-label="Walkthrough">
        <h2>Keyboard</h2>
        <p>Click the page background and press <kbd>Tab</kbd> to move through the zoom buttons into the plot.</p>
        <dl class="story-keys">
          ${KEYS.map(([key, what]) => html`<dt><kbd>${key}</kbd></dt><dd>${what}</dd>`)}
        </dl>
        <p>The focused event always has a visible focus ring, also in forced-colors (high contrast) mode.</p>
        <h2>Screen reader</h2>
        <ol>
          <li>The timeline is announced with its label and the number of events.</li>
          <li>Each event is read with its title, its date as written and its type.</li>
          <li>After zooming or panning, a polite live region announces the visible range.</li>
          <li>A chronological list of every event follows the chart: the same content without the visual.</li>
        </ol>
        <p>With <code>prefers-reduced-motion</code> set, zooming jumps instead of animating.</p>
        <h2>Events fired</h2>
        <ol class="story-log" aria-live="polite"></ol>
      </aside>
    </div>
  `,
};
