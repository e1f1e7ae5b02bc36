import { expect } from 'chai';
import { extractEvents } from '@event-timeline/data';
import { upTo } from './helpers.js';

// Invented sentences, not the seed articles. Publication date: Thursday 14 March 2019.
const events = (body: string, headline = 'News of the week') => upTo(7, `${headline}\n\n${body}`).events;
const one = (body: string, headline?: string) => {
  const list = events(body, headline);
  expect(list, JSON.stringify(list.map((e) => e.title))).to.have.length(1);
  return list[0];
};

describe('extract: taking office is an election (appointment) event, not a visit', () => {
  it('types "took office", "came to power" and "moved into the Kremlin" as election', () => {
    expect(one('Boris Johnson took office on Wednesday.')).to.deep.include({ title: 'Johnson takes office' }).and.nested.include({ 'trigger.type': 'election' });
    expect(one('Emmanuel Macron came to power in May 2017.').trigger.type).to.equal('election');
    expect(one('Vladimir Putin moved into the Kremlin in May 2000.').trigger.type).to.equal('election');
  });

  it('types "the arrival of X in the White House" as election but "arrived at the White House" as a visit', () => {
    const office = one('The arrival of Joe Biden in the White House in January changed the tone.');
    expect(office.trigger.type).to.equal('election');
    expect(office.title).to.equal('Arrival of Joe Biden in White House');
    expect(one('Angela Merkel arrived at the White House on Friday.').trigger.type).to.equal('visit');
    expect(one('Angela Merkel arrived in Washington on Friday.').trigger.type).to.equal('visit');
  });

  it('dates "the inauguration of X took place on Monday" as the inauguration, titled by it', () => {
    const e = one('The inauguration of Jair Bolsonaro took place on Monday.');
    expect(e.trigger.type).to.equal('election');
    expect(e.title).to.equal('Inauguration of Jair Bolsonaro');
    expect(e.time.value).to.equal('2019-03-11');
  });

  it('keeps the particle of a phrasal verb in a headline title ("sworn in")', () => {
    const { dataset } = extractEvents([{ id: 'h', published: '2019-03-14', text: 'Scott Morrison sworn in\n\nScott Morrison was sworn in on Wednesday.' }]);
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['Morrison sworn in']);
    expect(dataset.events[0].type).to.equal('election');
  });
});

describe('extract stage 07: the object of a reduced passive ("…, reiterated by X")', () => {
  it('takes the noun phrase before the comma', () => {
    const e = events('The new budget plan, endorsed by Chancellor Olaf Scholz on Monday, cuts spending.').find((x) => x.trigger.text === 'endorsed');
    expect(e?.title).to.equal('Scholz endorses new budget plan');
  });

  it('names whose point was reiterated when the noun says nothing of it', () => {
    const e = events('Macron said that the talks would need patience, adding that it was a fact, reiterated by Prime Minister Borne on Tuesday.').find((x) => x.trigger.text === 'reiterated');
    expect(e?.title).to.equal('Borne reiterates Macron’s point');
  });
});

describe('extract stage 07: an object too long for the title', () => {
  it('ends at its noun rather than halfway through a participle phrase', () => {
    const e = events('The European Parliament voted on Tuesday on a motion urging the national governments of all member states to ban the pesticide.').find((x) => x.trigger.type === 'vote');
    expect(e?.title).to.equal('European Parliament votes on motion');
  });

  it('keeps a participle phrase that fits ("bans providing goods")', () => {
    const e = events('The government banned on Tuesday providing weapons to the rebels.').find((x) => x.trigger.type === 'sanction');
    expect(e?.title).to.match(/^Government bans providing weapons to rebels$/);
  });
});

describe('extract stage 07: short forms in headline style', () => {
  it('writes US, UN, UK and EU without periods, whatever form the article uses', () => {
    const e = events('The U.N. envoy criticised on Monday the U.K. proposal for the USA-led talks.').find((x) => x.trigger.type === 'statement');
    expect(e?.title).to.equal('UN envoy criticises UK proposal for US-led talks');
    const f = events('The E.U. parliament endorsed on Friday the USA plan.').find((x) => x.trigger.type !== 'statement');
    expect(f?.title).to.equal('EU parliament endorses US plan');
  });
});
