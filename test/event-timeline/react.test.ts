// `@event-timeline/component/react` rendered by react-dom in headless Chromium. React is
// CommonJS, so the page is bundled by esbuild as a React user's bundler would (see
// bundled-page.ts), and the test runs under mocha like the demo test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { BundledPages } from './bundled-page.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A React app: a timeline of two events, paragraphs naming the selected one and the filter, a button that swaps the events. */
const APP = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { EventTimeline } from '@event-timeline/component/react';

const first = [
  { id: 'summit', title: 'Summit in Helsinki', start: '2018-07-16' },
  { id: 'sanctions', title: 'New sanctions announced', start: '2018-08-08' },
];
const second = [{ id: 'talks', title: 'Talks resume in Geneva', start: '2018-09-03' }];

function App() {
  const [events, setEvents] = useState(first);
  const [selected, setSelected] = useState('nothing');
  const [ranges, setRanges] = useState(0);
  const [filter, setFilter] = useState('none');
  return (
    <>
      <EventTimeline
        events={events}
        groupBy="none"
        label="React timeline"
        style={{ width: '800px' }}
        onTimelineSelect={(e) => setSelected(e.detail.event.title)}
        onTimelineRangeChange={(e) => setRanges((n) => n + (e.detail.end > e.detail.start ? 1 : 0))}
        onTimelineFilterChange={(e) => setFilter(e.detail.search + '|' + e.detail.hiddenLanes.join(','))}
      />
      <p id="selected">{selected}</p>
      <p id="ranges">{ranges}</p>
      <p id="filter">{filter}</p>
      <button id="swap" onClick={() => setEvents(second)}>Other events</button>
    </>
  );
}
createRoot(document.getElementById('root')).render(<App />);
`;

const marks = (page: Page) => page.locator('event-timeline [part~="event"]');

async function drawn(page: Page, count: number) {
  await page.waitForFunction((n) => document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length === n, count, { timeout: 20_000 });
}

describe('@event-timeline/component/react', function () {
  this.timeout(120_000);
  const pages = new BundledPages();
  before(() => pages.start());
  after(() => pages.stop());
  afterEach(() => expect(pages.errors.splice(0)).to.deep.equal([]));

  it('passes `events` as a property (the array itself, no attribute) and the element draws them', async () => {
    const page = await pages.open(APP);
    await drawn(page, 2);
    const seen = await page.evaluate(() => {
      const el = document.querySelector('event-timeline') as HTMLElement & { events: { title: string }[]; groupBy: string; label: string };
      return { titles: el.events.map((e) => e.title), attribute: el.getAttribute('events'), groupBy: el.groupBy, label: el.label };
    });
    expect(seen).to.deep.equal({ titles: ['Summit in Helsinki', 'New sanctions announced'], attribute: null, groupBy: 'none', label: 'React timeline' });
    await page.close();
  });

  it('calls onTimelineSelect with the selected event when the user clicks a mark', async () => {
    const page = await pages.open(APP);
    await drawn(page, 2);
    await marks(page).first().click();
    await page.waitForFunction(() => document.getElementById('selected')!.textContent !== 'nothing');
    expect(await page.textContent('#selected')).to.equal('Summit in Helsinki');
    await page.close();
  });

  it('calls onTimelineRangeChange when the user zooms, and redraws when React gives new events', async () => {
    const page = await pages.open(APP);
    await drawn(page, 2);
    await page.locator('event-timeline').getByRole('button', { name: /zoom in/i }).click();
    await page.waitForFunction(() => document.getElementById('ranges')!.textContent !== '0');
    await page.click('#swap');
    await drawn(page, 1);
    expect(await page.locator('event-timeline [part~="label"]').allTextContents()).to.deep.equal(['Talks resume in Geneva']);
    await page.close();
  });

  it('calls onTimelineFilterChange with the search when the user types in the search field, so an app can keep it in its URL', async () => {
    const page = await pages.open(APP);
    await drawn(page, 2);
    await page.locator('event-timeline [part~="search"]').fill('helsinki');
    await page.waitForFunction(() => document.getElementById('filter')!.textContent !== 'none');
    expect(await page.textContent('#filter')).to.equal('helsinki|');
    await drawn(page, 1);
    await page.close();
  });

  it('works from the built package (dist/react.js, react and @lit/react left to the app)', async function () {
    this.timeout(600_000);
    // Built here when missing, as the demo test does (CI runs the tests before `npm run build`).
    if (!existsSync(resolve(ROOT, 'packages/event-timeline/dist/react.js'))) {
      const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
    }
    const page = await pages.open(APP, { from: 'dist' });
    await drawn(page, 2);
    await marks(page).nth(1).click();
    await page.waitForFunction(() => document.getElementById('selected')!.textContent !== 'nothing');
    expect(await page.textContent('#selected')).to.equal('New sanctions announced');
    await page.close();
  });
});
