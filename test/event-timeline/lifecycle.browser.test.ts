import { expect, fixture, html } from '@open-wc/testing';
import '@event-timeline/component';
import { sampleDataset } from '../fixtures/dataset.js';
import { $, $$, collect, inTimeZone, plot, settle, timeline } from './helpers.js';
import { syntheticEvents } from './synthetic.js';

describe('<event-timeline> lifecycle', () => {
  it('is accessible', async () => {
    const el = await timeline(sampleDataset());
    await expect(el).to.be.accessible();
  });

  it('leaves no observers or window/document listeners behind after being attached and removed 30 times', async () => {
    const RealObserver = window.ResizeObserver;
    let observing = 0;
    window.ResizeObserver = class extends RealObserver {
      private active = 0;
      override observe(target: Element, options?: ResizeObserverOptions) {
        this.active++;
        observing++;
        super.observe(target, options);
      }
      override unobserve(target: Element) {
        this.active--;
        observing--;
        super.unobserve(target);
      }
      override disconnect() {
        observing -= this.active;
        this.active = 0;
        super.disconnect();
      }
    };
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    let globalListeners = 0;
    const isGlobal = (t: unknown) => t === window || t === document || t === document.documentElement || t === document.body;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      if (isGlobal(this)) globalListeners++;
      return add.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      if (isGlobal(this)) globalListeners--;
      return remove.apply(this, args);
    };
    try {
      const host = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
      const el = document.createElement('event-timeline');
      el.events = sampleDataset();
      for (let i = 0; i < 30; i++) {
        host.append(el);
        await settle(el);
        // A drag started and not finished must not leave its window listeners either.
        const plot = el.shadowRoot!.querySelector('.plot')!;
        plot.dispatchEvent(new MouseEvent('mousedown', { clientX: 100, clientY: 40, bubbles: true, view: window }));
        window.dispatchEvent(new MouseEvent('mouseup', { clientX: 100, clientY: 40, view: window }));
        el.remove();
      }
      const fresh = Array.from({ length: 10 }, () => document.createElement('event-timeline'));
      for (const f of fresh) {
        f.events = sampleDataset();
        host.append(f);
        await settle(f);
        f.remove();
      }
      expect(observing, 'ResizeObservers still observing').to.equal(0);
      expect(globalListeners, 'listeners left on window/document').to.equal(0);
      host.append(el);
      await settle(el);
      // One observer for the element's width and its scrolling viewport's height.
      expect(observing, 'targets observed: the element and its viewport').to.equal(2);
      expect($$(el, '[part~="event"]')).to.have.length(2);
    } finally {
      window.ResizeObserver = RealObserver;
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    }
  });

  it('leaves no idle callback pending after being removed before the page was idle', async () => {
    // Large inputs schedule work for idle time (the full validation, the zoom rehearsal): a
    // removed element must cancel all of it, or it keeps running for a page that dropped it.
    const request = window.requestIdleCallback;
    const cancel = window.cancelIdleCallback;
    const pending = new Set<number>();
    window.requestIdleCallback = (callback, options) => {
      const handle: number = request((deadline) => {
        pending.delete(handle);
        callback(deadline);
      }, options);
      pending.add(handle);
      return handle;
    };
    window.cancelIdleCallback = (handle) => {
      pending.delete(handle);
      cancel(handle);
    };
    try {
      const host = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const el = document.createElement('event-timeline');
      el.events = syntheticEvents(5000, 3);
      host.append(el);
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(pending.size, 'idle work scheduled by 5,000 events').to.be.greaterThan(0);
      el.remove();
      expect(pending.size, 'idle callbacks left after removal').to.equal(0);
    } finally {
      window.requestIdleCallback = request;
      window.cancelIdleCallback = cancel;
    }
  });

  it('changes nothing on screen and fires nothing while it rehearses zooming in idle time', async () => {
    const el = await timeline(syntheticEvents(5000, 5));
    const canvas = $(el, 'canvas') as HTMLCanvasElement;
    expect(canvas, 'drawn on canvas').to.exist;
    const before = { range: el.visibleRange, markup: el.shadowRoot!.innerHTML, pixels: canvas.toDataURL() };
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
    const fired = await collect(el, 'timeline-range-change', 50, async () => {
      for (let i = 0; i < 5; i++) await idle();
      await settle(el);
    });
    expect(fired, 'timeline-range-change events').to.have.length(0);
    expect(el.visibleRange).to.deep.equal(before.range);
    expect(el.shadowRoot!.innerHTML, 'the shadow DOM').to.equal(before.markup);
    expect(canvas.toDataURL(), 'the canvas pixels').to.equal(before.pixels);
  });

  it('brings the event list up to date after being removed in the middle of a zoom and attached again', async () => {
    const el = await timeline(sampleDataset());
    const heading = () => $(el, '#list-title')!.textContent!;
    const all = heading();
    // A wheel zoom, then the element leaves the page before the zoom settles (400 ms).
    const r = plot(el).getBoundingClientRect();
    plot(el).dispatchEvent(new WheelEvent('wheel', { deltaY: -400, clientX: r.left + r.width / 2, clientY: r.top + 20, bubbles: true, cancelable: true }));
    await settle(el);
    const parent = el.parentElement!;
    el.remove();
    await new Promise((done) => setTimeout(done, 500));
    parent.append(el);
    // Code then shows a window with one event: the list must follow, not stay frozen.
    el.zoomTo('2017-04-12', '2017-04-13');
    await settle(el);
    expect(heading()).to.not.equal(all);
    expect(heading()).to.match(/\(1\)/);
  });

  it("puts day events and day labels at the same place whatever the viewer's time zone", async () => {
    const render = async () => {
      const el = await fixture(html`<div style="width:800px"><event-timeline .events=${sampleDataset()} start="2017-04-01" end="2017-04-30"></event-timeline></div>`);
      const t = el.querySelector('event-timeline')!;
      await settle(t);
      const axis = $$(t, '[part~="axis"] text').map((n) => `${n.getAttribute('x')}:${n.textContent}`);
      const marks = $$(t, '[part~="point"] circle').map((c) => c.getAttribute('cx'));
      return { axis, marks };
    };
    const utc = await render();
    // As a viewer at UTC−10 (Honolulu) would: every local-time getter answers 10 hours earlier.
    const honolulu = await inTimeZone(-10, render);
    expect(utc.axis).to.include.members(['12', '13'].map((d) => utc.axis.find((a) => a.endsWith(`:${d}`))!));
    expect(honolulu).to.deep.equal(utc);
    // The 12 April mark sits in the cell labelled 12.
    const cell12 = Number(utc.axis.find((a) => a.endsWith(':12'))!.split(':')[0]);
    expect(Math.abs(Number(utc.marks[0]) - cell12)).to.be.lessThan(2);
  });
});
