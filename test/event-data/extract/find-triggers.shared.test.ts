import { expect } from 'chai';
import type { Trigger } from '@event-timeline/data';
import { upTo } from './helpers.js';

const triggersOf = (sentence: string): Trigger[] => upTo(4, `Headline of a story about the day\n\n${sentence}`).triggers.filter((t) => t.sentence > 0);
const one = (sentence: string, word: string) => triggersOf(sentence).find((t) => t.text === word);

describe('extract stage 04: findTriggers', () => {
  it('finds verbs and nouns that name happenings and types them', () => {
    const found = triggersOf('Police arrested two men after the attack, and parliament approved new sanctions at a summit.');
    expect(found.map((t) => [t.text, t.type, t.pos])).to.deep.equal([
      ['arrested', 'legal', 'verb'],
      ['attack', 'attack', 'noun'],
      ['approved', 'vote', 'verb'],
      ['sanctions', 'sanction', 'noun'],
      ['summit', 'meeting', 'noun'],
    ]);
  });

  it('reads "meeting" as a noun and "were meeting" as a verb', () => {
    expect(one('The meeting lasted two hours.', 'meeting')?.pos).to.equal('noun');
    expect(one('The leaders were meeting in private.', 'meeting')?.pos).to.equal('verb');
  });

  it('marks verbs of saying as reporting', () => {
    expect(one('The minister said the economy was strong.', 'said')).to.include({ type: 'statement', reporting: true });
  });

  it('reads the mood of the verb group: future, hypothetical, negated', () => {
    expect(one('The leaders will meet in Oslo.', 'meet')?.mood).to.equal('future');
    expect(one('The council is set to vote on the plan.', 'vote')?.mood).to.equal('future');
    expect(one('Rebels want to attack the capital.', 'attack')?.mood).to.equal('irrealis');
    expect(one('The minister did not visit Kabul.', 'visit')?.mood).to.equal('negated');
    expect(one('Troops attacked the town.', 'attacked')?.mood).to.equal('realis');
  });

  it('does not read a participle used as an adjective or a capitalised name as a happening', () => {
    expect(one('Inspectors found the banned substance.', 'banned')).to.equal(undefined);
    expect(triggersOf('The State Department declined to comment.').map((t) => t.text)).not.to.include('State');
  });

  it('notes the determiner of a noun and a name that modifies it', () => {
    expect(one('Their meeting was short.', 'meeting')).to.include({ determiner: 'their', namedModifier: false });
    expect(one('At the G20 summit the leaders talked.', 'summit')).to.include({ namedModifier: true });
  });

  it('marks a passive verb with its agent', () => {
    expect(one('The budget was approved by parliament.', 'approved')?.passive).to.equal(true);
  });

  it('reads a verb the trigger lexicon lacks ("fired") as a happening, from the event model', () => {
    const found = upTo(4, 'Story headline about the nation\n\nOn Monday, the company fired its chief executive.').triggers;
    expect(found.map((t) => [t.text, t.type, t.lexical, t.learned])).to.deep.equal([['fired', 'other', true, true]]);
  });
});

describe('extract stage 04: words with two readings', () => {
  it('reads "welcomed" as a visit before a name and as a statement before a thing', () => {
    expect(one('Lavrov welcomed Tillerson to Moscow.', 'welcomed')?.type).to.equal('visit');
    expect(one('The president welcomed the extension.', 'welcomed')?.type).to.equal('statement');
  });

  it('reads "agreed to" as an agreement and "agreed that" as a statement', () => {
    expect(one('The sides agreed to a ceasefire.', 'agreed')?.type).to.equal('agreement');
    expect(one('The sides agreed that the talks were useful.', 'agreed')?.type).to.equal('statement');
  });
});

describe('extract stage 04: "first" and "last" before a verb', () => {
  it('reads "first", "last" and "next" after a subject as adverbs, so the verb is a happening; after an article they stay adjectives', () => {
    expect(one('Steve Jobs first introduced the phone in June 2010.', 'introduced')?.type).to.equal('launch');
    expect(one('The company last raised its prices in March.', 'raised')).to.not.equal(undefined);
    expect(one('The first released version sold poorly in 2009.', 'released')).to.equal(undefined);
  });
});

describe('extract stage 04: a word after a name', () => {
  it('reads a word between a name and its object\'s article or number as the name\'s verb ("Okafor set a world record")', () => {
    expect(one('Runner Grace Okafor set a world record in Oslo on Thursday.', 'set')?.pos).to.equal('verb');
    expect(one('The US missile strike killed 12 people on Monday.', 'missile strike')?.pos).to.equal('noun');
    expect(one('Police said the Acme strike ended on Monday.', 'strike')?.pos).to.equal('noun');
  });
});

describe('extract stage 04: a word that is a noun or a verb, between a noun phrase and an object', () => {
  it('reads "hit" in "A storm hit the coast" as the verb, and titles it so', () => {
    const events = upTo(7, 'A quiet week\n\nHere is the latest news.\n\nA storm hit the coast of Florida on Monday.').events;
    expect(events.map((e) => e.title)).to.deep.equal(['Storm hits coast of Florida']);
  });
});
