import { expect } from '@open-wc/testing';
import { sampleDataset } from '../fixtures/dataset.js';
import { $, settle, timeline } from './helpers.js';

describe('<event-timeline> days at hour zoom', () => {
  it('draws a day event zoomed to hours as a band over its whole day, not a dot at noon', async () => {
    const el = await timeline(sampleDataset());
    el.zoomTo('2017-04-11T12:00:00Z', '2017-04-13T12:00:00Z');
    await settle(el);
    expect($(el, '[part~="point"] circle'), 'a dot').to.equal(null);
    const band = $(el, '[part~="point"] rect.day')!.getBoundingClientRect();
    const plotBox = $(el, '.plot')!.getBoundingClientRect();
    // The window is two days wide: the day of 12 April covers its middle half.
    expect((band.left - plotBox.left) / plotBox.width).to.be.closeTo(0.25, 0.01);
    expect(band.width / plotBox.width).to.be.closeTo(0.5, 0.01);
  });

  it('keeps the dot at day and month zoom', async () => {
    const el = await timeline(sampleDataset());
    el.zoomTo('2017-04-01', '2017-05-01');
    await settle(el);
    expect($(el, '[part~="point"] circle')).to.exist;
  });
});
