import { expect } from '@open-wc/testing';
import { $, $$, liveText, plot, settle, timeline } from './helpers.js';

// Plain data in the browser: what a newcomer sees with titles and dates only.

function plain(n: number, years: number): { title: string; start: string }[] {
  let seed = 11;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => ({
    title: `Harbour record ${i + 1}`,
    start: new Date(Date.UTC(1720, 0, 1) + rand() * years * 365.25 * 86_400_000).toISOString().slice(0, 10),
  }));
}
const fill = (el: Element) => getComputedStyle(el).fill || getComputedStyle(el).backgroundColor;

describe('<event-timeline> with plain data', () => {
  it('shows labels for some of 2,000 events over 300 years at the first view', async () => {
    const el = await timeline(plain(2000, 300));
    const labels = $$(el, '[part~="label"]').map((t) => t.textContent!.trim());
    expect(labels.length).to.be.at.least(3);
    expect(labels.every((l) => l.startsWith('Harbour'))).to.equal(true);
  });

  it('calls no untyped event "other": not in the tooltip, the live region or the detail panel', async () => {
    const el = await timeline(plain(40, 5));
    plot(el).focus();
    plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await settle(el);
    expect(liveText(el)).to.match(/^Harbour record \d+, .+ \d{4}\. 1 of 40\.$/);
    expect(liveText(el)).not.to.match(/other/i);
    expect($(el, '[part~="tooltip"]')?.textContent ?? '').not.to.match(/other/i);
    plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(el);
    expect($(el, '[part="detail"]'), 'the panel').to.exist;
    expect($(el, '[part="detail"]')!.textContent).not.to.match(/\bother\b/i);
  });

  it('draws untyped events in one unnamed lane, in colour rather than the grey of "other"', async () => {
    const el = await timeline(plain(40, 5));
    expect($$(el, '[part~="lane-label"]')).to.have.length(0);
    const grey = ['rgb(100, 116, 139)', 'rgb(148, 163, 184)'];
    const marks = $$(el, '[part~="event"] circle');
    expect(marks.length).to.be.greaterThan(0);
    for (const m of marks) expect(grey).not.to.include(fill(m));
  });

  it("colours each of the page's own types apart, marks and lane toggles alike", async () => {
    const el = await timeline([
      { title: 'v1.0 released', start: '2024-01-10', type: 'release' },
      { title: 'PyCon talk', start: '2024-02-10', type: 'conference' },
      { title: 'v1.1 released', start: '2024-04-10', type: 'release' },
    ]);
    const colours = new Set($$(el, '[part~="event"] circle').map(fill));
    expect(colours.size).to.equal(2);
    const toggles = new Set($$(el, '[part~="lane-toggle"]').map((b) => getComputedStyle(b).getPropertyValue('--_c').trim()));
    expect(toggles.size).to.equal(2);
  });
});
