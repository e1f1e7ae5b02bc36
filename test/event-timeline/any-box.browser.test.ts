import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import { sampleDataset } from '../fixtures/dataset.js';
import { syntheticEvents } from './synthetic.js';
import { $, $$, settle } from './helpers.js';

/** A timeline in a box of `style`, drawn. */
async function boxed(events: unknown, style: string, attrs = ''): Promise<EventTimeline> {
  const wrap = await fixture(html`<div style="width:800px"><event-timeline style=${style} group-by=${attrs || 'type'}></event-timeline></div>`);
  const el = wrap.querySelector('event-timeline')!;
  el.events = events as EventTimeline['events'];
  await settle(el);
  await settle(el);
  return el;
}

const box = (el: EventTimeline, selector: string) => $(el, selector)!.getBoundingClientRect();

describe('<event-timeline> in any box', () => {
  it('fills a 500 px box: the lanes reach the axis, the overview and search row sit at the bottom, no blank band', async () => {
    const el = await boxed(sampleDataset(), 'height:500px', 'none');
    const host = el.getBoundingClientRect();
    expect(el.clientHeight).to.be.closeTo(500, 1);
    const scroller = box(el, '.scroller');
    const lanes = $$(el, '[part~="lane"]').map((r) => r.getBoundingClientRect());
    // The lane backgrounds cover the lanes' viewport down to the axis.
    expect(Math.max(...lanes.map((r) => r.bottom))).to.be.closeTo(scroller.bottom, 2);
    expect(box(el, '[part~="axis"]').top).to.be.closeTo(scroller.bottom, 2);
    // Under the overview, only the row of the search field and lane toggles.
    expect(box(el, '[part~="filters"]').top - box(el, '[part~="overview"]').bottom, 'between overview and search').to.be.below(16);
    expect(host.bottom - box(el, '[part~="filters"]').bottom, 'space under the search row').to.be.below(16);
  });

  it('zooms on the wheel over the middle of a 500 px box', async () => {
    const el = await boxed(sampleDataset(), 'height:500px', 'none');
    const host = el.getBoundingClientRect();
    const [x, y] = [host.left + host.width / 2, host.top + host.height / 2];
    const target = el.shadowRoot!.elementFromPoint(x, y)!;
    expect(target.closest('.plot'), 'what is under the middle').to.exist;
    const before = +el.visibleRange.end - +el.visibleRange.start;
    target.dispatchEvent(new WheelEvent('wheel', { deltaY: -300, clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(+el.visibleRange.end - +el.visibleRange.start).to.be.below(before * 0.9);
  });

  it('gives folded events more rows when the box has room', async () => {
    // Eight events on one day in one lane: an auto-height element folds some into a badge.
    const day = Array.from({ length: 12 }, (_, i) => ({ title: `Same day ${i}`, start: '2020-05-05' }));
    const el = await boxed([...day, { title: 'Later', start: '2020-06-01' }], 'height:600px', 'none');
    el.fit();
    await settle(el);
    expect($$(el, '[part~="cluster"]'), 'count badges').to.have.length(0);
    expect($$(el, '[part~="point"]')).to.have.length(13);
  });

  it('scrolls lanes that do not fit inside a fixed height, keeping the axis and overview in the box', async () => {
    const el = await boxed(syntheticEvents(600, 2), 'height:360px');
    const host = el.getBoundingClientRect();
    const scroller = $(el, '.scroller') as HTMLElement;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight + 100);
    expect(box(el, '[part~="overview"]').bottom).to.be.at.most(host.bottom);
    expect(box(el, '[part~="axis"]').top).to.be.closeTo(scroller.getBoundingClientRect().bottom, 2);
  });

  it('keeps an auto-height element with 20 lanes within the window, its axis in view', async () => {
    const el = await boxed(syntheticEvents(600, 2), '');
    const host = el.getBoundingClientRect();
    expect(host.height).to.be.at.most(window.innerHeight);
    expect(box(el, '[part~="axis"]').bottom).to.be.at.most(window.innerHeight);
    const scroller = $(el, '.scroller') as HTMLElement;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
  });

  // Pages often write `event-timeline { display: block }` (the demo does): the element's own
  // `display: flex` on :host loses to it, and with it the layout that fills the box.
  for (const [events, what] of [[sampleDataset(), 'a small dataset'], [syntheticEvents(600, 2), '20 lanes']] as const) {
    it(`fills a 500 px box the page made display: block, with ${what}: no blank band, the search row inside`, async () => {
      const el = await boxed(events, 'display:block;height:500px');
      const host = el.getBoundingClientRect();
      const filters = box(el, '[part~="filters"]');
      expect(box(el, '[part~="axis"]').top).to.be.closeTo(box(el, '.scroller').bottom, 2);
      expect(filters.bottom, 'search row inside the box').to.be.at.most(host.bottom);
      expect(host.bottom - filters.bottom, 'space under the search row').to.be.below(16);
    });
  }
});
