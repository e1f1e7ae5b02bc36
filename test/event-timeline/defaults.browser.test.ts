import { expect } from '@open-wc/testing';
import { $, $$, settle, timeline } from './helpers.js';

const april = (d: number) => `2017-04-${String(d).padStart(2, '0')}`;
const clustered = [
  { title: 'Old story', start: '2014-01-28' },
  { title: 'Older follow-up', start: '2015-02-12' },
  ...Array.from({ length: 16 }, (_, i) => ({ title: `April event ${i}`, start: april(i + 1) })),
];

describe('<event-timeline> the first view', () => {
  it('leaves two far outliers out of the first window, keeps them in the overview, and fit() brings them in', async () => {
    const el = await timeline(clustered);
    expect(+el.visibleRange.start).to.be.above(Date.UTC(2017, 2, 1));
    expect($(el, 'header .count')!.textContent).to.equal('16 of 18 events');
    // The overview strip spans the whole range: its year ticks start in 2014.
    expect($$(el, '[part~="overview"] text').map((t) => t.textContent)).to.include('2014');
    el.fit();
    await settle(el);
    expect($(el, 'header .count')!.textContent).to.equal('18 of 18 events');
    el.reset();
    await settle(el);
    expect($(el, 'header .count')!.textContent).to.equal('16 of 18 events');
  });
});

describe('<event-timeline> an empty window', () => {
  it('offers the nearest event when none is in view, and goes there', async () => {
    const el = await timeline(clustered);
    el.zoomTo('2016-01-01', '2016-02-01');
    await settle(el);
    expect($(el, 'header .count')!.textContent).to.equal('0 of 18 events');
    const button = $(el, '[part~="nearest"]') as HTMLButtonElement;
    expect(button.textContent).to.contain('Older follow-up');
    button.click();
    await settle(el);
    expect($(el, 'header .count')!.textContent).not.to.match(/^0 of/);
    expect($(el, '[part~="nearest"]')).to.equal(null);
  });
});
