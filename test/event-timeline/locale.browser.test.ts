import { expect, fixture, html } from '@open-wc/testing';
import '@event-timeline/component';
import type { EventTimeline } from '@event-timeline/component';
import { sampleDataset } from '../fixtures/dataset.js';
import { $$, inTimeZone, settle } from './helpers.js';

/** The element, 800 px wide, showing [start, end] in `locale`. */
async function render(locale: string, start: string, end: string): Promise<EventTimeline> {
  const host = await fixture(html`<div style="width:800px"><event-timeline .events=${sampleDataset()} locale=${locale} start=${start} end=${end}></event-timeline></div>`);
  const el = host.querySelector('event-timeline')!;
  await settle(el);
  return el;
}

const axisLabels = (el: Element) => $$(el, '[part~="axis"] text').map((t) => t.textContent ?? '');
const listDates = (el: Element) => $$(el, '[part~="list"] time').map((t) => t.textContent ?? '');

// Zoom levels: a month (day ticks under the month), a year (month ticks under the year; the
// window is held to the data, May–October),
// a day (hour ticks under the date). Expected names are date-fns' for each locale.
const CASES: Record<string, { month: string; year: string[]; day: string; list: string }> = {
  en: { month: 'April 2017', year: ['May', 'Jun', 'Jul', 'Sep', 'Oct'], day: 'April 12, 2017', list: 'April 12, 2017' },
  de: { month: 'April 2017', year: ['Mai', 'Jun', 'Jul', 'Sep', 'Okt'], day: '12. April 2017', list: '12. April 2017' },
  fr: { month: 'avril 2017', year: ['mai', 'juin', 'juil.', 'sept.', 'oct.'], day: '12 avril 2017', list: '12 avril 2017' },
  // Russian: the standalone month (апрель, июнь) on its own, the genitive (апреля) in a date.
  ru: { month: 'апрель 2017 г.', year: ['май', 'июнь', 'июль', 'сент.', 'окт.'], day: '12 апреля 2017 г.', list: '12 апреля 2017 г.' },
  es: { month: 'abril de 2017', year: ['may', 'jun', 'jul', 'sep', 'oct'], day: '12 de abril de 2017', list: '12 de abril de 2017' },
};

describe('<event-timeline> locales', () => {
  for (const [locale, want] of Object.entries(CASES)) {
    it(`labels the axis in ${locale} at month, year and day zoom`, async () => {
      const month = axisLabels(await render(locale, '2017-04-01', '2017-04-30'));
      expect(month).to.include(want.month);
      expect(month).to.include.members(['12', '13']);
      const year = axisLabels(await render(locale, '2017-01-01', '2017-12-31'));
      expect(year).to.include.members([...want.year, '2017']);
      const day = axisLabels(await render(locale, '2017-04-12T00:00:00Z', '2017-04-13T00:00:00Z'));
      expect(day).to.include(want.day);
      expect(day).to.include.members(['06:00', '12:00', '18:00']);
    });

    it(`writes event dates in ${locale} in the event list`, async () => {
      const el = await render(locale, '2017-04-01', '2017-04-30');
      expect(listDates(el)).to.include(want.list);
    });
  }

  it('uses the language of a regional tag (de-AT → de) and switches when the attribute changes', async () => {
    const el = await render('de-AT', '2017-01-01', '2017-12-31');
    expect(axisLabels(el)).to.include('Okt');
    el.setAttribute('locale', 'es-MX');
    await settle(el);
    expect(axisLabels(el)).to.include.members(['jun', 'oct']);
    expect(axisLabels(el)).not.to.include('Okt');
  });

  it('falls back to English for an unknown or malformed locale, without errors', async () => {
    const english = axisLabels(await render('en', '2017-01-01', '2017-12-31'));
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      for (const tag of ['xx-YY', 'ja', 'not a locale!!', '', '__proto__', 'constructor']) {
        expect(axisLabels(await render(tag, '2017-01-01', '2017-12-31')), tag).to.deep.equal(english);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it("gives the same labels whatever the viewer's time zone", async () => {
    const all = async () => {
      const out: string[][] = [];
      for (const locale of Object.keys(CASES)) {
        out.push(axisLabels(await render(locale, '2017-04-12T00:00:00Z', '2017-04-13T00:00:00Z')));
        out.push(listDates(await render(locale, '2017-04-01', '2017-04-30')));
      }
      return out;
    };
    const utc = await all();
    // As a viewer at UTC+14 (Kiribati) would, where UTC midnight is already 14:00 local: every
    // local-time getter and Intl's default zone answer as there.
    const kiribati = await inTimeZone(14, all, 'Pacific/Kiritimati');
    expect(kiribati).to.deep.equal(utc);
    expect(utc[2]).to.include('12. April 2017');
    // UTC hours (the 00:00 at the left edge would be cut in half, and is left out).
    expect(utc[2]).to.include('12:00');
  });
});
