import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { precisionEvents } from './precision-events.js';
import { renderTimeline, seedDataset, timelineArgTypes, type TimelineArgs } from './support.js';

/** A URL whose request this story holds open, so the loading state stays on screen. */
const PENDING_URL = '/__stories__/pending/events.json';
/** A URL the server answers with 404. */
const MISSING_URL = '/__stories__/missing/events.json';

let fetchPatched = false;
/** Wraps window.fetch once so that requests for PENDING_URL never settle (until aborted). */
function holdPendingRequests() {
  if (fetchPatched) return;
  fetchPatched = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (url.pathname !== PENDING_URL) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
  };
}

const meta = {
  title: 'States',
  component: 'event-timeline',
  render: renderTimeline,
  argTypes: timelineArgTypes,
} satisfies Meta<TimelineArgs>;
export default meta;
type Story = StoryObj<TimelineArgs>;

/** No events at all: the element says so instead of drawing an empty axis. */
export const Empty: Story = { args: { events: [] } };

/**
 * Three valid events and five broken ones: the broken ones are skipped, counted in one console
 * warning with the reasons and noted on screen; the rest still draws. Titles holding HTML are shown
 * as text and nothing in them runs.
 */
export const InvalidInput: Story = {
  name: 'Invalid input',
  args: {
    events: [
      precisionEvents[0],
      { ...precisionEvents[3], id: 'html-title', title: '<img src=x onerror="alert(1)"> shown as text, <script>alert(2)</script>' },
      precisionEvents[5],
      { ...precisionEvents[0], id: 'no-title', title: '' },
      { ...precisionEvents[0], id: 'bad-date', time: { ...precisionEvents[0].time, start: '2017-13-45' } },
      { ...precisionEvents[0], id: 'end-before-start', time: { ...precisionEvents[0].time, start: '2017-05-02', end: '2017-05-01' } },
      { ...precisionEvents[0], id: 'unknown-type', type: 'party' },
      { title: 'Minimal event without a start' },
    ],
  },
};

/** `src` pointing at a dataset URL: the element fetches and draws it. */
export const SrcLoaded: Story = {
  name: 'src: loaded from a URL',
  args: {
    src: URL.createObjectURL(new Blob([JSON.stringify(seedDataset)], { type: 'application/json' })),
    events: undefined,
  },
};

/** `src` whose response has not arrived yet: the element shows its loading state. */
export const SrcLoading: Story = {
  name: 'src: loading',
  args: { src: PENDING_URL, events: undefined },
  decorators: [
    (story) => {
      holdPendingRequests();
      return story();
    },
  ],
};

/** `src` that answers 404: the element shows an error naming the URL and the status. */
export const SrcFailing: Story = {
  name: 'src: failing (404)',
  // The browser itself logs the failed request as a console error; the story test allows exactly that.
  tags: ['expect-load-error'],
  args: { src: MISSING_URL, events: undefined },
};
