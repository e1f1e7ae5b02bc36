import { expect } from 'chai';
import { bounded } from '../../../packages/event-data/src/extract/dating/noun-dates.js';
import { upTo } from './helpers.js';

const dates = (...paragraphs: string[]) =>
  upTo(6, ['The latest from the region', 'Here is the latest news.', ...paragraphs].join('\n\n'), '2013-05-16').events.map((e) => [e.trigger.text, e.time.value]);
const timexAt = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word, type: 'DATE' as const, value: 'x', sentence: 0, anchor: 'dct' as const });

describe('extract: which date governs a happening', () => {
  it('counts a bound word only when it governs the date', () => {
    const a = 'The fund has grown since May.';
    expect(bounded(a, timexAt(a, 'May'))).to.equal(true);
    const b = 'Since the merger, the company closed its plant on Monday.';
    expect(bounded(b, timexAt(b, 'Monday'))).to.equal(false);
    const c = 'The fair runs from May 3 to May 9.';
    expect(bounded(c, timexAt(c, 'May 9'))).to.equal(true);
  });

  it('keeps a clock time in its clause, so the happening it dates keeps it, with its zone', () => {
    expect(dates('The lawsuit was filed in Delaware at 09:30 GMT Tuesday by the pension fund.')).to.deep.equal([['lawsuit', '2013-05-14T09:30Z']]);
  });

  it('dates the clause after ", and" by its own date, not the one before', () => {
    expect(dates('The company dismissed 500 workers in March, and on Monday it closed its plant in Ohio.')).to.deep.equal([
      ['dismissed', '2013-03'],
      ['closed', '2013-05-13'],
    ]);
  });

  it('does not date a happening by a possessive date that a comparison points to ("over Friday\'s closing price")', () => {
    const a = 'Holders will receive $38 a share, a premium of 27 percent over Friday\'s closing price.';
    expect(bounded(a, timexAt(a, 'Friday'))).to.equal(true);
    const b = 'Sales rose 4 percent, more than last year\'s gain.';
    expect(bounded(b, timexAt(b, 'last year'))).to.equal(true);
    // a possessive date that is no comparison still dates its noun's happening
    const c = 'He attended Friday\'s meeting.';
    expect(bounded(c, timexAt(c, 'Friday'))).to.equal(false);
    expect(dates('Northwind shareholders will receive $38 a share, a premium of 27 percent over Friday\'s closing price.')).to.deep.equal([]);
  });

  it('dates what was done, not what it was said to be, in ", saying …" after a dated verb', () => {
    expect(dates('Northwind rejected an earlier offer from Acme in January, saying it undervalued the company.')).to.deep.equal([['rejected', '2013-01']]);
  });

  it('takes the verb, not the occasion it took place at, for the happening ("apologised … at a news conference")', () => {
    expect(dates('The chief executive, Martin Ellory, apologised to residents at a news conference on Wednesday.')).to.deep.equal([['apologised', '2013-05-15']]);
  });

  it('does not date a happening by the date of a clause after it that it followed ("plunged … after X agreed on Sunday")', () => {
    const dated = dates('Shares of Northwind plunged 84 percent after Acme agreed on Sunday to buy the bank for $2 a share, a fraction of its value on Friday.');
    expect(dated).to.deep.include(['agreed', '2013-05-12']);
    const plunge = dated.filter(([w]) => w === 'plunged').map(([, v]) => v);
    expect(plunge).to.not.include('2013-05-12');
    expect(plunge).to.not.include('2013-05-10');
    // a date of its own clause, or one after the clause ends (an attribution), still dates it
    expect(dates('Shares of Northwind fell on Monday after Acme warned on Friday.')).to.deep.include(['fell', '2013-05-13']);
    // "since" tells when it began: "have been built since it entered production in February 1947"
    expect(dates('Seventy-five million rifles have been built since it entered production in February 1947.').map(([, v]) => v)).to.include('1947-02');
  });

  it('leaves a date after a verb still to come to that verb ("have arrived for a summit due to open Saturday")', () => {
    const dated = dates('On Tuesday evening, the delegations of 47 African countries and of the United Nations arrived for a summit due to open Saturday.');
    expect(dated).to.deep.include(['arrived', '2013-05-14TEV']);
    expect(dated.filter(([w]) => w === 'arrived').map(([, v]) => v)).to.not.include('2013-05-18');
  });

  it('dates a verb by the possessive date of its object when the other date is the telling\'s ("won Sunday\'s run-off …, said on Monday")', () => {
    const dated = dates("Opposition leader Ilze Kalnins won Sunday's presidential run-off with 54 percent of the vote, the election commission said on Monday, ending the ruling party's hold on the office.");
    expect(dated).to.deep.include(['won', '2013-05-12']);
    // a date of its own clause that is no telling's still goes to the verb ("Yesterday, at this year's conference, …")
    expect(dates("Yesterday, at this year's conference, Acme unveiled its new phone.")).to.deep.include(['unveiled', '2013-05-15']);
  });

  it('does not take a happening after "since" for the news of the lead', () => {
    expect(dates('Since the merger, the company has cut 500 jobs.').map(([w]) => w)).to.not.include('merger');
  });
});

describe('extract: attribution and clauses', () => {
  it('reads ", workers had reported a leak" as a clause of its own, not an attribution, and dates it', () => {
    expect(dates('On March 3, the plant exploded. The day before, workers had reported a leak.')).to.deep.include(['reported', '2013-03-02']);
  });

  it('types deaths in an explosion as the accident, not an attack', () => {
    const events = upTo(6, 'The latest from the region\n\nHere is the latest news.\n\nOn March 3, the plant exploded, killing four workers.', '2013-05-16').events;
    expect(events.map((e) => e.trigger.type)).to.deep.equal(['accident']);
  });
});

describe('extract: asides, datelines, reporting periods and the story of the day', () => {
  it('keeps two happenings of one sentence apart when one is told in a participle aside (", founded in 1951,")', () => {
    expect(dates('Pacific Dairy, founded in 1951, cut 300 jobs last year.')).to.deep.include.members([
      ['founded', '1951'],
      ['cut', '2012'],
    ]);
  });

  it('leaves a wire dateline out of the sentence', () => {
    const doc = upTo(2, 'Floods in the north\n\nMILAN, Nov 6 (Reuters) - Floods forced 4,000 people from their homes on Wednesday.');
    expect(doc.sentences[1].text).to.equal('Floods forced 4,000 people from their homes on Wednesday.');
  });

  it('does not date a result by the period it covers ("a loss for the fourth quarter")', () => {
    expect(dates('The airline posted a net loss for the fourth quarter on Tuesday.').map(([, date]) => date)).to.deep.equal(['2013-05-14']);
  });

  it('tells what happened in a report of a recent happening on its day, and reactions on the publication day', () => {
    const events = upTo(6, 'Kiprono wins Chicago Marathon\n\nDaniel Kiprono won the Chicago Marathon on Sunday.\n\nAmy Hollis finished first in the women’s race.\n\nMayor Rahm Emanuel announced a new race for children.', '2013-10-14').events;
    const date = (word: string) => events.find((e) => e.trigger.text === word)?.time.value;
    expect(date('finished')).to.equal('2013-10-13');
    expect(date('announced')).to.equal('2013-10-14');
  });
});

describe('extract: coordinated verb phrases', () => {
  it('dates each of two verb phrases of one subject by its own date', () => {
    expect(dates('The firm was started by two students in 1976, and launched its music store in 2003.')).to.deep.include(['launched', '2003']);
  });
});

describe('extract: a "when" clause dates the clause it follows', () => {
  it('dates "died" by the time of the "when" clause after it, and lets the death be the event', () => {
    const events = upTo(6, 'The latest from the region\n\nHere is the latest news.\n\nTwo people died when their car was swept away near Asti on Tuesday night.', '2013-11-06').events;
    expect(events.map((e) => [e.trigger.type, e.time.value])).to.deep.equal([['death', '2013-11-05TNI']]);
  });
});

describe('extract: the subject of a verb phrase joined by "and"', () => {
  it('gives the second verb phrase the subject of the sentence, not the agents of the first', async () => {
    const { extractEvents } = await import('@event-timeline/data');
    const { dataset } = extractEvents([{ id: 'x', published: '2010-01-01', text: 'Company history\n\nApple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes Music Store in 2003.' }]);
    const launch = dataset.events.find((e) => e.time.value === '2003')!;
    expect(launch.actors.map((a) => a.name)).to.deep.equal(['Apple Computer']);
    expect(launch.title).to.equal('Apple Computer launches iTunes Music Store');
  });
});

describe('extract: a date right after a verb and its object', () => {
  it('dates the verb it follows ("warned the Baltic states Tuesday"), not a verb of saying in a later clause', () => {
    const events = dates('Moscow warned the Baltic states Tuesday against joining the alliance after General Ivan Novak said the army would defend the border.');
    expect(events).to.deep.include(['warned', '2013-05-14']);
    expect(events.map(([w]) => w)).to.not.include('said');
  });

  it('leaves a date after another verb to that verb ("said the plant closed on Sunday")', () => {
    const events = dates('Officials of Norvik Motors said the plant closed on Sunday.');
    expect(events).to.deep.include(['closed', '2013-05-12']);
    expect(events.map(([w]) => w)).to.not.include('said');
  });
});
