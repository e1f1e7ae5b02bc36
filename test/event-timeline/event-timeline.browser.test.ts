import { expect } from '@open-wc/testing';
import { sampleDataset } from '../fixtures/dataset.js';
import { $$, timeline } from './helpers.js';

describe('<event-timeline>', () => {
  it('is accessible', async () => {
    const el = await timeline(sampleDataset());
    await expect(el).to.be.accessible();
  });

  it('draws one mark per event on a two-level time axis', async () => {
    const el = await timeline(sampleDataset());
    expect($$(el, '[part~="event"]')).to.have.length(2);
    const axis = $$(el, '[part~="axis"] text').map((t) => t.textContent);
    expect(axis.join(' ')).to.match(/Apr|May|Jun|Jul|Aug|Sep|Oct/);
    expect(axis.join(' ')).to.contain('2017');
  });
});
