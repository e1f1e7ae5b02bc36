import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '@event-timeline/component';
import type { TimelineEvent } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';
import { $, $$, collect, liveText, plot, settle, timeline, tabToChart } from './helpers.js';

const DAY = 86_400_000;
const span = (el: EventTimeline) => +el.visibleRange.end - +el.visibleRange.start;
const ev = (id: string, iso: string, title = id): TimelineEvent =>
  sampleEvent({ id, title, time: { value: iso, start: iso, end: new Date(Date.parse(iso) + DAY).toISOString().slice(0, 10), granularity: 'day', anchor: 'explicit' } });
const three = () => [ev('first', '2017-01-10', 'First event'), ev('second', '2017-03-15', 'Second event'), ev('third', '2017-06-20', 'Third event')];

/** A button before the timeline, focused, so that Tab enters the timeline as a user would. */
async function withButtonBefore(events: unknown): Promise<EventTimeline> {
  const wrap = await fixture(html`<div style="width:800px"><button id="before">before</button><event-timeline .events=${events}></event-timeline></div>`);
  const el = wrap.querySelector('event-timeline')!;
  await settle(el);
  (wrap.querySelector('#before') as HTMLButtonElement).focus();
  return el;
}

describe('<event-timeline> interaction', () => {
  it('is accessible', async () => {
    const el = await timeline(three());
    await expect(el).to.be.accessible();
  });

  it('zooms in on a wheel and reports the new range', async () => {
    const el = await timeline(three());
    const before = span(el);
    const r = plot(el).getBoundingClientRect();
    const fired = oneEvent(el, 'timeline-range-change');
    plot(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -400, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true }));
    const e = await fired;
    expect(e.bubbles && e.composed).to.equal(true);
    expect(+e.detail.end - +e.detail.start).to.be.lessThan(before * 0.8);
    await settle(el);
    expect(span(el)).to.equal(+e.detail.end - +e.detail.start);
  });

  it('pans on a sideways wheel (trackpad swipe) without zooming', async () => {
    const el = await timeline(three());
    el.zoomTo('2017-02-01', '2017-03-01');
    await settle(el);
    const before = { start: +el.visibleRange.start, span: span(el) };
    const fired = oneEvent(el, 'timeline-range-change');
    plot(el).dispatchEvent(new WheelEvent('wheel', { deltaX: 200, deltaY: 0, bubbles: true, cancelable: true }));
    const e = await fired;
    expect(+e.detail.start).to.be.greaterThan(before.start);
    expect(+e.detail.end - +e.detail.start).to.be.closeTo(before.span, 1000);
  });

  it('enters with Tab, moves between events in time order with arrows, and announces them', async () => {
    const el = await withButtonBefore(three());
    await tabToChart(el);
    expect(el.shadowRoot!.activeElement).to.equal(plot(el));
    await settle(el);
    expect(liveText(el)).to.contain('First event');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(liveText(el)).to.contain('Second event');
    expect(liveText(el)).to.contain('2 of 3');
    expect($(el, '[part~="focus-ring"]')).to.exist;
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(liveText(el)).to.contain('Third event');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(liveText(el)).to.contain('First event');
  });

  it('selects with Enter: fires timeline-select with the event as given and opens the detail panel with the date highlighted', async () => {
    const data = sampleDataset();
    data.events[0].mentions[0] = {
      articleId: data.articles[0].id,
      sentence: 'Lavrov said on 12 April that talks were frank.',
      start: 100,
      end: 146,
      timex: { text: '12 April', start: 114, end: 122 },
    };
    const el = await withButtonBefore(data);
    await tabToChart(el);
    await settle(el);
    const fired = oneEvent(el, 'timeline-select');
    await sendKeys({ press: 'Enter' });
    const e = await fired;
    expect(e.detail.event).to.equal(data.events[0]);
    await settle(el);
    const panel = $(el, '[part="detail"]')!;
    expect(panel.querySelector('[role="heading"]')!.textContent).to.equal('Tillerson and Lavrov meet in Moscow');
    expect(panel.querySelector('mark')!.textContent).to.equal('12 April');
    expect(panel.querySelector('blockquote')!.textContent).to.equal('Lavrov said on 12 April that talks were frank.');
    expect(panel.querySelector('cite')!.textContent).to.contain('Lavrov-Tillerson meeting round-up');
    // As its report writes it: the mention's own date expression, not the event's first one.
    expect(panel.textContent).to.contain('“12 April”');
    expect(panel.textContent).to.contain('Rex Tillerson, Sergey Lavrov');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect($(el, '[part="detail"]')).to.equal(null);
  });

  it('zooms with + and -, pans with Shift+arrows, and resets with 0, each reported as a range change', async () => {
    const el = await withButtonBefore(three());
    await tabToChart(el);
    const full = span(el);
    let fired = oneEvent(el, 'timeline-range-change');
    await sendKeys({ press: '+' });
    expect(+(await fired).detail.end - +(await fired).detail.start).to.be.closeTo(full / 2, full * 0.01);
    const startBefore = +el.visibleRange.start;
    fired = oneEvent(el, 'timeline-range-change');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    const panned = (await fired).detail;
    expect(+panned.end - +panned.start).to.be.closeTo(full / 2, full * 0.01);
    expect(+panned.start).to.be.greaterThan(startBefore);
    fired = oneEvent(el, 'timeline-range-change');
    await sendKeys({ press: '-' });
    await fired;
    expect(span(el)).to.be.closeTo(full, full * 0.01);
    await sendKeys({ press: '+' });
    fired = oneEvent(el, 'timeline-range-change');
    await sendKeys({ press: '0' });
    await fired;
    expect(span(el)).to.be.closeTo(full, 1);
  });

  it('selects an event by clicking its mark', async () => {
    const el = await timeline(three());
    const r = $$(el, '[part~="point"] circle')[1].getBoundingClientRect();
    const fired = oneEvent(el, 'timeline-select');
    plot(el).dispatchEvent(new MouseEvent('click', { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true }));
    expect((await fired).detail.event.id).to.equal('second');
  });

  it('shows a tooltip with the title and date on hover', async () => {
    const el = await timeline(three());
    const r = $$(el, '[part~="point"] circle')[0].getBoundingClientRect();
    plot(el).dispatchEvent(new PointerEvent('pointermove', { clientX: r.left + 5, clientY: r.top + 5, bubbles: true }));
    await settle(el);
    const tip = $(el, '[part="tooltip"]')!;
    expect(tip.textContent).to.contain('First event');
    expect(tip.textContent).to.contain('January 10, 2017');
  });

  it('pans when the window of the overview strip is dragged', async () => {
    const el = await timeline(three());
    el.zoomTo('2017-01-01', '2017-02-01');
    await settle(el);
    const strip = $(el, '[part="overview"] svg')!;
    const sel = $(el, '[part="overview"] .selection')!.getBoundingClientRect();
    const at = (type: string, x: number) =>
      strip.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: sel.top + 10, pointerId: 7, button: 0, bubbles: true }));
    const fired = oneEvent(el, 'timeline-range-change');
    at('pointerdown', sel.left + sel.width / 2);
    at('pointermove', sel.left + sel.width / 2 + 200);
    at('pointerup', sel.left + sel.width / 2 + 200);
    const e = await fired;
    expect(+e.detail.start).to.be.greaterThan(Date.UTC(2017, 1, 1));
  });

  it('does not report a zoomTo() made right after a wheel gesture as a user action', async () => {
    const el = await timeline(three());
    const r = plot(el).getBoundingClientRect();
    const wheel = oneEvent(el, 'timeline-range-change');
    plot(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true }));
    await wheel;
    // d3-zoom keeps the wheel gesture open for 150 ms; code zooming inside that window is still code.
    const fired = await collect(el, 'timeline-range-change', 50, async () => {
      el.zoomTo('2017-02-01', '2017-04-01');
      await settle(el);
    });
    expect(fired).to.have.length(0);
    expect(+el.visibleRange.start).to.be.closeTo(Date.UTC(2017, 1, 1), DAY);
  });

  it('fires nothing when code sets properties or calls zoomTo, fit and reset', async () => {
    const el = await timeline(three());
    const fired = await collect(el, 'timeline-range-change', 100, async () => {
      el.zoomTo('2017-02-01', '2017-04-01');
      await settle(el);
      expect(+el.visibleRange.start).to.be.closeTo(Date.UTC(2017, 1, 1), DAY);
      expect(+el.visibleRange.end).to.be.closeTo(Date.UTC(2017, 3, 1), DAY);
      el.fit();
      el.reset();
      el.events = sampleDataset();
      el.setAttribute('start', '2017-05-01');
      el.setAttribute('end', '2017-06-01');
      el.groupBy = 'actor';
      await settle(el);
    });
    const selects = await collect(el, 'timeline-select', 50, () => settle(el));
    expect(fired).to.have.length(0);
    expect(selects).to.have.length(0);
    expect(+el.visibleRange.start).to.be.closeTo(Date.UTC(2017, 4, 1), DAY);
  });

  it('starts at the window of the start and end attributes', async () => {
    const el = await timeline(three(), { start: '2017-03-01', end: '2017-04-01' });
    expect(+el.visibleRange.start).to.be.closeTo(Date.UTC(2017, 2, 1), DAY / 2);
    expect(+el.visibleRange.end).to.be.closeTo(Date.UTC(2017, 3, 1), DAY / 2);
    expect($$(el, '[part~="point"]')).to.have.length(1);
  });

  it('loads a dataset from src, showing a loading state first', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline src="/test/event-timeline/fixtures/dataset.json"></event-timeline>`);
    expect($(el, '[part="state"]')!.textContent).to.contain('Loading');
    for (let i = 0; i < 50 && !$(el, '[part~="event"]'); i++) await new Promise((r) => setTimeout(r, 20));
    await settle(el);
    expect($$(el, '[part~="event"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('shows an error when src fails or is not JSON', async () => {
    for (const [src, reason] of [
      ['/test/event-timeline/fixtures/missing.json', '404'],
      ['/test/event-timeline/fixtures/not-json.json', 'not JSON'],
    ]) {
      const el = await fixture<EventTimeline>(html`<event-timeline src=${src}></event-timeline>`);
      for (let i = 0; i < 50 && !$(el, '[role="alert"]'); i++) await new Promise((r) => setTimeout(r, 20));
      const alert = $(el, '[role="alert"]')!;
      expect(alert.textContent).to.contain(src);
      expect(alert.textContent).to.contain(reason);
    }
  });

  it('announces the visible range in the live region after the user zooms', async () => {
    const el = await withButtonBefore(three());
    await tabToChart(el);
    await sendKeys({ press: '+' });
    await new Promise((r) => setTimeout(r, 600));
    await settle(el);
    expect(liveText(el)).to.match(/^Showing .+2017.+, \d+ events\.$/);
  });

  it('lets a slotted element replace the built-in detail panel', async () => {
    const wrap = await fixture(html`<div style="width:800px">
      <event-timeline .events=${three()}><aside slot="detail" id="mine">My panel</aside></event-timeline>
    </div>`);
    const el = wrap.querySelector('event-timeline')!;
    await settle(el);
    const r = $$(el, '[part~="point"] circle')[0].getBoundingClientRect();
    plot(el).dispatchEvent(new MouseEvent('click', { clientX: r.left + 5, clientY: r.top + 5, bubbles: true }));
    await settle(el);
    const slot = $(el, 'slot[name="detail"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['mine']);
    // The built-in panel is the slot's fallback: rendered for the selection, but not shown while something is slotted.
    const builtIn = slot.querySelector('[part="detail"]') as HTMLElement;
    expect(builtIn.querySelector('[role="heading"]')!.textContent).to.equal('First event');
    expect(builtIn.offsetParent).to.equal(null);
  });

  it('keeps the same dates in view when the element is resized', async () => {
    const el = await timeline(three());
    el.zoomTo('2017-02-01', '2017-04-01');
    await settle(el);
    el.parentElement!.style.width = '500px';
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(+el.visibleRange.start).to.be.closeTo(Date.UTC(2017, 1, 1), DAY);
    expect(+el.visibleRange.end).to.be.closeTo(Date.UTC(2017, 3, 1), DAY);
  });

  it('hit-tests marks drawn on canvas for hover and click', async () => {
    const el = await timeline(three(), { 'canvas-threshold': '0' });
    expect($(el, 'canvas')).to.exist;
    expect($$(el, '[part~="event"]')).to.have.length(0);
    // Labels stay SVG; a point's mark sits just left of its label.
    const label = $$(el, '[part~="label"]').find((t) => t.textContent!.startsWith('Second event'))!.getBoundingClientRect();
    const at = { clientX: label.left - 11, clientY: label.top + label.height / 2, bubbles: true };
    plot(el).dispatchEvent(new PointerEvent('pointermove', at));
    await settle(el);
    expect($(el, '[part="tooltip"]')!.textContent).to.contain('Second event');
    const fired = oneEvent(el, 'timeline-select');
    plot(el).dispatchEvent(new MouseEvent('click', at));
    expect((await fired).detail.event.id).to.equal('second');
  });

  it('selects with Space as well as Enter', async () => {
    const el = await withButtonBefore(three());
    await tabToChart(el);
    await sendKeys({ press: 'ArrowRight' });
    const fired = oneEvent(el, 'timeline-select');
    await sendKeys({ press: 'Space' });
    expect((await fired).detail.event.id).to.equal('second');
  });
});
