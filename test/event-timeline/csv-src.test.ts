// `<event-timeline src="….csv">` in headless Chromium. papaparse is UMD, which the browser test
// runner cannot serve as a module, so the page is bundled by esbuild as a user's bundler would
// (the standalone bundle does the same through rollup.config.mjs) and driven with playwright-core.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { exportCsv } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';
import { BundledPages, type ServedFile } from './bundled-page.js';

const csv = (body: string, type = 'text/csv; charset=utf-8'): ServedFile => ({ body, type });

/** A page with one 800 px `<event-timeline src=…>`. */
const pageWith = (src: string) => `
import '@event-timeline/component';
const el = document.createElement('event-timeline');
el.style.width = '800px';
el.setAttribute('group-by', 'none');
el.setAttribute('src', ${JSON.stringify(src)});
document.body.append(el);
`;

/** What the element's chronological list (its accessible alternative) says, row by row, once it has `count` rows. */
async function listRows(page: Page, count: number): Promise<string[]> {
  await page.waitForFunction(
    (n) => document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('[part="list"] li').length === n,
    count,
    { timeout: 20_000 },
  );
  return page.evaluate(() => [...document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('[part="list"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
}

/** The element's state message once loading is over (under load the first text seen can still be "Loading events…"). */
const stateText = (page: Page) =>
  page
    .waitForFunction(
      () => {
        const text = document.querySelector('event-timeline')?.shadowRoot?.querySelector('[part~="state"]')?.textContent?.trim() || '';
        return /^Loading\b/.test(text) ? '' : text;
      },
      undefined,
      { timeout: 20_000 },
    )
    .then((h) => h.jsonValue());

describe('<event-timeline src> reads CSV', function () {
  this.timeout(120_000);
  const pages = new BundledPages();
  before(() => pages.start());
  after(() => pages.stop());
  afterEach(() => expect(pages.errors.splice(0)).to.deep.equal([]));

  it('reads title,start,end with a BOM, quoted commas and a line break in a cell, told by the content type', async () => {
    const body = '\uFEFFtitle,start,end\r\n"Summit, in Helsinki",2018-07-16,\r\n"Talks\r\nresume in ""Geneva""",2018-09-03,2018-09-05\r\n';
    const page = await pages.open(pageWith('/data/events'), { files: { '/data/events': csv(body) } });
    const rows = await listRows(page, 2);
    expect(rows[0]).to.contain('Summit, in Helsinki');
    expect(rows[1]).to.contain('Talks resume in "Geneva"');
    // 3–5 September inclusive: a range, drawn as a bar, not a point.
    expect(await page.locator('event-timeline [part~="span"]').count()).to.equal(1);
    await page.close();
  });

  it('tells CSV by the .csv name when the server says text/plain, and loads papaparse only then', async () => {
    // The scripts fetched that hold papaparse (its licence names it).
    const chunks = () => pages.requested.filter((path) => path.startsWith('/page/') && pages.textOf(path)?.includes('Papa Parse'));
    const json = await pages.open(pageWith('/events.json'), { files: { '/events.json': { body: JSON.stringify([{ title: 'Launch', start: '2024-05-21' }]), type: 'application/json' } } });
    expect(await listRows(json, 1)).to.have.length(1);
    expect(chunks(), 'a JSON src fetches no CSV parser').to.deep.equal([]);
    await json.close();

    const page = await pages.open(pageWith('/events.csv'), { files: { '/events.csv': csv('title,start\nLaunch,2024-05-21\n', 'text/plain') } });
    expect(await listRows(page, 1)).to.have.length(1);
    expect(chunks()).to.have.length(1);
    await page.close();
  });

  it('reads what `event-data export --format csv` writes: its dates, and formula-escaped cells as they were', async () => {
    const dataset = sampleDataset();
    dataset.events.push(sampleEvent({ id: 'ev-formula', title: '=HYPERLINK("http://example.com","click")', time: { value: '2017-06-01T10:00', start: '2017-06-01T10:00', end: '2017-06-01T11:00', granularity: 'minute', anchor: 'explicit' } }));
    const body = await exportCsv(dataset);
    expect(body).to.contain(`"'=HYPERLINK(`); // the export made it inert
    const page = await pages.open(pageWith('/export.csv'), { files: { '/export.csv': csv(body) } });
    const rows = await listRows(page, 3);
    expect(rows.join('\n')).to.contain('Tillerson and Lavrov meet in Moscow');
    expect(rows.join('\n')).to.contain('=HYPERLINK("http://example.com","click")');
    expect(rows.join('\n')).not.to.contain(`'=HYPERLINK`);
    const selected = await page.evaluate(async () => {
      const el = document.querySelector('event-timeline')!;
      const fired = new Promise<CustomEvent>((resolve) => el.addEventListener('timeline-select', (e) => resolve(e as CustomEvent), { once: true }));
      (el.shadowRoot!.querySelectorAll('[part="list"] li button')[2] as HTMLElement).click();
      return (await fired).detail.event;
    });
    // The month-long October event: the export's inclusive last day, read back as such.
    expect(selected).to.include({ id: 'ev-october', type: 'sanction', start: '2017-10-01', end: '2017-10-31', precision: 'month' });
    await page.close();
  });

  it('says which column is missing when a CSV has no start column', async () => {
    const page = await pages.open(pageWith('/people.csv'), { files: { '/people.csv': csv('name,date\nAda,2018-01-01\n') } });
    const text = await stateText(page);
    expect(text).to.contain('/people.csv');
    expect(text).to.contain('no "title" column');
    expect(text).to.contain('"name", "date"');
    await page.close();
  });

  it('skips a row with a bad date and draws the rest', async () => {
    const page = await pages.open(pageWith('/mixed.csv'), { files: { '/mixed.csv': csv('title,start\nGood,2018-01-01\nBad,someday\nAlso good,2018-02-01\n') } });
    const rows = await listRows(page, 2);
    expect(rows.map((r) => /Also good/.test(r) || /Good/.test(r))).to.deep.equal([true, true]);
    await page.close();
  });
});
