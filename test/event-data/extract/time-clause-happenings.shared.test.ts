import { expect } from 'chai';
import { extractEvents } from '../../../packages/event-data/src/index.js';

/** Invented news published on Wednesday 9 October 2013: each event as its trigger word and date. */
const events = (...paragraphs: string[]) =>
  extractEvents([{ id: 'x', published: '2013-10-09', text: ['Springfield news in brief', ...paragraphs].join('\n\n') }]).dataset.events.map((e) => [
    e.mentions[0].trigger?.text,
    e.time.value,
  ]);

describe('extract: a happening told in a clause of time with no date of its own', () => {
  it('is an event of its own at the date of the clause it modifies ("When Acme opened the plant, the mayor cut the ribbon on Monday")', () => {
    const found = events('When Acme Motors opened its new plant, Mayor Jane Doe cut the ribbon on Monday.');
    expect(found).to.deep.include(['opened', '2013-10-07']);
    expect(found).to.deep.include(['cut', '2013-10-07']);
  });

  it('is told after "while" or "as" before the main clause ("While rescuers searched the rubble, a quake struck on Friday")', () => {
    const found = events('While rescuers searched the rubble of the market, a second earthquake struck the region on Friday.', 'As the tornado tore through the town, firefighters evacuated the school on Tuesday.');
    expect(found).to.deep.include.members([
      ['searched', '2013-10-04'],
      ['struck', '2013-10-04'],
      ['tore', '2013-10-08'],
      ['evacuated', '2013-10-08'],
    ]);
  });

  it('is an event of its own when the clause of time follows the main one ("… on Monday when Acme opened the plant")', () => {
    const found = events('Mayor Jane Doe cut the ribbon on Monday when Acme Motors opened its new plant.');
    expect(found).to.deep.include(['opened', '2013-10-07']);
    expect(found).to.deep.include(['cut', '2013-10-07']);
  });

  it('stays out when it is negated or still to come ("When Acme did not pay", "When Acme opens the plant, it will hire … next year")', () => {
    const found = events('When Acme Motors did not pay the fine, regulators fined the company again on Monday.', 'When Acme Motors opens its new plant, it will hire 300 workers next year.');
    expect(found.map(([w]) => w)).not.to.include.members(['pay']);
    expect(found.map(([w]) => w)).not.to.include('opens');
    expect(found).to.deep.include(['fined', '2013-10-07']);
  });
});
