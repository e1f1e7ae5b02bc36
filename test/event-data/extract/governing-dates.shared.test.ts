import { expect } from 'chai';
import { bounded } from '../../../packages/event-data/src/extract/noun-dates.js';
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
    expect(dates('The company cut 500 jobs in March, and on Monday it closed its plant in Ohio.')).to.deep.equal([
      ['cut', '2013-03'],
      ['closed', '2013-05-13'],
    ]);
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
