import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import type { Dataset } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';
import { $, $$, plot, settle } from './helpers.js';

const HEADLINE = 'Lavrov and Tillerson meet in Moscow';

/** One event reported by two articles: the first quotes its own headline, one sentence twice and another; each says the date its own way. */
function twoArticles(): Dataset {
  const data = sampleDataset();
  const s1 = 'Talks on Wednesday were frank, Lavrov said.';
  const s2 = 'The ministers met today in Moscow.';
  data.articles = [
    { id: 'a', title: HEADLINE, published: '2017-04-12', publisher: 'Wire' },
    { id: 'b', title: 'Talks in Moscow', published: '2017-04-12', publisher: 'Daily' },
  ];
  data.events = [
    sampleEvent({
      mentions: [
        { articleId: 'a', sentence: HEADLINE, start: 0, end: HEADLINE.length, trigger: { text: 'meet', start: 21, end: 25 } },
        { articleId: 'a', sentence: s1, start: 100, end: 100 + s1.length, timex: { text: 'Wednesday', start: 109, end: 118 } },
        { articleId: 'b', sentence: s2, start: 0, end: s2.length, timex: { text: 'today', start: 16, end: 21 } },
        { articleId: 'a', sentence: s1, start: 300, end: 300 + s1.length },
      ],
    }),
  ];
  return data;
}

async function selected(data: unknown, attrs = ''): Promise<{ page: HTMLElement; el: EventTimeline }> {
  const page = await fixture<HTMLElement>(html`<main style="width:800px"><h1>News</h1><event-timeline heading-level=${attrs || '2'}></event-timeline></main>`);
  const el = page.querySelector('event-timeline')!;
  el.events = data as EventTimeline['events'];
  await settle(el);
  plot(el).focus();
  plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await settle(el);
  return { page, el };
}

describe('<event-timeline> detail panel', () => {
  it('heads the panel at level 2 by default: the heading order of a page with an h1 stays right', async () => {
    const { page, el } = await selected(sampleDataset());
    const levels = $$(el, '[role="heading"]').map((h) => h.getAttribute('aria-level'));
    expect(levels).to.deep.equal(['2', '2']);
    expect($$(el, 'h3, h4, h5, h6')).to.have.length(0);
    await expect(page).to.be.accessible();
  });

  it('heads the panel and the list at the level of heading-level', async () => {
    const { el } = await selected(sampleDataset(), '4');
    expect($(el, '[part="detail"] [role="heading"]')!.getAttribute('aria-level')).to.equal('4');
    expect($(el, '#list-title')!.getAttribute('aria-level')).to.equal('4');
  });

  it('gives one entry per source article, its quotes beneath it, a headline never again as a quote', async () => {
    const { el } = await selected(twoArticles());
    const entries = $$(el, '.mentions > li');
    expect(entries).to.have.length(2);
    const [a, b] = entries;
    expect(a.querySelector('cite')!.textContent).to.contain(HEADLINE);
    expect(a.querySelector('cite [part="trigger"]')!.textContent, 'the headline marked').to.equal('meet');
    expect(a.querySelector('cite')!.textContent).to.contain('Wire');
    expect([...a.querySelectorAll('blockquote')].map((q) => q.textContent)).to.deep.equal(['Talks on Wednesday were frank, Lavrov said.']);
    expect(b.querySelector('cite')!.textContent).to.contain('Talks in Moscow');
    expect(b.querySelectorAll('blockquote')).to.have.length(1);
    expect($(el, '[part="detail"]')!.textContent!.split(HEADLINE)).to.have.length(2);
  });

  it('writes the date once in words, with how precisely it is known in words and its TIMEX3 value, and every way the reports wrote it', async () => {
    const { el } = await selected(twoArticles());
    const text = $(el, '[part="detail"] dl')!.textContent!.replace(/\s+/g, ' ');
    expect(text.split('April 12, 2017')).to.have.length(2);
    expect(text.split('2017-04-12')).to.have.length(2);
    expect(text).to.contain('April 12, 2017 · known to the day · TIMEX3 2017-04-12');
    expect(text).to.contain('“Wednesday”');
    expect(text).to.contain('“today”');
  });

  it('words a date the same in the list, the tooltip and the panel', async () => {
    const { el } = await selected(sampleDataset());
    const list = $(el, '[part~="list"] li time')!.textContent!.trim();
    const tooltip = $(el, '[part="tooltip"] .meta')?.textContent ?? '';
    const panel = $(el, '[part="detail"] dd')!.textContent!;
    expect(list).to.equal('April 12, 2017');
    expect(tooltip).to.contain(list);
    expect(panel).to.contain(list);
  });
});
