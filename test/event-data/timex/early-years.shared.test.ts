import { expect } from 'chai';
import { timexInterval } from '@event-timeline/data';
import { find, tagAll } from './helpers.js';

/** Years 0–99 are real years: JavaScript's Date.UTC reads them as 1900–1999, the tagger must not. */
describe('timex: years before 100', () => {
  it('keeps a day of year 50 in year 50', () => {
    expect(timexInterval('0050-03-01')).to.deep.equal({ start: '0050-03-01', end: '0050-03-02', granularity: 'day' });
  });

  it('keeps the last day of year 99 and the first of year 0 out of 1899–2000', () => {
    expect(timexInterval('0099-12-31')).to.deep.equal({ start: '0099-12-31', end: '0100-01-01', granularity: 'day' });
    expect(timexInterval('0000-01-01T23:30')).to.deep.equal({
      start: '0000-01-01T23:30', end: '0000-01-01T23:31', granularity: 'minute',
    });
  });

  it('finds the ISO weeks of year 70 in year 70', () => {
    expect(timexInterval('0070-W10')!.start.slice(0, 4)).to.equal('0070');
    expect(timexInterval('0070-W10-WE')!.end.slice(0, 4)).to.equal('0070');
  });

  it('narrows a year-70 interval with START without leaving year 70', () => {
    expect(timexInterval('0070-06', 'START')).to.deep.equal({ start: '0070-06-01', end: '0070-06-11', granularity: 'month' });
  });

  it('reads "AD 70", "70 A.D." and "70 CE" as the year 70', () => {
    const ad = find('Jerusalem fell in AD 70 to the Romans.', 'AD 70');
    expect([ad.type, ad.value, ad.anchor]).to.deep.equal(['DATE', '0070', 'explicit']);
    expect(find('The temple burned in 70 A.D. after a siege.', '70 A.D.').value).to.equal('0070');
    expect(find('Vesuvius erupted in 79 CE, burying Pompeii.', '79 CE').value).to.equal('0079');
    expect(find('William landed in AD 1066.', 'AD 1066').value).to.equal('1066');
  });

  it('reads a year written with leading zeros ("0050") after "the year" as that year', () => {
    const t = find('The coin dates from the year 0050, experts said.', 'the year 0050');
    expect([t.type, t.value]).to.deep.equal(['DATE', '0050']);
    expect(tagAll('The coin dates from the year 0050, experts said.').map((x) => x.value)).to.not.include('2017');
  });

  it('counts "that year" and "the following year" from the year 70, not from 1970 or the century 70', () => {
    const text = 'The temple burned in AD 70. That year the legion left; the following year it returned.';
    expect(find(text, 'That year').value).to.equal('0070');
    expect(find(text, 'the following year').value).to.equal('0071');
  });

  it('does not read a year before Christ as a year of our era', () => {
    expect(tagAll('Rome was founded in 753 BC.')).to.deep.equal([]);
    expect(tagAll('The city fell in 1000 B.C. to invaders.')).to.deep.equal([]);
  });
});
