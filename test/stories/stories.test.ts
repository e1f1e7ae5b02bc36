// Builds Storybook, serves the build on loopback and opens every story (and docs page) in headless
// Chromium: a story fails when it logs a console error, throws, shows Storybook's error screen,
// does not render its <event-timeline>, or has an accessibility violation that axe finds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { chromiumPath } from './chromium.js';
import { serveDirectory, type Served } from '../../scripts/serve.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags?: string[];
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/**
 * What the state stories must show (matched against the element's shadow text); every other story
 * must draw event marks (SVG marks or, above the canvas threshold, a drawn canvas).
 */
const STATE_TEXT: Record<string, RegExp> = {
  'states--empty': /no events/i,
  'states--invalid-input': /5 of 8 events/,
  'states--src-loading': /loading/i,
  'states--src-failing': /404/,
};

// axe-core comes with @open-wc/testing (chai-a11y-axe), which the component tests use too.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What went wrong while one story rendered; empty when it rendered cleanly. */
async function renderProblems(page: Page, baseUrl: string, entry: IndexEntry): Promise<string[]> {
  const problems: string[] = [];
  const allowLoadError = entry.tags?.includes('expect-load-error');
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() !== 'error') return;
    if (allowLoadError && /Failed to load resource: the server responded with a status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  };
  const onPageError = (error: Error) => problems.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'load' });
    // Storybook marks the body when the story (or docs page) has rendered or failed.
    await page.waitForFunction(
      () => ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((c) => document.body.classList.contains(c)),
      undefined,
      { timeout: 30_000 },
    );
    // A docs page renders its blocks after the body is marked; wait for them under load.
    if (entry.type === 'docs') await page.waitForSelector('#storybook-docs .sbdocs', { timeout: 30_000 }).catch(() => undefined);
    const rendered = await page.evaluate(async () => {
      const root = document.querySelector('#storybook-root') ?? document.querySelector('#storybook-docs');
      const timelines = [...(root?.querySelectorAll('event-timeline') ?? [])];
      if (timelines.length > 0) await customElements.whenDefined('event-timeline');
      // Let the element finish its first update, a resize round and any fetch that settles quickly.
      await Promise.all(timelines.map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
      await new Promise((r) => setTimeout(r, 400));
      const first = timelines[0]?.shadowRoot;
      return {
        error: document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent ?? 'error' : '',
        timelines: timelines.length,
        drawn: timelines.filter((el) => (el.shadowRoot?.childElementCount ?? 0) > 0).length,
        marks: (first?.querySelectorAll('[part~="event"]').length ?? 0) + (first?.querySelector('canvas[part~="canvas"]') ? 1 : 0),
        text: first?.textContent ?? '',
        isDocs: !!document.querySelector('#storybook-docs .sbdocs'),
      };
    });
    if (rendered.error) problems.push(`Storybook error screen: ${rendered.error}`);
    if (entry.type === 'story') {
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        type Axe = { run: (context: Element) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
        const result = await (window as unknown as { axe: Axe }).axe.run(document.querySelector('#storybook-root')!);
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      });
      for (const violation of violations) problems.push(`axe: ${violation}`);
      if (rendered.timelines === 0) problems.push('no <event-timeline> in the story');
      else if (rendered.drawn < rendered.timelines) problems.push('an <event-timeline> rendered nothing into its shadow root');
      const state = STATE_TEXT[entry.id];
      if (state && !state.test(rendered.text)) problems.push(`expected the element to say ${state}, it says: ${rendered.text.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (!state && rendered.marks === 0) problems.push('no event marks drawn');
    } else if (!rendered.isDocs && entry.title !== 'Introduction') {
      problems.push('the docs page did not render');
    }
  } catch (error) {
    problems.push(`did not render: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
  return problems;
}

describe('Storybook (every story in headless Chromium)', function () {
  // Building Storybook takes 10–30 s on a 2-core machine; rendering 100,000 events a few seconds.
  this.timeout(600_000);

  let outDir: string;
  let served: Served;
  let browser: Browser;
  let baseUrl: string;
  let entries: IndexEntry[];

  before(async function () {
    const executablePath = chromiumPath();
    if (!existsSync(join(ROOT, 'packages/event-timeline/custom-elements.json'))) run('npm', ['run', '--silent', 'analyze']);
    outDir = mkdtempSync(join(tmpdir(), 'event-timeline-storybook-'));
    run('npx', ['storybook', 'build', '-o', outDir, '--quiet']);
    served = await serveDirectory(outDir, { port: 0 });
    baseUrl = `http://127.0.0.1:${(served.server.address() as AddressInfo).port}/`;
    const index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
    entries = Object.values(index.entries);
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => (served ? served.server.close(r) : r(undefined)));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('has a story for each case the issue names', () => {
    const names = entries.filter((e) => e.type === 'story').map((e) => `${e.title} / ${e.name}`);
    const expected = [
      /Event timeline \/ Seed articles/,
      /Grouped by type/,
      /Grouped by actor/,
      /Precision and uncertainty/,
      /10,000 events/,
      /100,000 events/,
      /Dark theme/,
      /Custom theme/,
      /\(de\)/,
      /\(fr\)/,
      /\(ru\)/,
      /Keyboard and screen-reader/,
      /States \/ Empty/,
      /States \/ Invalid input/,
      /src: loading/,
      /src: failing/,
      /Phone \(360 px\)/,
      /source sentence/i,
      /detail panel through the slot/,
    ];
    for (const pattern of expected) expect(names.some((n) => pattern.test(n)), `a story matching ${pattern} in:\n${names.join('\n')}`).to.equal(true);
    expect(entries.some((e) => e.type === 'docs' && e.title === 'Event timeline'), 'an autodocs page for the element').to.equal(true);
  });

  it('renders every story and docs page without console errors, exceptions or axe violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    // Chromium asks every new origin for /favicon.ico; a Storybook build has none.
    await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    const page = await context.newPage();
    const failures: string[] = [];
    for (const entry of entries) {
      const problems = await renderProblems(page, baseUrl, entry);
      if (problems.length) failures.push(`${entry.title} / ${entry.name} (${entry.id}):\n    ${problems.join('\n    ')}`);
    }
    await context.close();
    expect(failures, `stories with problems:\n  ${failures.join('\n  ')}`).to.deep.equal([]);
    expect(entries.filter((e) => e.type === 'story').length).to.be.greaterThan(15);
  });

  it('passes the controls through to the element (group-by=actor gives one lane per actor)', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}iframe.html?id=event-timeline--seed-articles&viewMode=story&args=group-by:actor`);
    await page.waitForFunction(() => (document.querySelector('event-timeline')?.shadowRoot?.querySelectorAll('[part~="lane-label"]').length ?? 0) > 0);
    const { attribute, lanes } = await page.evaluate(() => {
      const el = document.querySelector('event-timeline')!;
      return { attribute: el.getAttribute('group-by'), lanes: [...el.shadowRoot!.querySelectorAll('[part~="lane-label"]')].map((l) => l.textContent ?? '') };
    });
    await page.close();
    const seed = JSON.parse(readFileSync(join(ROOT, 'packages/event-data/events.json'), 'utf8')) as { events: { actors: { name: string }[] }[] };
    const actors = new Set(seed.events.flatMap((e) => e.actors.map((a) => a.name)));
    expect(attribute).to.equal('actor');
    expect(lanes.filter((label) => [...actors].some((name) => label.includes(name))).length, `actor lanes in ${lanes.join(' | ')}`).to.be.greaterThan(1);
  });

  it('shows the source sentence with its date expression when an event is selected in the showcase', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}iframe.html?id=showcase-source-sentence-on-select--source-sentence&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('event-timeline')?.shadowRoot?.querySelector('[part~="event"]'));
    // Select through the keyboard, as the walkthrough describes: focus the plot, go to the first event, Enter.
    await page.evaluate(() => (document.querySelector('event-timeline')!.shadowRoot!.querySelector('[part~="plot"]') as HTMLElement).focus());
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.story-source blockquote', { timeout: 10_000 });
    const quotes = await page.$$eval('.story-source blockquote', (nodes) => nodes.map((n) => n.textContent ?? ''));
    const title = await page.textContent('.story-source h2');
    const marked = await page.$$eval('.story-source blockquote mark', (nodes) => nodes.map((n) => n.textContent ?? ''));
    const placeholder = await page.$('.story-source .story-muted:first-child');
    await page.close();
    const seed = JSON.parse(readFileSync(join(ROOT, 'packages/event-data/events.json'), 'utf8')) as {
      events: { title: string; mentions: { sentence: string; timex?: { text: string } }[] }[];
    };
    const event = seed.events.find((e) => e.title === title);
    expect(event, `the panel names a seed event, got ${title}`).to.not.equal(undefined);
    expect(quotes.map((q) => q.trim()).sort()).to.deep.equal(event!.mentions.map((m) => m.sentence.trim()).sort());
    expect(marked.sort()).to.deep.equal(event!.mentions.flatMap((m) => (m.timex ? [m.timex.text] : [])).sort());
    expect(placeholder, 'the placeholder is gone').to.equal(null);
  });

  it('documents the element from custom-elements.json on its docs page', async () => {
    const page = await browser.newPage();
    const docs = entries.find((e) => e.type === 'docs' && e.title === 'Event timeline')!;
    await page.goto(`${baseUrl}iframe.html?id=${docs.id}&viewMode=docs`);
    await page.waitForSelector('.docblock-argstable', { timeout: 30_000 });
    const table = await page.textContent('.docblock-argstable');
    await page.close();
    // The categories Storybook builds from the manifest, and the element's own API names.
    for (const text of ['attributes', 'properties', 'events', 'group-by', 'locale', 'timeline-select']) {
      expect(table?.toLowerCase(), `the args table mentions ${text}`).to.include(text);
    }
  });
});
