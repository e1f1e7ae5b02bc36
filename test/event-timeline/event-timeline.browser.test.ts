import { expect, fixture, html } from '@open-wc/testing';
import '@event-timeline/component';
import type { EventTimeline } from '@event-timeline/component';
import { sampleDataset } from '../fixtures/dataset.js';

describe('<event-timeline>', () => {
  it('is accessible', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .events=${sampleDataset().events}></event-timeline>`);
    await expect(el).to.be.accessible();
  });

  it('draws one mark per event on a time axis', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline .events=${sampleDataset().events}></event-timeline>`);
    const marks = el.shadowRoot!.querySelectorAll('[part~="event"]');
    expect(marks).to.have.length(2);
    const axisLabels = [...el.shadowRoot!.querySelectorAll('[part~="axis"] text')].map((t) => t.textContent);
    expect(axisLabels.join(' ')).to.match(/April|May|June|July|August|September|October/);
  });
});
