// Smoke test of the demo page that `npm start` serves: the built bundle, the seed dataset and the
// source articles, in headless Chromium, used the way a visitor would use them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Dataset } from '@event-timeline/data';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { chromiumPath } from '../stories/chromium.js';
import { serve, type Served } from '../../scripts/serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE = join(ROOT, 'packages/event-timeline/dist/event-timeline.bundle.js');
const DATASET = process.env.EVENT_TIMELINE_DATASET ? resolve(ROOT, process.env.EVENT_TIMELINE_DATASET) : join(ROOT, 'data/events.json');

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** Opens a page that records console errors and uncaught exceptions. */
async function open(browser: Browser, url: string, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  await page.goto(url);
  return { page, errors };
}

/** Waits until the timeline has drawn its marks; returns how many. */
async function marksDrawn(page: Page) {
  await page.waitForFunction(() => (document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) > 0, undefined, {
    timeout: 20_000,
  });
  return page.evaluate(() => document.querySelector('event-timeline')!.shadowRoot!.querySelectorAll('[part~="event"]').length);
}

describe('demo page (npm start)', function () {
  // The before hook may run `npm run build` (about a minute on a busy 2-core machine).
  this.timeout(600_000);

  let served: Served;
  let browser: Browser;
  let base: string;
  let dataset: Dataset;

  before(async function () {
    const executablePath = chromiumPath();
    if (!existsSync(BUNDLE)) run('npm', ['run', '--silent', 'build']);
    if (!existsSync(DATASET)) run('node', ['scripts/extract.mjs']);
    dataset = JSON.parse(readFileSync(DATASET, 'utf8')) as Dataset;
    served = await serve({ port: 0 });
    base = `http://127.0.0.1:${(served.server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => (served ? served.server.close(r) : r(undefined)));
  });

  it('loads the built bundle, not the sources', async () => {
    const html = await (await fetch(base)).text();
    expect(html).to.match(/<script type="module" src="\/event-timeline\.js"><\/script>/);
    const js = await fetch(`${base}event-timeline.js`);
    expect(js.status).to.equal(200);
    expect(await js.text()).to.equal(readFileSync(BUNDLE, 'utf8'));
  });

  it('draws the seed events and says how many there are', async () => {
    const { page, errors } = await open(browser, base);
    const marks = await marksDrawn(page);
    expect(marks).to.be.greaterThan(0);
    await page.waitForFunction((n) => document.querySelector('[data-stat="events"]')?.textContent === String(n), dataset.events.length);
    expect(await page.textContent('h1')).to.match(/timeline/i);
    await page.close();
    expect(errors).to.deep.equal([]);
  });

  it('shows the source sentence, its date expression and trigger word, and the article when an event is clicked', async () => {
    const { page, errors } = await open(browser, base);
    await marksDrawn(page);
    await page.evaluate(() => {
      document.querySelector('event-timeline')!.addEventListener('timeline-select', (e) => {
        (window as unknown as { selectedId: string }).selectedId = (e as CustomEvent<{ event: { id: string } }>).detail.event.id;
      });
    });
    const box = await page.evaluate(() => {
      const r = document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part~="event"]')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await page.waitForSelector('#source-body .quote', { timeout: 10_000 });
    const id = await page.evaluate(() => (window as unknown as { selectedId?: string }).selectedId);
    const event = dataset.events.find((e) => e.id === id);
    expect(event, `the clicked event (${id}) is in the dataset`).to.not.equal(undefined);
    // The panel opens on the first report that holds the date expression.
    const mention = event!.mentions.find((m) => m.timex) ?? event!.mentions[0];

    expect(await page.textContent('#source-body .event-title')).to.equal(event!.title);
    expect(await page.textContent('#source-body .quote')).to.equal(mention.sentence);
    if (mention.timex) expect(await page.textContent('#source-body .quote mark.timex')).to.equal(mention.timex.text);
    const overlaps = mention.trigger && mention.timex && mention.trigger.start < mention.timex.end && mention.timex.start < mention.trigger.end;
    if (mention.trigger && !overlaps) expect(await page.textContent('#source-body .quote mark.trigger')).to.equal(mention.trigger.text);

    // The article is fetched from /articles/<id>.txt and the sentence is marked inside it.
    await page.waitForSelector('#source-body .article-text', { timeout: 10_000 });
    const article = readFileSync(join(ROOT, 'data/articles', `${mention.articleId}.txt`), 'utf8');
    // The extractor keeps sentences verbatim; a hand-made dataset given through the env may not.
    if (!process.env.EVENT_TIMELINE_DATASET || article.includes(mention.sentence)) {
      expect(await page.textContent('#source-body .article-text mark.sentence')).to.equal(mention.sentence);
    }
    await page.close();
    expect(errors).to.deep.equal([]);
  });

  it('fills the side panel when an event is selected with the keyboard', async () => {
    const { page, errors } = await open(browser, base);
    await marksDrawn(page);
    await page.evaluate(() => (document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part~="plot"]') as HTMLElement).focus());
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#source-body .quote', { timeout: 10_000 });
    const title = await page.textContent('#source-body .event-title');
    const quote = await page.textContent('#source-body .quote');
    await page.close();
    const event = dataset.events.find((e) => e.title === title);
    expect(event, `the panel names a dataset event, got ${title}`).to.not.equal(undefined);
    expect(event!.mentions.map((m) => m.sentence)).to.include(quote);
    expect(errors).to.deep.equal([]);
  });

  it('regroups the lanes from the toolbar', async () => {
    const { page, errors } = await open(browser, base);
    await marksDrawn(page);
    await page.selectOption('#group-by', 'actor');
    await page.waitForFunction(() => document.querySelector('event-timeline')!.getAttribute('group-by') === 'actor');
    const labels = await page.evaluate(async () => {
      const el = document.querySelector('event-timeline') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')].map((l) => l.textContent ?? '');
    });
    await page.close();
    const actors = new Set(dataset.events.flatMap((e) => e.actors.map((a) => a.name)));
    expect(labels.filter((label) => [...actors].some((name) => label.includes(name))).length, labels.join(' | ')).to.be.greaterThan(1);
    expect(errors).to.deep.equal([]);
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`has no accessibility violations (axe) at ${viewport.width} px, before and after selecting an event`, async () => {
      // axe-core comes with @open-wc/testing (chai-a11y-axe), which the component tests use too.
      const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      const { page, errors } = await open(browser, base, viewport);
      await marksDrawn(page);
      const audit = async () => {
        await page.addScriptTag({ content: axe });
        return page.evaluate(async () => {
          type Axe = { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
          const result = await (window as unknown as { axe: Axe }).axe.run(document);
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
        });
      };
      expect(await audit(), 'before selecting').to.deep.equal([]);
      await page.evaluate(() => (document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part~="plot"]') as HTMLElement).focus());
      await page.keyboard.press('Home');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#source-body .article-text', { timeout: 10_000 });
      expect(await audit(), 'with the source panel open').to.deep.equal([]);
      await page.close();
      expect(errors).to.deep.equal([]);
    });
  }

  it('fits a 390 px phone without sideways scrolling', async () => {
    const { page, errors } = await open(browser, base, { width: 390, height: 844 });
    await marksDrawn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    expect(overflow).to.equal(0);
    expect(errors).to.deep.equal([]);
  });

  it('works with the two-line embed snippet as shown on the page', async () => {
    const { page: demo } = await open(browser, base);
    const snippet = (await demo.textContent('#snippet'))!;
    await demo.close();
    const embed = readFileSync(join(ROOT, 'demo/embed.html'), 'utf8');
    for (const line of snippet.split('\n')) expect(embed, 'embed.html holds the snippet verbatim').to.include(line.trim());
    const { page, errors } = await open(browser, `${base}embed.html`);
    expect(await marksDrawn(page)).to.be.greaterThan(0);
    await page.close();
    expect(errors).to.deep.equal([]);
  });
});
