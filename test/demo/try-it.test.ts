// The demo's "Try it yourself" panel in headless Chromium, used as a visitor would: paste an
// article or a page, see its events drawn, download the exports. The extraction runs in the page's
// Web Worker on the data package's browser build (packages/event-data/dist/browser/).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { chromiumPath } from '../stories/chromium.js';
import { serve, type Served } from '../../scripts/serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILT = ['packages/event-timeline/dist/event-timeline.bundle.js', 'packages/event-data/dist/browser/event-data.js'].map((f) => join(ROOT, f));

const ARTICLE = 'Tillerson and Lavrov meet in New York\n\nRex Tillerson and Sergei Lavrov met on Sunday night in New York to discuss Syria.';
const PAGE = `<!doctype html><html lang="en"><head><title>Talks in Geneva</title>
<meta property="article:published_time" content="2018-03-05T09:00:00Z">
<script>window.ran = 'script'</script></head>
<body><nav><a href="/">Home</a> <a href="javascript:window.ran='link'">World</a></nav>
<article><h1>Talks in Geneva</h1>
<p onmouseover="window.ran='handler'">Russian and American diplomats met in Geneva on Friday to discuss the war in Syria, officials said.</p>
<p>The two delegations agreed to meet again next month, according to a statement released after the talks.</p>
<img src="x" onerror="window.ran='image'"></article></body></html>`;

/** Pastes `text`, sets the date (when given) and presses "Add to the timeline"; resolves with the status line once it is final. */
async function paste(page: Page, text: string, published = '') {
  await page.fill('#try-text', text);
  await page.fill('#try-date', published);
  await page.click('button.try-button');
  await page.waitForFunction(() => !/Reading|^$/.test(document.getElementById('try-status')!.textContent ?? ''), undefined, { timeout: 60_000 });
  return page.textContent('#try-status');
}

describe('demo page: Try it yourself', function () {
  this.timeout(600_000);
  let served: Served;
  let browser: Browser;
  let base: string;

  before(async function () {
    const executablePath = chromiumPath();
    if (!BUILT.every((f) => existsSync(f))) {
      const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
    }
    served = await serve({ port: 0 });
    base = `http://127.0.0.1:${(served.server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => (served ? served.server.close(r) : r(undefined)));
  });

  /** A fresh page; every request it makes is listed, every console error and uncaught exception kept. */
  async function open() {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await page.goto(base);
    return { page, errors, requests };
  }

  it('draws the events of a pasted article, in a worker, sending nothing anywhere', async () => {
    const { page, errors, requests } = await open();
    expect(await page.isHidden('#try-timeline')).to.equal(true);
    expect(await paste(page, ARTICLE, '2017-09-18')).to.match(/^[1-9]\d* events? from 1 article\.$/);
    await page.waitForFunction(() => (document.getElementById('try-timeline')!.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0);
    expect(await page.textContent('#try-articles li')).to.contain('Tillerson and Lavrov meet in New York');
    expect(await page.textContent('#try-articles li')).to.match(/2017-09-18 · [1-9]\d* events?/);
    const list = await page.evaluate(() => document.getElementById('try-timeline')!.shadowRoot!.querySelector('[part="list"]')!.textContent);
    expect(list).to.match(/Sep(tember)? 17, 2017/); // "Sunday night" before the 18th
    expect(requests.filter((r) => /\/try-it-worker\.js$/.test(r))).to.have.length(1);
    expect(requests.filter((r) => !r.startsWith(`GET ${base}`)), 'every request stays on the demo site and reads only').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    await page.close();
  });

  it("reads a pasted page's article and date from its HTML, and runs none of its scripts", async () => {
    const { page, errors } = await open();
    expect(await paste(page, PAGE)).to.match(/^[1-9]\d* events? from 1 article\.$/);
    expect(await page.textContent('#try-articles li')).to.contain('Talks in Geneva');
    expect(await page.textContent('#try-articles li')).to.contain('2018-03-05');
    expect(await page.evaluate(() => (window as { ran?: string }).ran)).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    await page.close();
  });

  it('says why an article without a date is not read, and reads it once a date is set', async () => {
    const { page } = await open();
    expect(await paste(page, ARTICLE)).to.equal('None of your articles could be read: see why above.');
    expect(await page.textContent('#try-articles li .error')).to.contain('no publication date');
    expect(await page.inputValue('#try-text')).to.equal(ARTICLE); // kept, to add again
    expect(await paste(page, ARTICLE, '2017-09-18')).to.match(/from 1 article\.$/);
    expect(await page.locator('#try-articles li').count()).to.equal(2);
    await page.locator('#try-articles li').first().getByRole('button', { name: /Remove/ }).click();
    expect(await page.locator('#try-articles li').count()).to.equal(1);
    await page.close();
  });

  it("shows the visitor's articles with the seed set, and downloads the dataset, CSV, TimelineJS and iCalendar", async () => {
    const { page, errors } = await open();
    await paste(page, ARTICLE, '2017-09-18');
    const alone = Number((await page.textContent('#try-status'))!.match(/^(\d+)/)![1]);
    await page.selectOption('#try-show', 'with-seed');
    await page.waitForFunction(() => /from 6 articles\.$/.test(document.getElementById('try-status')!.textContent ?? ''), undefined, { timeout: 60_000 });
    const together = Number((await page.textContent('#try-status'))!.match(/^(\d+)/)![1]);
    expect(together).to.be.greaterThan(alone);

    const files: Record<string, string> = {};
    for (const format of ['json', 'csv', 'timelinejs', 'ics']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`.try-downloads button[data-format="${format}"]`)]);
      files[download.suggestedFilename()] = readFileSync((await download.path())!, 'utf8');
    }
    const dataset = JSON.parse(files['events.json']);
    expect(dataset.events).to.have.length(together);
    expect(dataset.articles.map((a: { id: string }) => a.id)).to.include('pasted-text');
    expect(files['events.csv'].startsWith('\uFEFFid,title,type,date,start,end')).to.equal(true);
    expect(files['events.csv'].trim().split('\r\n').length).to.be.greaterThan(together); // header + rows; cells may hold line breaks
    expect(JSON.parse(files['events.timelinejs.json']).events).to.have.length(together);
    expect(files['events.ics']).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(files['events.ics'].match(/BEGIN:VEVENT/g)).to.have.length(together);
    expect(errors).to.deep.equal([]);
    await page.close();
  });
});
