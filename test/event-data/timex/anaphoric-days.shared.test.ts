import { expect } from 'chai';
import { find, tagAll } from './helpers.js';

const texts = (text: string) => tagAll(text).map((t) => t.text);

/** "that day", "the day", "that night" are tagged only where they refer to a time. */
describe('timex: anaphoric days and their look-alikes', () => {
  it('keeps "that day" as a date, also before a possessive', () => {
    const t = find("That day's events were forgotten.", 'That day');
    expect([t.type, t.value]).to.deep.equal(['DATE', '2017-09-20']);
  });

  it('dates "that day" and "that night" by the day the text named before', () => {
    const day = find('On March 3 he arrived. That day he met the mayor.', 'That day');
    expect([day.value, day.anchor]).to.deep.equal(['2017-03-03', 'context']);
    const night = find('On March 3 he arrived. That night he met the mayor.', 'That night');
    expect([night.type, night.value, night.anchor]).to.deep.equal(['TIME', '2017-03-03TNI', 'context']);
  });

  it('reads "that day-long meeting" as a one-day duration, not as that day', () => {
    const found = tagAll('They held that day-long meeting in Paris.');
    expect(found.map((t) => [t.text, t.type, t.value])).to.deep.equal([['day-long', 'DURATION', 'P1D']]);
  });

  it('does not take a Title Case name built on "that day" or "next week" for a date', () => {
    expect(texts('He gave money to the That Day Foundation.')).to.deep.equal([]);
    expect(texts('Next Week Productions said the show was cancelled.')).to.deep.equal([]);
  });

  it('does not take "the day" for a time when it is the subject of a verb', () => {
    expect(texts('But in many ways, the day belonged to the Czech Republic.')).to.deep.equal([]);
    expect(texts('The day began with a parade.')).to.deep.equal([]);
  });

  it('tags "the day" anchored on an event as a day the text does not give, not as the reference day', () => {
    for (const text of ['It was the day he died.', 'It was held the day after the vote.', 'They left the day before police arrived.']) {
      const t = find(text, 'the day');
      expect([t.type, t.value], text).to.deep.equal(['DATE', 'XXXX-XX-XX']);
    }
  });

  it('reads "during the day Friday" as Friday alone', () => {
    expect(texts('During the day Friday, Elian played.')).to.deep.equal(['Friday']);
  });

  it('keeps "for the day" and "the day before" when they stand alone', () => {
    expect(find('Stocks fell 2% for the day.', 'the day').value).to.equal('2017-09-20');
    expect(find('They met the day before and agreed on a plan.', 'the day before').value).to.equal('2017-09-19');
    expect(find('The day after, he resigned.', 'The day after').value).to.equal('2017-09-21');
  });

  it('reads "the day" in apposition to a date as that date, not the reference day', () => {
    const t = find('Eight trading days after Oct. 12, 2017, the day before the plunge, prices fell.', 'the day');
    expect([t.value, t.anchor]).to.deep.equal(['2017-10-12', 'context']);
  });

  it('leaves "the day before" with its own anchor untagged ("the day before authorities issued …")', () => {
    const found = tagAll('He was last seen Nov. 3, 2016, the day before authorities issued a warrant.');
    expect(found.map((t) => [t.text, t.value])).to.deep.equal([['Nov. 3, 2016', '2016-11-03'], ['the day', '2016-11-03']]);
  });

  it('reads "this year-end" as the end of this year and "the year-end meeting" as year-end', () => {
    const t = find('Profit rose at this year-end.', 'this year-end');
    expect([t.value, t.mod]).to.deep.equal(['2017', 'END']);
    expect(texts('They met at the year-end meeting.')).to.deep.equal(['year-end']);
  });

  it('does not read "the next day-trip" or "the day care center" as days', () => {
    expect(texts('The next day-trip leaves from the pier.')).to.deep.equal([]);
    expect(texts('She visited the day care center.')).to.deep.equal([]);
  });
});
