import { expect } from 'chai';
import { upTo } from './helpers.js';

/** Published on Monday 2019-03-18, about a closure on the Saturday before (2019-03-16). */
const MONDAY = '2019-03-18';

const BRIDGE = [
  'Harbor bridge reopens after weekend closure',
  'The Old Harbor Bridge in Millbrook reopened to traffic on Monday after a two-day closure.',
  'Engineers closed the bridge on Saturday. Inspectors found a crack in a steel beam at 9:00 a.m. and crews began repairs that afternoon. Later that day the city council approved emergency funds. Crews left later that night and returned the next morning.',
  'The contractor, Baylor Construction, first won the repair contract in 2012. It began work that June and finished the deck that autumn.',
].join('\n\n');

const dated = (text: string) => upTo(6, text, MONDAY).events.map((e) => [e.trigger.text, e.time.value]);

describe('extract: happenings dated by the story\'s reference time, not by the publication date', () => {
  it('dates a happening at a bare clock time on the story\'s Saturday, not on the Monday of publication', () => {
    expect(dated(BRIDGE)).to.deep.include(['found', '2019-03-16T09:00']);
  });

  it('dates "that afternoon" and "later that day" on the story\'s Saturday', () => {
    const found = dated(BRIDGE);
    expect(found).to.deep.include(['began', '2019-03-16TAF']);
    expect(found).to.deep.include(['approved', '2019-03-16']);
  });

  it('gives a time split at its "that" ("later that night") to the clause it dates', () => {
    const events = upTo(6, BRIDGE, MONDAY).events.map((e) => [e.trigger.text, e.time.value, e.source]);
    expect(events).to.deep.include(['approved', '2019-03-16', 'clause']);
    expect(events).to.deep.include(['left', '2019-03-16TNI', 'clause']);
    expect(events).to.deep.include(['returned', '2019-03-17', 'clause']);
  });

  it('dates "began work that June" in the year the story is told in, and the next phrase by its own season', () => {
    const found = dated(BRIDGE);
    expect(found).to.deep.include(['work', '2012-06']);
    expect(found).to.deep.include(['finished', '2012-FA']);
  });

  it('dates a story set months before its publication by its own day, not by the publication day', () => {
    const found = dated(
      ['Mill fire report released', 'Investigators released their report on the Riverside mill fire on Monday.', 'The fire broke out at the mill on Nov. 3, 2018. Firefighters arrived at 11:40 p.m. and fought the blaze that night. The roof collapsed the next morning.'].join('\n\n'),
    );
    expect(found).to.deep.include.members([
      ['arrived', '2018-11-03T23:40'],
      ['collapsed', '2018-11-04'],
    ]);
    expect(found.find(([w]) => w === 'blaze' || w === 'fought')?.[1]).to.equal('2018-11-03TNI');
  });

  it('keeps a time that opens its clause with the happening after it ("That June, the firm hired …")', () => {
    const found = dated('Baylor Construction won the repair contract in 2012.\n\nThat June, Baylor Construction hired forty welders.');
    expect(found).to.deep.include(['hired', '2012-06']);
  });
});
