import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '@event-timeline/component';
import { $, $$, settle, tabToChart } from './helpers.js';

/** `n` events on 5 May 2020 and two others, in a box that has room for a few rows only: most fold into a badge. */
async function crowded(n = 30): Promise<EventTimeline> {
  const wrap = await fixture(html`<div style="width:800px"><button id="before">before</button><event-timeline style="height:260px" group-by="none"></event-timeline></div>`);
  const el = wrap.querySelector('event-timeline')!;
  el.events = [
    ...Array.from({ length: n }, (_, i) => ({ id: `d${i}`, title: `Same day ${i}`, start: '2020-05-05' })),
    { id: 'early', title: 'Early', start: '2020-04-01' },
    { id: 'late', title: 'Late', start: '2020-06-01' },
  ];
  await settle(el);
  await settle(el);
  return el;
}

const badge = (el: EventTimeline) => $(el, '[part~="cluster"]') as SVGGElement;
const popoverTitles = (el: EventTimeline) => $$(el, '[part~="popover"] li .title').map((t) => t.textContent);

async function click(el: EventTimeline, target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  const init = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true };
  const plotEl = $(el, '.plot')!;
  plotEl.dispatchEvent(new MouseEvent('click', init));
  await settle(el);
}

describe('<event-timeline> count badges', () => {
  it('opens a list of the events a "+N" badge holds, without changing the window', async () => {
    const el = await crowded();
    const b = badge(el);
    expect(b, 'a badge').to.exist;
    const n = Number(b.textContent!.trim().replace('+', ''));
    const before = el.visibleRange;
    await click(el, b);
    expect(el.visibleRange).to.deep.equal(before);
    const titles = popoverTitles(el);
    expect(titles).to.have.length(n);
    expect(titles.every((t) => t!.startsWith('Same day'))).to.equal(true);
    expect(el.shadowRoot!.activeElement?.closest('[part~="popover"]'), 'focus in the list').to.exist;
    await expect(el).to.be.accessible();
  });

  it('selects an event from the list: timeline-select fires with it and the list closes', async () => {
    const el = await crowded();
    await click(el, badge(el));
    const entry = $$(el, '[part~="popover"] li button')[1] as HTMLButtonElement;
    const title = entry.querySelector('.title')!.textContent!;
    setTimeout(() => entry.click());
    const e = await oneEvent(el, 'timeline-select');
    expect((e as CustomEvent).detail.event.title).to.equal(title);
    await settle(el);
    expect($(el, '[part~="popover"]')).to.equal(null);
    expect($(el, '[part~="detail"]')!.textContent).to.contain(title);
  });

  it('reaches a folded event from the keyboard: Enter opens the list on it, Escape closes it', async () => {
    const el = await crowded();
    (el.parentElement!.querySelector('#before') as HTMLElement).focus();
    await tabToChart(el);
    // Early, then the same-day events in order, until one is folded into the badge.
    for (let k = 0; k < 30 && !$(el, '[part~="focus-ring"]')?.getAttribute('rx')?.startsWith('12'); k++) await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.closest('[part~="popover"]'), 'focus in the list').to.exist;
    expect(focused.textContent).to.contain('Same day');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part~="popover"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.plot'));
  });

  it('lists the first 50 of a bigger badge and zooms in from there to a narrower window, never a wider one', async () => {
    const el = await crowded(120);
    el.zoomTo('2020-05-04', '2020-05-07');
    await settle(el);
    const before = +el.visibleRange.end - +el.visibleRange.start;
    await click(el, badge(el));
    expect(popoverTitles(el)).to.have.length(50);
    expect($(el, '[part~="popover"] .more')!.textContent).to.match(/\d+ more/);
    ($(el, '[part~="popover"] .more button') as HTMLButtonElement).click();
    await settle(el);
    expect(+el.visibleRange.end - +el.visibleRange.start).to.be.below(before * 0.9);
  });
});

describe('<event-timeline> count badges, right to left', () => {
  it('opens a badge\'s list next to the badge on a right-to-left page', async () => {
    const wrap = await fixture(html`<div dir="rtl" style="width:800px"><event-timeline style="height:260px" group-by="none"></event-timeline></div>`);
    const el = wrap.querySelector('event-timeline')! as EventTimeline;
    el.events = [
      ...Array.from({ length: 30 }, (_, i) => ({ title: `Same day ${i}`, start: '2020-04-05' })),
      { title: 'Early', start: '2020-04-01' },
      { title: 'Late', start: '2020-06-01' },
    ];
    await settle(el);
    await settle(el);
    const b = $(el, '[part~="cluster"]')!.getBoundingClientRect();
    $(el, '.plot')!.dispatchEvent(new MouseEvent('click', { clientX: b.left + b.width / 2, clientY: b.top + b.height / 2, bubbles: true, composed: true }));
    await settle(el);
    const p = $(el, '[part~="popover"]')!.getBoundingClientRect();
    // the list opens over its badge (it is 280 px wide), not mirrored to the other side of the plot
    expect(Math.abs((p.left + p.right) / 2 - (b.left + b.right) / 2)).to.be.below(200);
    // its English heading reads left to right: the count first ("28 events", not "events 28")
    const heading = $(el, '[part~="popover"] .popover-head span')!;
    expect(heading.textContent).to.match(/^\d+ events$/);
    expect(getComputedStyle(heading).direction, 'the heading takes the direction of its words').to.equal('ltr');
  });
});
