import { expect } from 'chai';
import { extractEvents } from '@event-timeline/data';

const eventsOf = (text: string, published = '2019-03-14') => extractEvents([{ id: 'n', published, text }]).dataset.events;

/** Things that look like events, or like dates, and are not dated happenings. */
describe('extract: negative cases', () => {
  it('no event from a bare date mention', () => {
    expect(eventsOf('A quiet week in politics\n\nHere is the latest news.\n\nThe year 2015 was warm. Monday is a holiday in some states.')).to.deep.equal([]);
  });

  it('no event from a quotation about nothing', () => {
    expect(eventsOf('A quiet week in politics\n\nHere is the latest news.\n\n“We believe in a stable and prosperous future,” the minister said.')).to.deep.equal([]);
  });

  it('no event from boilerplate, even with dates and trigger words in it', () => {
    const text = 'A quiet week in politics\n\nHere is the latest news.\n\nSupport our reporting on Patreon: we met our goal on Monday!\n\nWhat do you think?\n\nMinister attacked by readers on Friday';
    expect(eventsOf(text)).to.deep.equal([]);
  });

  it('no event from a hypothetical, a negation, or an undated plan', () => {
    expect(eventsOf('A quiet week in politics\n\nHere is the latest news.\n\nThe leaders could meet on Friday. The army did not attack on Monday. The council will vote.')).to.deep.equal([]);
  });

  it('no date from a duration or a frequency', () => {
    expect(eventsOf('A quiet week in politics\n\nHere is the latest news.\n\nThe talks have lasted three years. Officials meet every Tuesday.')).to.deep.equal([]);
  });

  it('an article with no publication date is an error for that article, never a guess', () => {
    const { dataset, failures } = extractEvents([{ id: 'x', published: '', text: 'Leaders meet\n\nThe leaders met on Monday.' }]);
    expect(dataset.articles).to.deep.equal([]);
    expect(failures).to.deep.equal([{ articleId: 'x', reason: 'missing publication date ("published"); relative dates cannot be resolved without it' }]);
  });

  it('invalid metadata gives a per-article error, and the other articles are still read', () => {
    const { dataset, failures } = extractEvents([
      { id: 'bad', published: '12 April 2017', text: 'Leaders meet\n\nThe leaders met on Monday.' },
      null as never,
      { id: 'good', published: '2019-03-14', text: 'Leaders meet in Oslo\n\nThe leaders met in Oslo on Monday.' },
    ]);
    expect(failures.map((f) => f.articleId)).to.deep.equal(['#2', 'bad']);
    expect(dataset.articles.map((a) => a.id)).to.deep.equal(['good']);
  });
});

describe('extract: contractions', () => {
  const moods = (sentence: string) =>
    extractEvents([{ id: 'c', published: '2019-03-14', text: `A quiet week\n\nHere is the latest news.\n\n${sentence}` }]).dataset.events.map((e) => e.title);

  it('reads "didn\'t", "won\'t", "hasn\'t" as negations: nothing happened', () => {
    expect(moods("The company didn't close the plant on Monday.")).to.deep.equal([]);
    expect(moods("The minister won't attend the talks on Friday.").join(' ')).to.not.match(/attends/);
    expect(moods("Acme hasn't paid the fine since May.")).to.deep.equal([]);
  });

  it('reads "\'ll" as a future, and leaves out a speaker\'s "I" or "we" as a subject', () => {
    expect(moods('The minister said: "We\'ll open the new bridge on Friday."').join(' ')).to.not.match(/^We/);
    expect(moods("It'll open the new bridge on Friday.").join(' ')).to.not.match(/opens/);
  });
});

describe('extract: titles of one word', () => {
  const titles = (sentence: string) => extractEvents([{ id: 'w', published: '2019-03-14', text: `A quiet week\n\nHere is the latest news.\n\n${sentence}` }]).dataset.events.map((e) => e.title);

  it('never titles an event by its word alone: a noun says where it happened, else the event is left out', () => {
    expect(titles('There was a summit in 1994.')).to.deep.equal([]);
    expect(titles('There was a summit in Paris in 1994.')).to.deep.equal(['Summit in Paris']);
  });
});
