import { expect } from 'chai';
import { find, only, tagAll } from './helpers.js';

describe('timex: absolute dates', () => {
  it('reads "April 12, 2017" as an explicit day', () => {
    const t = only('The talks took place on April 12, 2017, in Moscow.');
    expect([t.text, t.type, t.value, t.anchor]).to.deep.equal(['April 12, 2017', 'DATE', '2017-04-12', 'explicit']);
  });

  it('reads day-first "12 April 2017" and "the 12th of April 2017"', () => {
    expect(only('They met on 12 April 2017.').value).to.equal('2017-04-12');
    expect(only('They met on the 12th of April 2017.').text).to.equal('the 12th of April 2017');
  });

  it('keeps the abbreviation period in "Apr. 12" but not a sentence-final period', () => {
    expect(only('Talks began Apr. 12 in Moscow.').text).to.equal('Apr. 12');
    expect(only('Talks began in April.').text).to.equal('April');
  });

  it('reads numeric dates in ISO and US order', () => {
    expect(only('Filed 2017-04-12 by the clerk.').value).to.equal('2017-04-12');
    expect(only('Filed 4/12/2017 by the clerk.').value).to.equal('2017-04-12');
    expect(only('Filed 4/12/17 by the clerk.').value).to.equal('2017-04-12');
  });

  it('gives a month and day without a year the year that puts it nearest the reference date', () => {
    expect(only('They met on April 12.').value).to.equal('2017-04-12');
    expect(only('The vote is due on Oct. 3.').value).to.equal('2017-10-03');
    expect(only('Payment is due Jan. 2.', '2017-11-20').value).to.equal('2018-01-02');
  });

  it('moves a month into the next year when the clause is about the future', () => {
    expect(only('The mission will launch in February.').value).to.equal('2018-02');
    expect(only('The mission launched in February.').value).to.equal('2017-02');
  });

  it('reads "April 2017" and "April of 2017" as months', () => {
    expect(only('Sales rose in April 2017.').value).to.equal('2017-04');
    expect(only('Sales rose in April of 2017.').value).to.equal('2017-04');
  });

  it('reads "the 12th" as a day of the reference month', () => {
    expect(find('The ceasefire began on the 12th.', 'the 12th').value).to.equal('2017-09-12');
  });

  it('reads "Friday, April 7" as one date named twice', () => {
    const t = only('The strike came on Friday, April 7, 2017.');
    expect([t.text, t.value]).to.deep.equal(['Friday, April 7, 2017', '2017-04-07']);
  });

  it('reads bare years in date contexts', () => {
    expect(only('The treaty was signed in 1990.').value).to.equal('1990');
    expect(tagAll('Since 2014 and until 2016 it grew.').map((t) => t.value)).to.deep.equal(['2014', '2016']);
    expect(only('It expects full-year 2017 earnings to rise.').value).to.equal('2017');
  });

  it('reads decades with their determiner: "the 1990s" → 199, "the \'80s" → 198, "mid-1990s"', () => {
    const t = only('Prices fell in the 1990s.');
    expect([t.text, t.value]).to.deep.equal(['the 1990s', '199']);
    expect(only("It was popular in the '80s.").value).to.equal('198');
    const mid = only('It began in the mid-1990s.');
    expect([mid.text, mid.value, mid.mod]).to.deep.equal(['the mid-1990s', '199', 'MID']);
  });

  it('reads "the 80s" without an apostrophe as a decade, but not "his 80s"', () => {
    expect(only('Music of the 80s returned.').value).to.equal('198');
    expect(tagAll('He is in his 80s.')).to.deep.equal([]);
  });

  it('reads centuries: "the 20th century" → 19, "the twenty-first century" → 20', () => {
    expect(only('Wars of the 20th century.').value).to.equal('19');
    expect(only('Wars of the twenty-first century.').value).to.equal('20');
  });

  it('reads years written in words', () => {
    expect(only('It happened in nineteen ninety-four.').value).to.equal('1994');
  });
});
