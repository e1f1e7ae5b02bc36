import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import { $$, settle, timeline } from './helpers.js';

// The axis as a reader sees it: the lower row names the period of the ticks above it.

const events = [
  { title: 'Treaty', start: '1700-03-01' },
  { title: 'Launch', start: '2017-04-12T09:30:00Z' },
  { title: 'Today', start: '2025-01-01' },
];
const ticks = (el: Element) => $$(el, '[part~="axis"] text:not(.major-label)').map((t) => t.textContent!.trim());
const context = (el: Element) => $$(el, '[part~="axis"] text.major-label').map((t) => t.textContent!.trim());

describe('<event-timeline> axis', () => {
  it('shows the years 2014–2017 with no bold decade "2010" beneath them', async () => {
    const el = await timeline(events);
    el.zoomTo('2014-01-01', '2018-01-01');
    await settle(el);
    expect(context(el)).not.to.include('2010');
    expect(context(el)).to.deep.equal(['2014', '2015', '2016', '2017']);
    el.zoomTo('2014-01-01', '2024-01-01');
    await settle(el);
    expect(ticks(el)).to.include.members(['2014', '2017', '2023']);
    expect(context(el)).to.deep.equal([]);
  });

  it('shows 1750–2000 without a "1000" beneath, and with years on the ticks', async () => {
    const el = await timeline(events);
    el.zoomTo('1750-01-01', '2000-01-01');
    await settle(el);
    expect(context(el)).not.to.include('1000');
    expect(ticks(el).every((t) => /^\d{4}$/.test(t) && +t >= 1750 && +t <= 2000), ticks(el).join(' ')).to.equal(true);
  });

  it('puts no "1990" under a window that starts at the end of 1999', async () => {
    const el = await timeline(events);
    el.zoomTo('1999-12-20', '2001-03-01');
    await settle(el);
    expect(context(el)).to.deep.equal(['2000', '2001']);
    expect(ticks(el)).to.include.members(['Jan', 'Jun', 'Dec']);
  });

  it('names the day under hours and the month under days, in the element\'s language', async () => {
    const el = await timeline(events);
    el.zoomTo('2017-04-12T06:00:00Z', '2017-04-12T18:00:00Z');
    await settle(el);
    expect(ticks(el)).to.include.members(['09:00', '12:00']);
    expect(context(el)).to.deep.equal(['April 12, 2017']);
    el.zoomTo('2017-04-03', '2017-04-20');
    await settle(el);
    expect(ticks(el)).to.include.members(['3', '12', '19']);
    expect(context(el)).to.deep.equal(['April 2017']);
    el.locale = 'de';
    await settle(el);
    expect(context(el)).to.deep.equal(['April 2017']);
    el.zoomTo('2017-04-12T06:00:00Z', '2017-04-12T18:00:00Z');
    await settle(el);
    expect(context(el)).to.deep.equal(['12. April 2017']);
  });

  it('keeps every context label on its own period: left of the next period\'s first tick', async () => {
    const el = await timeline(events);
    el.zoomTo('2017-04-12T14:00:00Z', '2017-04-13T10:00:00Z');
    await settle(el);
    expect(context(el)).to.deep.equal(['April 12, 2017', 'April 13, 2017']);
    const [first, second] = $$(el, '[part~="axis"] text.major-label').map((t) => t.getBoundingClientRect());
    const midnight = $$(el, '[part~="axis"] text:not(.major-label)').find((t) => t.textContent === '00:00')!.getBoundingClientRect();
    expect(first.right).to.be.below(midnight.left + midnight.width / 2);
    expect(second.left).to.be.above(midnight.left);
  });

  it('cuts no tick label at the edges of a phone-wide axis', async () => {
    const page = await fixture<HTMLElement>(html`<div style="width:390px"><event-timeline></event-timeline></div>`);
    const el = page.querySelector('event-timeline') as EventTimeline;
    el.events = [
      { title: 'Summit opens in Geneva', start: '2021-06-16' },
      { title: 'Press statement after talks', start: '2021-07-21' },
    ];
    await settle(el);
    const windows = [['2021-06-14', '2021-07-24'], ['2021-06-13T18:00:00Z', '2021-06-15T06:00:00Z'], ['2020-11-20', '2022-02-10'], ['2013-07-01', '2029-05-01']];
    for (const [a, b] of windows) {
      el.zoomTo(a, b);
      await settle(el);
      const axis = $$(el, '[part~="axis"]')[0].getBoundingClientRect();
      const labels = $$(el, '[part~="axis"] text:not(.major-label)');
      expect(labels.length, `labels from ${a} to ${b}`).to.be.at.least(2);
      for (const t of labels) {
        const r = t.getBoundingClientRect();
        expect(r.left, `"${t.textContent}" from ${a} to ${b}`).to.be.at.least(axis.left);
        expect(r.right, `"${t.textContent}" from ${a} to ${b}`).to.be.at.most(axis.right);
      }
    }
  });
});
