import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { EventTimeline } from '@event-timeline/component';
import { syntheticDataset, syntheticEvents } from './synthetic.js';
import { sampleDataset } from '../fixtures/dataset.js';
import { $, $$, settle } from './helpers.js';

/**
 * A phone screen with text above an element of twenty lanes, scrolled to the element: the chart
 * takes about the screen, so what opens under it (the panel, the list) opens below the fold.
 */
async function chartFillingPhone(): Promise<EventTimeline> {
  await setViewport({ width: 390, height: 844 });
  const page = await fixture<HTMLElement>(html`<div><div style="height:500px">Article text above the chart</div><event-timeline></event-timeline></div>`);
  const el = page.querySelector('event-timeline') as EventTimeline;
  el.events = syntheticEvents(300, 4);
  await settle(el);
  el.scrollIntoView({ block: 'start' });
  return el;
}

describe('<event-timeline> on a phone', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  it('brings the detail panel into view when an event is tapped', async () => {
    const el = await chartFillingPhone();
    const point = $(el, '[part~="point"] circle')!.getBoundingClientRect();
    const at = { clientX: point.left + point.width / 2, clientY: point.top + point.height / 2, bubbles: true, composed: true };
    $(el, '.plot')!.dispatchEvent(new MouseEvent('click', at));
    await settle(el);
    // Smooth scrolling takes a few frames.
    for (let i = 0; i < 40; i++) {
      const r = $(el, '[part="detail"]')!.getBoundingClientRect();
      if (r.bottom <= innerHeight + 1 && r.top >= -1) break;
      await new Promise((done) => setTimeout(done, 25));
    }
    const panel = $(el, '[part="detail"]')!.getBoundingClientRect();
    expect(panel.top).to.be.at.least(-1);
    expect(panel.bottom).to.be.at.most(innerHeight + 1);
  });

  it('brings the list into view when the List button opens it', async () => {
    const el = await chartFillingPhone();
    ($(el, '[part="toolbar"] button[aria-pressed]') as HTMLButtonElement).click();
    await settle(el);
    // Its heading and first event are what the user looks for.
    const top = () => $(el, '[part~="list"]')!.getBoundingClientRect().top;
    const firstRow = () => $(el, '[part~="list"] li')!.getBoundingClientRect().bottom;
    // Smooth scrolling takes a few frames.
    for (let i = 0; i < 40 && !(top() >= -1 && firstRow() <= innerHeight + 1); i++) await new Promise((done) => setTimeout(done, 25));
    expect(top(), "the list's top, seen").to.be.at.least(-1);
    expect(firstRow(), 'its first event, seen').to.be.at.most(innerHeight + 1);
  });

  it('keeps the header, the search field and the lane toggles inside a 390 by 500 px box', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<HTMLElement>(html`<div style="width:390px"><event-timeline style="height:500px"></event-timeline></div>`);
    const el = page.querySelector('event-timeline') as EventTimeline;
    el.events = syntheticDataset(300, 4);
    await settle(el);
    // With an event's details open below, the box is full: the lanes scroll, the rest keeps its height.
    const point = $(el, '[part~="point"] circle')!.getBoundingClientRect();
    $(el, '.plot')!.dispatchEvent(new MouseEvent('click', { clientX: point.left + point.width / 2, clientY: point.top + point.height / 2, bubbles: true }));
    await settle(el);
    expect($(el, '[part="detail"]')).to.exist;
    const box = el.getBoundingClientRect();
    for (const part of ['search', 'lane-toggle', 'toolbar', 'overview']) {
      const r = $(el, `[part~="${part}"]`)!.getBoundingClientRect();
      expect(r.height, `${part} has its height`).to.be.greaterThan(20);
      expect(r.bottom, `${part} inside the box`).to.be.at.most(box.bottom);
      expect(r.right, `${part} inside the box`).to.be.at.most(box.right + 1);
    }
    // The header wraps: the toolbar goes under the range, whole.
    const range = $(el, '.range')!.getBoundingClientRect();
    const toolbar = $(el, '[part="toolbar"]')!.getBoundingClientRect();
    expect(toolbar.top).to.be.at.least(range.bottom - 1);
  });

  it('shows the search field and every lane toggle, whole, in a 390 by 500 px box with six events in dark mode', async () => {
    await setViewport({ width: 390, height: 844 });
    await emulateMedia({ colorScheme: 'dark' });
    const page = await fixture<HTMLElement>(html`<div style="width:390px"><event-timeline style="height:500px"></event-timeline></div>`);
    const el = page.querySelector('event-timeline') as EventTimeline;
    el.events = [
      { title: 'Summit opens in Geneva', start: '2021-06-16', type: 'meeting' },
      { title: 'Parliament vote on the budget', start: '2021-06-20', type: 'vote' },
      { title: 'Sanctions announced', start: '2021-07-02', type: 'sanction' },
      { title: 'Ministers sign a trade agreement', start: '2021-07-10', end: '2021-07-12', type: 'agreement' },
      { title: 'Second vote, on amendments', start: '2021-07-15', type: 'vote' },
      { title: 'Press statement after the talks', start: '2021-07-21', type: 'statement' },
    ] as EventTimeline['events'];
    await settle(el);
    const box = el.getBoundingClientRect();
    const controls = [$(el, '[part~="search"]')!, ...$$(el, '[part~="lane-toggle"]')];
    expect(controls, 'the search field and five lane toggles').to.have.length(6);
    for (const control of controls) {
      const r = control.getBoundingClientRect();
      const name = control.getAttribute('part') === 'search' ? 'search field' : `toggle "${control.textContent!.trim()}"`;
      expect(r.height, `${name} has its height`).to.be.greaterThan(20);
      expect(r.left, `${name} inside the box`).to.be.at.least(box.left);
      expect(r.right, `${name} inside the box`).to.be.at.most(box.right);
      expect(r.bottom, `${name} inside the box`).to.be.at.most(box.bottom);
      // Seen, not hidden under something else or clipped by a scrolling row.
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit === control || control.contains(hit), `${name} is what its middle shows`).to.be.true;
    }
  });

  it('shows every lane toggle of a dataset with ten types on a phone, each one clickable', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<HTMLElement>(html`<div style="width:390px"><event-timeline></event-timeline></div>`);
    const el = page.querySelector('event-timeline') as EventTimeline;
    const types = ['meeting', 'visit', 'statement', 'vote', 'investigation', 'election', 'legal', 'accident', 'death', 'business'];
    el.events = types.map((type, i) => ({ title: `Event ${i}`, start: `2021-0${(i % 9) + 1}-10`, type })) as EventTimeline['events'];
    await settle(el);
    const toggles = $$(el, '[part~="lane-toggle"]');
    expect(toggles).to.have.length(10);
    for (const toggle of toggles) {
      const r = toggle.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit === toggle || toggle.contains(hit), `toggle "${toggle.textContent!.trim()}" is what its middle shows`).to.be.true;
      expect(r.bottom, 'on the screen').to.be.at.most(innerHeight);
    }
  });

  it('settles a phone-wide element without a ResizeObserver loop error, and keeps a right-to-left count apart from its range', async () => {
    // 31 events over twenty years in one lane: the lanes grow into the room the first measure gives
    // them, which resized the observed viewport within the observer's frame (the test runner fails a
    // test on the browser's "ResizeObserver loop" error).
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<HTMLElement>(html`<div style="width:390px" dir="rtl"><event-timeline locale="fr"></event-timeline></div>`);
    const el = page.querySelector('event-timeline') as EventTimeline;
    el.events = Array.from({ length: 31 }, (_, i) => ({ title: `Événement ${i}`, start: `${2007 + Math.floor((i * 2) / 3)}-10-09` })) as EventTimeline['events'];
    await settle(el);
    await new Promise((done) => setTimeout(done, 300));
    await settle(el);
    const range = $(el, '.range bdi')!.getBoundingClientRect();
    const count = $(el, '.count')!.getBoundingClientRect();
    // The count wraps whole: on a line of its own, or beside the range with a gap.
    const apart = count.top >= range.bottom - 1 || count.right <= range.left - 4 || count.left >= range.right + 4;
    expect(apart, `count ${JSON.stringify(count)} apart from range ${JSON.stringify(range)}`).to.be.true;
  });

  it('keeps an auto-height element with 20 lanes within a phone screen, its wrapped lane toggles too', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<HTMLElement>(html`<div style="width:390px"><event-timeline></event-timeline></div>`);
    const el = page.querySelector('event-timeline') as EventTimeline;
    el.events = syntheticEvents(600, 2);
    await settle(el);
    expect(el.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    expect($(el, '[part~="filters"]')!.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
  });

  it('keeps an open list and an event\'s details inside a 390 by 500 px box, their ends reached by scrolling in them', async () => {
    await setViewport({ width: 390, height: 844 });
    const page = await fixture<HTMLElement>(html`<div style="width:390px"><event-timeline style="height:500px"></event-timeline></div>`);
    const el = page.querySelector('event-timeline') as EventTimeline;
    // Many events for a long list, and one with a long source sentence for the details.
    const data = syntheticDataset(300, 4);
    const sample = sampleDataset();
    el.events = { ...data, articles: [...data.articles, ...sample.articles], events: [...data.events, ...sample.events] };
    await settle(el);
    const box = el.getBoundingClientRect();
    ($(el, '[part="toolbar"] button[aria-pressed]') as HTMLButtonElement).click();
    await settle(el);
    const list = $(el, '[part~="list"]')!;
    expect(list.getBoundingClientRect().bottom, 'the list inside the box').to.be.at.most(box.bottom + 1);
    const rows = list.querySelector('ol')!;
    rows.scrollTop = rows.scrollHeight;
    const more = list.querySelector('.more button') ?? list.querySelector('li:last-child')!;
    expect(more.getBoundingClientRect().bottom, 'the end of the list, scrolled to').to.be.at.most(box.bottom + 1);
    ($(el, '[part="toolbar"] button[aria-pressed]') as HTMLButtonElement).click();
    el.zoomTo('2017-04-01', '2017-05-01');
    await settle(el);
    const point = $(el, '[part~="point"] circle')!.getBoundingClientRect();
    $(el, '.plot')!.dispatchEvent(new MouseEvent('click', { clientX: point.left + point.width / 2, clientY: point.top + point.height / 2, bubbles: true }));
    await settle(el);
    const detail = $(el, '[part="detail"]') as HTMLElement;
    expect(detail.getBoundingClientRect().bottom, 'the details inside the box').to.be.at.most(box.bottom + 1);
    detail.scrollTop = detail.scrollHeight;
    const last = detail.lastElementChild!.getBoundingClientRect();
    expect(last.bottom, 'the end of the details, scrolled to').to.be.at.most(box.bottom + 1);
  });
});
