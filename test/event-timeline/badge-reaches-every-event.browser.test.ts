import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import { $, $$, settle } from './helpers.js';

/** 120 events on 5 May 2020 in one lane and two others, in a box with room for a few rows only. */
async function crowded(): Promise<EventTimeline> {
  const wrap = await fixture(html`<div style="width:800px"><event-timeline style="height:260px" group-by="none"></event-timeline></div>`);
  const el = wrap.querySelector('event-timeline')! as EventTimeline;
  el.events = [
    ...Array.from({ length: 120 }, (_, i) => ({ id: `d${i}`, title: `Same day ${String(i).padStart(3, '0')}`, start: '2020-05-05' })),
    { id: 'early', title: 'Early', start: '2020-04-01' },
    { id: 'late', title: 'Late', start: '2020-06-01' },
  ];
  await settle(el);
  await settle(el);
  return el;
}

const listed = (el: EventTimeline) => $$(el, '[part~="popover"] li .title').map((t) => t.textContent!);

/** Clicks the plot where `target` is, as a pointer would. */
async function click(el: EventTimeline, target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  $(el, '.plot')!.dispatchEvent(new MouseEvent('click', { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true }));
  await settle(el);
}

describe('<event-timeline> a badge of more events than its list shows at once', () => {
  it('reaches the last of 120 same-day events by pointer at the most zoom, where "Zoom in" is not offered', async () => {
    const el = await crowded();
    el.zoomTo('2020-05-05T11:30:00Z', '2020-05-05T12:30:00Z');
    await settle(el);
    const badge = $(el, '[part~="cluster"]')!;
    const total = Number(badge.textContent!.trim().replace('+', ''));
    expect(total, 'most of the day folds into the badge').to.be.above(100);
    await click(el, badge);
    expect(listed(el)).to.have.length(50);
    expect($(el, '[part~="popover"] .more') === null, 'no "Zoom in" where zooming in changes nothing').to.equal(true);
    // The list's last entry lists the next page, until every event is listed.
    for (let page = 0; page < 5 && listed(el).length < total; page++) {
      const next = $(el, '[part~="popover"] li.next button') as HTMLButtonElement;
      expect(next !== null, `a button for the next page after ${listed(el).length}`).to.equal(true);
      expect(next.textContent).to.match(/^Show \d+ more$/);
      next.click();
      await settle(el);
    }
    expect(listed(el)).to.have.length(total);
    expect(new Set(listed(el)).size, 'each once').to.equal(total);
    expect($(el, '[part~="popover"] li.next') === null, 'nothing left to list').to.equal(true);
    const drawn = $$(el, '[part~="event"]').length;
    expect(drawn + total, 'every event of the day is drawn or listed').to.equal(120);
    const last = $$(el, '[part~="popover"] li button').at(-1) as HTMLButtonElement;
    expect(last.querySelector('.title')!.textContent).to.equal('Same day 119');
    setTimeout(() => last.click());
    const e = await oneEvent(el, 'timeline-select');
    expect((e as CustomEvent).detail.event.title).to.equal('Same day 119');
  });

  it('focuses the first entry of a page it lists, so the keyboard carries on from there', async () => {
    const el = await crowded();
    await click(el, $(el, '[part~="cluster"]')!);
    const titles = listed(el);
    const next = $(el, '[part~="popover"] li.next button') as HTMLButtonElement | null;
    expect(next !== null, 'a button for the next page').to.equal(true);
    next!.click();
    await settle(el);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.querySelector('.title')?.textContent).to.equal(listed(el)[titles.length]);
  });
});
