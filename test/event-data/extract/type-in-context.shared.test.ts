import { expect } from 'chai';
import { upTo } from './helpers.js';

const typeOf = (sentence: string, word: string) =>
  upTo(4, `The latest from the region\n\nHere is the latest news.\n\n${sentence}`).triggers.find((t) => t.text === word)?.type;

describe('extract: types read with their arguments', () => {
  it('tells a product launch from a missile launch', () => {
    expect(typeOf('Acme Motors launched its new sedan on Monday.', 'launched')).to.equal('launch');
    expect(typeOf('The army launched missiles at the port on Monday.', 'launched')).to.equal('military-action');
  });

  it('types an explosion as an accident unless a bomb or an attacker sets it off', () => {
    expect(typeOf('A gas tank exploded at the plant on Monday.', 'exploded')).to.equal('accident');
    expect(typeOf('A suicide bomber exploded a device at the market on Monday.', 'exploded')).to.equal('attack');
  });

  it('types a death, a crash, a plea and a merger by the newsroom types', () => {
    expect(typeOf('The novelist Jane Doe died on Sunday.', 'died')).to.equal('death');
    expect(typeOf('A bus crashed on the highway on Sunday.', 'crashed')).to.equal('accident');
    expect(typeOf('The banker pleaded guilty on Friday.', 'pleaded')).to.equal('legal');
    expect(typeOf('The two airlines announced a merger on Friday.', 'merger')).to.equal('business');
  });
});

describe('extract: types read with their arguments, disasters and climbs', () => {
  it('types an earthquake that strikes or hits as an accident, not a military strike', () => {
    expect(typeOf('A strong earthquake struck the coast on Tuesday.', 'struck')).to.equal('accident');
    expect(typeOf('The storm hit the town on Monday.', 'hit')).to.equal('accident');
    expect(typeOf('Jets struck rebel positions on Monday.', 'struck')).to.equal('military-action');
  });

  it('does not read a climbed summit as a meeting', () => {
    expect(typeOf('The climbers reached the summit on Monday.', 'summit')).to.equal('other');
  });
});

describe('extract: releases and compounds', () => {
  it('types a released statement as a statement and released hostages as legal, a released film as a launch', () => {
    expect(typeOf('The ministry released a statement on Monday.', 'released')).to.equal('statement');
    expect(typeOf('The rebels released two hostages on Monday.', 'released')).to.equal('legal');
    expect(typeOf('The studio released the film on Friday.', 'released')).to.equal('launch');
  });

  it('reads a happening noun before another as its modifier: "suicide bombing attacks" are attacks', () => {
    const found = upTo(4, 'The latest from the region\n\nHere is the latest news.\n\nThe suicide bombing attacks on the hotels killed 57 people on Wednesday.').triggers;
    expect(found.map((t) => t.text)).to.not.include('bombing');
    expect(found.map((t) => t.text)).to.include('attacks');
  });
});

describe('extract: market news', () => {
  it('types market movements and results as business', () => {
    expect(typeOf('Hong Kong stocks went down 91.62 points on Wednesday.', 'went')).to.equal('business');
    expect(typeOf('The retailer posted a record profit on Tuesday.', 'posted')).to.equal('business');
    expect(typeOf('The climbers went down the mountain on Tuesday.', 'went')).to.equal('other');
  });
});

describe('extract: offers, apologies and illness', () => {
  it('types an apology and a cash offer as statements (CAMEO 01/03), a takeover offer as business', () => {
    expect(typeOf('The airline apologized to passengers on Monday.', 'apologized')).to.equal('statement');
    expect(typeOf('The airline offered each passenger $500 in compensation on Monday.', 'offered')).to.equal('statement');
    expect(typeOf('Norland offered $40 a share for Pacific Dairy in a takeover bid on Monday.', 'offered')).to.equal('business');
  });

  it('types deaths from an illness as deaths, not attacks', () => {
    expect(typeOf('The virus killed 12 people in the province last week.', 'killed')).to.equal('death');
  });
});

describe('extract: appeals', () => {
  it('types "called on … to" and "called for" as statements (appeals)', () => {
    expect(typeOf('The scholars called on politicians to withdraw on Friday.', 'called')).to.equal('statement');
    expect(typeOf('The union called for a strike on Friday.', 'called')).to.equal('statement');
  });
});

describe('extract: what a disaster does, deals that close, buying and selling', () => {
  it('types what a disaster does as the accident, but not what people do after it', () => {
    expect(typeOf('Floods forced 4,000 people from their homes on Wednesday.', 'forced')).to.equal('accident');
    expect(typeOf('Residents cleared debris on Wednesday after the earthquake.', 'cleared')).to.equal('other');
  });

  it('types buying a company and closing a deal as business', () => {
    expect(typeOf('Norland bought two cheese makers in 2012.', 'bought')).to.equal('business');
    expect(typeOf('The deal is expected to close in the second quarter.', 'close')).to.equal('business');
  });

  it('types deaths told in a "when" clause after a flood by the flood', () => {
    expect(typeOf('The region was hit by floods in 1994, when 70 people were killed.', 'killed')).to.equal('accident');
  });
});

describe('extract: types read with their arguments, gunfire', () => {
  it('types killings after "opened fire" as an attack, and those of a blaze as an accident', () => {
    expect(typeOf('A gunman opened fire in a school in Ohio on Monday, killing three students.', 'killing')).to.equal('attack');
    expect(typeOf('A fire swept through a factory in Dhaka on Tuesday, killing 40 workers.', 'killing')).to.equal('accident');
  });
});

describe('extract: types read with their arguments, results', () => {
  it('types a posted loss as business, like posted losses or a posted profit', () => {
    expect(typeOf('The airline posted a net loss of $85 million on Tuesday.', 'posted')).to.equal('business');
    expect(typeOf('The airline posted a profit of $85 million on Tuesday.', 'posted')).to.equal('business');
  });
});

describe('extract: "confirmed" before a date', () => {
  it('reads "confirmed Tuesday that …" as a statement, and "confirmed Smith" as an appointment', () => {
    expect(typeOf('The ministry confirmed Tuesday that 250 swans had died of bird flu.', 'confirmed')).to.equal('statement');
    expect(typeOf('The Senate confirmed Smith on Tuesday.', 'confirmed')).to.equal('vote');
  });
});

describe('extract: a verb typed by the happening its object names', () => {
  const events = (sentence: string) => upTo(6, `The latest from the region\n\nHere is the latest news.\n\n${sentence}`).events.map((e) => [e.trigger.text, e.trigger.type]);

  it('types an untyped verb by its object: "opened an investigation", "staged a protest"', () => {
    expect(typeOf('The regulator opened an investigation into the fire.', 'opened')).to.equal('investigation');
    expect(typeOf('Farmers staged a protest outside parliament on Monday.', 'staged')).to.equal('protest');
  });

  it('does not type a verb that acts on a happening by it ("cancelled the meeting"), nor by a word that only modifies its object', () => {
    expect(typeOf('The airline cancelled the meeting on Tuesday.', 'cancelled')).to.equal('other');
    expect(typeOf('Northwind rejected an earlier offer from Acme in January.', 'rejected')).to.equal('other');
    expect(typeOf('The visitors lost both their opening batsmen cheaply on Monday.', 'lost')).to.not.equal('launch');
  });

  it('keeps "posted a loss" as business news told by its verb, and types a clause resumed after an aside with its start', () => {
    expect(events('Acme Motors posted a net loss of $12 million on Tuesday, its second loss in a row.')).to.deep.equal([['posted', 'business']]);
    expect(typeOf('The merger, approved by regulators on Monday, is expected to close in June.', 'close')).to.equal('business');
  });
});

describe('extract: winning and losing at the polls', () => {
  it('types winning or losing a vote, a run-off or seats as an election', () => {
    expect(typeOf("Ilze Kalnins won Sunday's presidential run-off with 54 percent of the vote.", 'won')).to.equal('election');
    expect(typeOf('The ruling party lost 40 seats in Sunday\'s election.', 'lost')).to.equal('election');
    expect(typeOf('Acme won the contract on Monday.', 'won')).to.equal('other');
  });
});
