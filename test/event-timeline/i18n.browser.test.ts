import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import { sampleDataset } from '../fixtures/dataset.js';
import { syntheticEvents } from './synthetic.js';
import { formatCount } from '../../packages/event-timeline/src/render/format.js';
import { $, $$, liveText, plot, settle } from './helpers.js';

async function shown(events: unknown, attrs: { locale?: string; dir?: string } = {}): Promise<EventTimeline> {
  const wrap = await fixture(html`<div style="width:800px" dir=${attrs.dir ?? 'ltr'}><event-timeline locale=${attrs.locale ?? 'en'}></event-timeline></div>`);
  const el = wrap.querySelector('event-timeline')!;
  el.events = events as EventTimeline['events'];
  await settle(el);
  return el;
}

const buttons = (el: EventTimeline) => $$(el, '[part~="toolbar"] button').map((b) => b.getAttribute('aria-label') ?? b.textContent!.trim());
const lanes = (el: EventTimeline) => $$(el, '[part~="lane-label"]').map((t) => t.textContent!.replace(/·.*$/, '').trim());

describe('<event-timeline> its own words in the locale', () => {
  it('writes buttons, counts, lane names, the list heading and the live region in German', async () => {
    const el = await shown(sampleDataset(), { locale: 'de' });
    expect(buttons(el)).to.deep.equal(['Verkleinern', 'Vergrößern', 'Zurücksetzen', 'Liste']);
    expect($(el, 'header .count')!.textContent).to.equal('2 von 2 Ereignissen');
    expect(lanes(el)).to.deep.equal(['Treffen', 'Sanktion']);
    expect($(el, '#list-title')!.textContent).to.contain('Sichtbare Ereignisse');
    plot(el).focus();
    plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await settle(el);
    expect(liveText(el)).to.match(/^Tillerson and Lavrov meet in Moscow, 12\. April 2017, Treffen\. 1 von 2\.$/);
  });

  it('says in German how precisely the detail panel\'s date is known ("auf den Tag genau")', async () => {
    const el = await shown(sampleDataset(), { locale: 'de' });
    plot(el).focus();
    plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(el);
    expect($(el, '[part="detail"] dl')!.textContent!.replace(/\s+/g, ' ')).to.contain('12. April 2017 · auf den Tag genau · TIMEX3 2017-04-12');
  });

  it('groups digits as the locale does: "10,000" in English, "10.000" in German', async () => {
    const events = syntheticEvents(10_000, 3);
    const en = await shown(events);
    expect($(en, 'header .count')!.textContent).to.equal('10,000 of 10,000 events');
    const de = await shown(events, { locale: 'de' });
    expect($(de, 'header .count')!.textContent).to.equal('10.000 von 10.000 Ereignissen');
  });

  it('groups digits as the locale does when its words fall back to English: "10.000" in Italian and Brazilian Portuguese', async () => {
    const events = syntheticEvents(10_000, 3);
    const it = await shown(events, { locale: 'it' });
    expect($(it, 'header .count')!.textContent).to.equal('10.000 of 10.000 events');
    const pt = await shown(events, { locale: 'pt-BR' });
    expect($(pt, 'header .count')!.textContent).to.equal('10.000 of 10.000 events');
    expect(formatCount(10_000, 'pt-BR')).to.equal('10.000');
    // Lakh and crore in Hindi; English for a tag Intl does not know or cannot read.
    expect(formatCount(10_000_000, 'hi')).to.equal('1,00,00,000');
    expect(formatCount(10_000, 'xx-YY')).to.equal('10,000');
    expect(formatCount(10_000, 'not a locale!!')).to.equal('10,000');
  });

  it('uses Russian plural forms', async () => {
    const el = await shown(syntheticEvents(21, 3), { locale: 'ru' });
    el.fit();
    await settle(el);
    expect($(el, 'header .count')!.textContent).to.equal('21 из 21 события');
  });

  it('takes words from the messages property over the locale', async () => {
    const el = await shown(sampleDataset(), { locale: 'fr' });
    el.messages = { list: 'Tableau', types: { meeting: 'Pourparlers' } };
    await settle(el);
    expect(buttons(el)).to.include('Tableau');
    expect(lanes(el)).to.deep.equal(['Pourparlers', 'Sanction']);
    expect(buttons(el)).to.include('Zoom avant');
  });

  it('mirrors with dir="rtl": the toolbar at the left, lane names at the right', async () => {
    const el = await shown(sampleDataset(), { dir: 'rtl' });
    const host = el.getBoundingClientRect();
    const toolbar = $(el, '[part~="toolbar"]')!.getBoundingClientRect();
    const range = $(el, 'header .range')!.getBoundingClientRect();
    expect(toolbar.left - host.left).to.be.below(40);
    expect(range.right).to.be.above(host.right - 40);
    const label = $(el, '[part~="lane-label"]')!.getBoundingClientRect();
    expect(label.right).to.be.above(host.right - 30);
  });

  it('keeps the count apart from the range with dir="rtl", as with ltr', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const el = await shown(sampleDataset(), { dir });
      const [range, count] = $$(el, 'header .range bdi').map((b) => b.getBoundingClientRect());
      const gap = dir === 'rtl' ? range.left - count.right : count.left - range.right;
      expect(gap, `space between range and count, ${dir}`).to.be.at.least(4);
    }
  });
});
