import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '@event-timeline/component';
import { syntheticEvents } from './synthetic.js';
import { $, $$, settle, timeline } from './helpers.js';

// Tab as a keyboard user presses it: stops in the order they are seen, one stop per group.

/** What has focus, inside the element's shadow root or out. */
const focused = (el: EventTimeline): Element | null => el.shadowRoot!.activeElement ?? document.activeElement;
const name = (e: Element | null) => (e ? `${e.tagName.toLowerCase()}${e.getAttribute('part') ? `[${e.getAttribute('part')}]` : ''} ${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}` : 'nothing');

/** Presses Tab from a button placed before the element until focus leaves it; the stops inside, in order. */
async function tabStops(el: EventTimeline, before: HTMLElement): Promise<Element[]> {
  before.focus();
  const stops: Element[] = [];
  for (let n = 0; n < 200; n++) {
    await sendKeys({ press: 'Tab' });
    const at = el.shadowRoot!.activeElement;
    if (!at || document.activeElement !== el) break;
    stops.push(at);
  }
  return stops;
}

async function page(events: unknown) {
  const wrap = await fixture<HTMLElement>(html`<div style="width:800px"><button id="before">before</button><event-timeline .events=${events}></event-timeline></div>`);
  const el = wrap.querySelector('event-timeline')!;
  await settle(el);
  return { el, before: wrap.querySelector<HTMLButtonElement>('#before')! };
}

describe('<event-timeline> tab order', () => {
  it('follows the layout: toolbar, chart, search, lane toggles, each stop at or below the one before', async () => {
    const { el, before } = await page(syntheticEvents(60, 3));
    const stops = await tabStops(el, before);
    const names = stops.map(name);
    expect(names[0], names.join(' | ')).to.contain('Zoom out');
    expect(stops.slice(0, 4).every((s) => s.closest('[part="toolbar"]'))).to.equal(true);
    expect(stops[4].getAttribute('part')).to.equal('plot');
    expect(stops[5].getAttribute('part')).to.equal('search');
    expect(stops[6].getAttribute('part')).to.equal('lane-toggle');
    // The closed list and all but one lane toggle are out of the Tab order.
    expect(stops, names.join(' | ')).to.have.length(7);
    const tops = stops.map((s) => Math.round(s.getBoundingClientRect().top));
    for (let j = 1; j < tops.length; j++) expect(tops[j], `${names[j]} after ${names[j - 1]}`).to.be.at.least(tops[j - 1]);
  });

  it('makes the open list one Tab stop whatever its length; arrows move along it, Enter selects', async () => {
    const { el, before } = await page(syntheticEvents(60, 3));
    ($$(el, '.toolbar button').find((b) => b.textContent === 'List') as HTMLButtonElement).click();
    await settle(el);
    expect($$(el, '.list li button').length).to.equal(20);
    const stops = await tabStops(el, before);
    const inList = stops.filter((s) => s.closest('.list'));
    // One row, and the "Show 20 more" button.
    expect(inList.map(name), stops.map(name).join(' | ')).to.have.length(2);
    expect(inList[0].closest('li')).to.equal($(el, '.list li'));
    (inList[0] as HTMLElement).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const rows = $$(el, '.list li button');
    expect(focused(el)).to.equal(rows[2]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(rows[19]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(rows.filter((b) => (b as HTMLElement).tabIndex === 0)).to.deep.equal([rows[1]]);
    const picked = new Promise<Event>((resolve) => el.addEventListener('timeline-select', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    expect(((await picked) as CustomEvent).detail.event.title).to.equal(rows[1].querySelector('.title')!.textContent);
  });

  it('moves between lane toggles with the arrows; Space hides the lane it is on', async () => {
    const { el } = await page(syntheticEvents(60, 3));
    const toggles = $$(el, '[part~="lane-toggle"]') as HTMLButtonElement[];
    expect(toggles.length).to.be.greaterThan(2);
    expect(toggles.filter((t) => t.tabIndex === 0)).to.have.length(1);
    toggles[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(toggles[1]);
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(toggles[1].getAttribute('aria-pressed')).to.equal('false');
    expect(el.hiddenLanes).to.have.length(1);
  });

  it('leaves the closed list out of the Tab order, but in the accessibility tree', async () => {
    const el = await timeline(syntheticEvents(30, 3));
    const rows = $$(el, '.list li button') as HTMLButtonElement[];
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((b) => b.tabIndex === -1)).to.equal(true);
    expect($(el, '.list.open')).to.equal(null);
  });
});
