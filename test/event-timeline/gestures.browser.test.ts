import { expect } from '@open-wc/testing';
import { sampleDataset } from '../fixtures/dataset.js';
import { collect, plot, settle, timeline } from './helpers.js';

const pointer = (target: EventTarget, type: string, clientX: number, clientY: number, pointerId = 1, pointerType = 'mouse') =>
  target.dispatchEvent(new PointerEvent(type, { clientX, clientY, pointerId, pointerType, button: 0, buttons: type === 'pointerup' ? 0 : 1, isPrimary: pointerId === 1, bubbles: true, composed: true }));

describe('<event-timeline> gestures on the plot', () => {
  it('pans on a drag, reports it, and the click that ends the drag selects nothing', async () => {
    const el = await timeline(sampleDataset(), { start: '2017-06-01', end: '2017-08-01' });
    const r = plot(el).getBoundingClientRect();
    const y = r.top + 30;
    const before = +el.visibleRange.start;
    const selects = await collect(el, 'timeline-select', 20, async () => {
      const fired = await collect(el, 'timeline-range-change', 20, async () => {
        pointer(plot(el), 'pointerdown', r.left + 400, y);
        for (let x = 400; x >= 200; x -= 40) pointer(window, 'pointermove', r.left + x, y);
        pointer(window, 'pointerup', r.left + 200, y);
        plot(el).dispatchEvent(new MouseEvent('click', { clientX: r.left + 200, clientY: y, bubbles: true, composed: true }));
        await settle(el);
      });
      expect(fired.length).to.be.greaterThan(0);
    });
    // Dragged left: later dates come into view.
    expect(+el.visibleRange.start).to.be.above(before);
    expect(selects).to.have.length(0);
  });

  it('zooms in on a pinch with two fingers, around their middle', async () => {
    const el = await timeline(sampleDataset());
    const r = plot(el).getBoundingClientRect();
    const y = r.top + 30;
    const before = +el.visibleRange.end - +el.visibleRange.start;
    pointer(plot(el), 'pointerdown', r.left + 350, y, 1, 'touch');
    pointer(plot(el), 'pointerdown', r.left + 450, y, 2, 'touch');
    for (let d = 60; d <= 200; d += 20) {
      pointer(window, 'pointermove', r.left + 400 - d, y, 1, 'touch');
      pointer(window, 'pointermove', r.left + 400 + d, y, 2, 'touch');
    }
    pointer(window, 'pointerup', r.left + 200, y, 1, 'touch');
    pointer(window, 'pointerup', r.left + 600, y, 2, 'touch');
    await settle(el);
    expect(+el.visibleRange.end - +el.visibleRange.start).to.be.below(before / 2);
  });

  it('zooms in on a double-click', async () => {
    const el = await timeline(sampleDataset());
    const r = plot(el).getBoundingClientRect();
    const before = +el.visibleRange.end - +el.visibleRange.start;
    plot(el).dispatchEvent(new MouseEvent('dblclick', { clientX: r.left + 400, clientY: r.top + 30, bubbles: true, composed: true }));
    await settle(el);
    expect(+el.visibleRange.end - +el.visibleRange.start).to.be.closeTo(before / 2, before * 0.02);
  });
});
