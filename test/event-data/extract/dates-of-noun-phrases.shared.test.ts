import { expect } from 'chai';
import { extractEvents } from '@event-timeline/data';
import { upTo } from './helpers.js';

// Invented news, publication date Thursday 16 May 2013.
const events = (headline: string, ...paragraphs: string[]) =>
  upTo(6, [headline, ...paragraphs].join('\n\n'), '2013-05-16').events.map((e) => [e.trigger.text, e.time.value, e.source]);

describe('extract: a date that belongs to a noun phrase does not date the verb', () => {
  it('dates "unveiled" by "yesterday", not by the possessive "this year\'s" of the conference it happened at', () => {
    const dated = events('Carmaker shows new model', 'Yesterday, at this year\'s Geneva Motor Show, Norvik Motors unveiled its first electric car.');
    expect(dated.filter(([w]) => w === 'unveiled').map(([, v]) => v)).to.deep.equal(['2013-05-15']);
  });

  it('still dates a verb by a possessive date when its sentence gives no other ("Last week\'s storm damaged …")', () => {
    const dated = events('Storm damage', "Last week's storm damaged 200 homes in the valley.");
    expect(dated.filter(([w]) => w === 'damaged').map(([, v]) => v)).to.deep.equal(['2013-W19']);
  });

  it('dates the headline news by the lead\'s day, not by a year that is part of a name ("Auto Expo 2013")', () => {
    const { dataset } = extractEvents([{ id: 'x', published: '2013-05-16', text: 'Norvik unveils electric car at Auto Expo 2013\n\nNorvik Motors unveiled its first electric car on Tuesday in Oslo.' }]);
    const unveiling = dataset.events.filter((e) => e.mentions.some((m) => /^unveil/.test(m.trigger?.text ?? '')));
    expect(unveiling.map((e) => e.time.value)).to.deep.equal(['2013-05-14']);
  });

  it('still dates a verb by a year after a preposition in a title-case headline ("Sales Rose In 2012")', () => {
    const dated = events('Norvik Sales Rose In 2012', 'Norvik Motors sold more cars than ever.');
    expect(dated.filter(([w]) => w === 'Rose').map(([, v]) => v)).to.deep.equal(['2012']);
  });
});

describe('extract: verb phrases joined by "and" each take their own date', () => {
  it('dates "took" by the date in its own phrase, not by the one of the phrase before "and"', () => {
    const dated = events('Chief executive takes leave', 'The chief executive of Norvik Motors, Jane Roe, left on Monday.', 'She fought cancer in 2004 and took six months off in 2009.');
    expect(dated.filter(([w]) => w === 'fought' || w === 'took').map(([w, v]) => [w, v])).to.deep.equal([
      ['fought', '2004'],
      ['took', '2009'],
    ]);
  });
});

describe('extract: a perfect progressive bounded by "since" began at that date', () => {
  it('dates "has been fighting … since 2004" at 2004, and leaves "since January of this year" to the phrase it bounds', () => {
    const dated = events('Chief executive dies', 'Jane Roe has been fighting cancer since 2004 and has been on leave since January of this year.');
    expect(dated.filter(([w]) => w === 'fighting').map(([, v]) => v)).to.deep.equal(['2004']);
  });

  it('still dates nothing by "since" for a simple perfect, which tells what happened after it ("have been cut since August")', () => {
    const dated = events('Market news', 'Halden Airlines reported a loss on Tuesday.', 'Norvik Motors has cut 300 jobs since August.');
    expect(dated.filter(([w, , source]) => w === 'cut' && source === 'clause')).to.deep.equal([]);
  });
});

describe('extract: ", and in 1984 …" opens a clause of its own', () => {
  it('does not give the happening after ", and in 1984" the subject of the clause before it', () => {
    const found = upTo(6, ['Carmaker history', 'Jane Roe founded Norvik Motors in 1976, and in 1984 the first Norvik car was sold to the public.'].join('\n\n'), '2013-05-16').events;
    const sold = found.find((e) => e.trigger.text === 'sold');
    expect(sold?.actors.map((a) => a.name) ?? []).to.not.include('Jane Roe');
  });
});

describe('extract: a year before a name', () => {
  it('leaves "the 2008 Olympic Games" to the name when its clause has a date for the verb, and dates the verb by it otherwise', () => {
    const dated = (text: string) => upTo(6, `News of the day\n\n${text}`, '2005-11-11').events.map((e) => [e.trigger.text, e.time.value]);
    expect(dated('Beijing unveiled five doll mascots for the 2008 Olympic Games on Friday evening.')).to.deep.include(['unveiled', '2005-11-11TEV']);
    expect(dated('I came to Qatar in September 2004 with Bruno Metsu, the coach who led Senegal at the 2002 World Cup finals.')).to.deep.include(['led', '2002']);
  });
});
