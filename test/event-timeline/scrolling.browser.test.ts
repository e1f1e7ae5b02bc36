import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EventTimeline } from '@event-timeline/component';
import { EVENT_TYPES, type TimelineEvent } from '@event-timeline/data/schema';
import { sampleEvent } from '../fixtures/dataset.js';
import { $, $$, liveText, plot, settle, tabToChart } from './helpers.js';

// A timeline taller than its element: one lane per event type, so the lanes scroll. Only the
// lanes on screen are laid out and drawn; these tests scroll and check the rest appear.

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Three events per type, a month apart; the `other` lane (the last) holds the latest event. */
function lanesOfEvents(): TimelineEvent[] {
  return EVENT_TYPES.flatMap((type, t) =>
    [0, 1, 2].map((k) => {
      const day = Date.UTC(2017, k * 3, 1) + (type === 'other' ? 40 : t) * DAY;
      return sampleEvent({
        id: `${type}-${k}`,
        title: `${type} event ${k}`,
        type,
        time: { value: iso(day), start: iso(day), end: iso(day + DAY), granularity: 'day', anchor: 'explicit' },
      });
    }),
  );
}

async function tall(attrs: { 'canvas-threshold'?: string } = {}): Promise<EventTimeline> {
  const wrap = await fixture(
    html`<div style="width:800px"><button id="before">before</button><event-timeline style="height:320px" canvas-threshold=${attrs['canvas-threshold'] ?? '1500'}></event-timeline></div>`,
  );
  const el = wrap.querySelector('event-timeline')!;
  el.events = lanesOfEvents();
  await settle(el);
  return el;
}

const scroller = (el: EventTimeline) => $(el, '.scroller') as HTMLElement;
const labelsOf = (el: EventTimeline, type: string) => $$(el, '[part~="label"]').filter((t) => t.textContent!.startsWith(`${type} event`));

/** Scrolls the lanes to the bottom as a user would, and waits for the frame that shows them. */
async function scrollToBottom(el: EventTimeline): Promise<void> {
  const s = scroller(el);
  s.scrollTop = s.scrollHeight;
  await new Promise((resolve) => s.addEventListener('scroll', resolve, { once: true }));
  await settle(el);
}

describe('<event-timeline> scrolling lanes', () => {
  it('scrolls its lanes inside a fixed height, and draws the lanes that scroll into view', async () => {
    const el = await tall();
    const s = scroller(el);
    expect(s.scrollHeight, 'the lanes are taller than the element').to.be.greaterThan(s.clientHeight * 2);
    expect(labelsOf(el, 'meeting')).to.have.length(3);
    await scrollToBottom(el);
    expect(s.scrollTop).to.be.greaterThan(0);
    const labels = labelsOf(el, 'other');
    expect(labels, 'labels of the last lane after scrolling').to.have.length(3);
    const view = s.getBoundingClientRect();
    for (const label of labels) {
      const box = label.getBoundingClientRect();
      expect(box.top >= view.top && box.bottom <= view.bottom, 'a label of the last lane is on screen').to.equal(true);
    }
    expect($$(el, '[part~="event"]').length, 'marks of the lanes on screen').to.be.greaterThan(0);
  });

  it('draws every lane on screen in the first frame with data, and none far below it', async () => {
    // A small font makes the header as short as it gets: the lanes' viewport is then as tall as it
    // can be for the element's height, before it has ever been measured.
    for (const font of ['13px/1.45 system-ui', '8px/1 system-ui']) {
      const wrap = await fixture(html`<div style="width:800px"><event-timeline style="height:320px; --event-timeline-font:${font}"></event-timeline></div>`);
      const el = wrap.querySelector('event-timeline')!;
      await settle(el);
      el.events = lanesOfEvents();
      await el.updateComplete;
      // Right after the first frame with data is painted.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const view = scroller(el).getBoundingClientRect();
      const drawnTo = Math.max(...$$(el, '[part="lane"]').map((lane) => lane.getBoundingClientRect().bottom));
      expect(drawnTo, `the lanes drawn reach the bottom of the viewport (${font})`).to.be.at.least(view.bottom);
      const onScreen = $$(el, '[part="lane-label"]').filter((l) => l.getBoundingClientRect().top < view.bottom);
      for (const lane of onScreen) {
        const type = EVENT_TYPES.find((t) => lane.textContent!.trim().toLowerCase().startsWith(`${t.replace(/-/g, ' ')} `))!;
        expect(labelsOf(el, type), `marks of the ${type} lane, on screen (${font})`).to.have.length(3);
      }
      expect(labelsOf(el, 'other'), `the last lane, far below the viewport (${font})`).to.have.length(0);
    }
  });

  it('draws the canvas of the first frame with data over the viewport, and hardly below it', async () => {
    const wrap = await fixture(html`<div style="width:800px"><event-timeline style="height:420px" canvas-threshold="0"></event-timeline></div>`);
    const el = wrap.querySelector('event-timeline')!;
    await settle(el);
    el.events = lanesOfEvents();
    await el.updateComplete;
    // The canvas as the first frame with data sized it, before the viewport is measured.
    const canvas = $(el, 'canvas') as HTMLCanvasElement;
    const drawn = canvas.getBoundingClientRect().height;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const view = scroller(el).clientHeight;
    expect(drawn, 'the canvas covers the viewport').to.be.at.least(view);
    expect(drawn, 'and draws at most a few px of lanes below it').to.be.at.most(view + 4);
  });

  it('draws the top lanes again when new data arrives after being scrolled down', async () => {
    const el = await tall();
    await scrollToBottom(el);
    el.events = [];
    await settle(el);
    expect($(el, '[part="state"]')!.textContent).to.contain('No events');
    el.events = lanesOfEvents();
    await settle(el);
    expect(scroller(el).scrollTop).to.equal(0);
    expect(labelsOf(el, 'meeting'), 'the first lane, on screen, has its marks').to.have.length(3);
  });

  it('draws the canvas where the lanes are scrolled to, and hit-tests marks there', async () => {
    const el = await tall({ 'canvas-threshold': '0' });
    await scrollToBottom(el);
    const canvas = $(el, 'canvas') as HTMLCanvasElement;
    expect(canvas).to.exist;
    const view = scroller(el).getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    expect(box.top, 'the canvas covers the visible part of the lanes').to.be.at.most(view.top + 1);
    expect(box.bottom).to.be.at.least(view.bottom - 1);
    // The mark just left of a label of the last lane: painted on the canvas, and clickable.
    // (The middle one: the last label may sit left of its mark, at the right edge.)
    const label = labelsOf(el, 'other')[1].getBoundingClientRect();
    const [x, y] = [label.left - 11, label.top + label.height / 2];
    const ctx = canvas.getContext('2d')!;
    const scale = canvas.width / box.width;
    const pixel = ctx.getImageData(Math.round((x - box.left) * scale), Math.round((y - box.top) * scale), 1, 1).data;
    expect(pixel[3], 'the mark is painted under the label').to.be.greaterThan(0);
    const fired = oneEvent(el, 'timeline-select');
    plot(el).dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
    expect((await fired).detail.event.id).to.equal('other-1');
  });

  it('scrolls the lane of the focused event into view when the keyboard moves to it', async () => {
    const el = await tall();
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await tabToChart(el);
    await settle(el);
    expect(scroller(el).scrollTop).to.equal(0);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(liveText(el)).to.contain('other event 2');
    const ring = $(el, '[part~="focus-ring"]')!.getBoundingClientRect();
    const view = scroller(el).getBoundingClientRect();
    expect(ring.top >= view.top && ring.bottom <= view.bottom, 'the focus ring is on screen').to.equal(true);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(scroller(el).scrollTop, 'back at the first lane').to.equal(0);
  });
});
