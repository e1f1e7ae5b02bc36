import { expect } from 'chai';
import { validateEvent } from '@event-timeline/data';
import { generateEvents, toVisItems } from '../../bench/component/generate.mjs';

describe('benchmark event generator', () => {
  it('gives the same events for the same seed and different ones for another seed', () => {
    expect(JSON.stringify(generateEvents(200, { seed: 7 }))).to.equal(JSON.stringify(generateEvents(200, { seed: 7 })));
    expect(JSON.stringify(generateEvents(200, { seed: 8 }))).not.to.equal(JSON.stringify(generateEvents(200, { seed: 7 })));
  });

  it('makes only events the schema accepts, so the element draws all of them', () => {
    const invalid = generateEvents(2000).map((event) => validateEvent(event)).filter((result) => !result.ok);
    expect(invalid).to.deep.equal([]);
  });

  it('mixes day points, ranges and coarse spans with modifiers across many types', () => {
    const events = generateEvents(5000);
    const share = (test: (e: (typeof events)[number]) => boolean) => events.filter(test).length / events.length;
    const DAY = 86_400_000;
    const days = (e: (typeof events)[number]) => (Date.parse(e.time.end) - Date.parse(e.time.start)) / DAY;
    expect(share((e) => e.time.granularity === 'day' && days(e) === 1)).to.be.within(0.55, 0.69);
    expect(share((e) => e.time.granularity === 'day' && days(e) > 1)).to.be.within(0.1, 0.18);
    for (const g of ['week', 'month', 'quarter', 'year'] as const) expect(share((e) => e.time.granularity === g), g).to.be.greaterThan(0.01);
    expect(share((e) => e.time.mod !== undefined)).to.be.greaterThan(0.02);
    expect(new Set(events.map((e) => e.type)).size).to.be.at.least(12);
  });

  it('gives vis-timeline the same dates: day points as points, everything else as ranges', () => {
    const events = generateEvents(300);
    const items = toVisItems(events);
    items.forEach((item, i) => {
      expect(item.start.toISOString().slice(0, 10)).to.equal(events[i].time.start);
      if (item.type === 'range') expect(item.end!.toISOString().slice(0, 10)).to.equal(events[i].time.end);
      else expect(events[i].time.granularity).to.equal('day');
    });
  });
});
