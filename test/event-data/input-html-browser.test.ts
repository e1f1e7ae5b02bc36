// The browser build of `@event-timeline/data/html` (DOMParser instead of linkedom), bundled the way
// an app's bundler would bundle it and run in headless Chromium: it must give the same article as
// Node for every saved page, pull in no linkedom, and run nothing of the pages it reads.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'chai';
import { build, type Metafile } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { articleFromHtml } from '@event-timeline/data/html';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { chromiumPath } from '../stories/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(import.meta.dirname, 'fixtures/html');
const PAGE_URLS: Record<string, string> = { 'url-date-only.html': 'https://eastfield-gazette.example/local/2019/04/15/council-library.html' };

describe('articleFromHtml in a browser (DOMParser)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let metafile: Metafile;

  before(async () => {
    const bundle = await build({
      stdin: { contents: "import { articleFromHtml } from '@event-timeline/data/html'; window.articleFromHtml = articleFromHtml;", resolveDir: ROOT, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      conditions: ['source'],
      metafile: true,
      logLevel: 'silent',
    });
    metafile = bundle.metafile;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    page = await browser.newPage();
    await page.setContent('<!doctype html><title>reader</title>');
    await page.addScriptTag({ type: 'module', content: bundle.outputFiles[0].text });
    await page.waitForFunction(() => typeof (window as unknown as { articleFromHtml?: unknown }).articleFromHtml === 'function');
  });

  after(async () => {
    await browser?.close();
  });

  const inBrowser = (html: string, url?: string) =>
    page.evaluate(([h, u]) => (window as unknown as { articleFromHtml: typeof articleFromHtml }).articleFromHtml(h!, u ? { url: u } : {}), [html, url]);

  it('bundles no linkedom', () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((i) => i.includes('html-browser.ts'))).to.equal(true);
    expect(inputs.filter((i) => i.includes('linkedom'))).to.deep.equal([]);
  });

  it('gives the same article as Node for every saved page', async () => {
    const names = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
    expect(names.length).to.be.at.least(6);
    for (const name of names) {
      const html = readFileSync(resolve(FIXTURES, name), 'utf8');
      expect(await inBrowser(html, PAGE_URLS[name]), name).to.deep.equal(articleFromHtml(html, PAGE_URLS[name] ? { url: PAGE_URLS[name] } : {}));
    }
  });

  it("runs none of a page's scripts, inline handlers, javascript: links or frames", async () => {
    const html = readFileSync(resolve(FIXTURES, 'scripts.html'), 'utf8');
    const result = await inBrowser(html);
    expect(result).to.have.property('title', 'Port workers end strike after pay deal');
    // Give anything that was scheduled (an image error, a frame load) the chance to run.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).to.equal(undefined);
    expect(await page.evaluate(() => document.body.innerHTML)).to.equal('');
  });
});
