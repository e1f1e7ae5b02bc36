import { expect } from 'chai';

describe('@event-timeline/component in Node', () => {
  it('imports without a DOM (server-side rendering) and exports the element and its events', async () => {
    expect(typeof (globalThis as { document?: unknown }).document).to.equal('undefined');
    const mod = await import('@event-timeline/component');
    expect(mod.EventTimeline).to.be.a('function');
    expect(mod.TimelineSelectEvent).to.be.a('function');
    expect(mod.TimelineRangeChangeEvent).to.be.a('function');
  });
});
