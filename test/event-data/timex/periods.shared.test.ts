import { expect } from 'chai';
import { find, only } from './helpers.js';

describe('timex: quarters, halves, fiscal years', () => {
  it('reads "the third quarter" as the reference year\'s Q3', () => {
    const t = only('Profit rose in the third quarter.');
    expect([t.text, t.value]).to.deep.equal(['the third quarter', '2017-Q3']);
  });

  it('puts a later quarter in the previous year in a past clause and in this year in a future one', () => {
    expect(only('Profit fell in the fourth quarter.').value).to.equal('2016-Q4');
    expect(only('Profit will rise in the fourth quarter.').value).to.equal('2017-Q4');
  });

  it('leaves "the" out of the adjective "third-quarter"', () => {
    const t = only('It posted the third-quarter results.');
    expect([t.text, t.value]).to.deep.equal(['third-quarter', '2017-Q3']);
  });

  it('reads "last quarter" as the quarter before the reference date\'s, "the last quarter of 2016" as Q4', () => {
    expect(only('Profit fell last quarter.').value).to.equal('2017-Q2');
    expect(only('Profit fell in the last quarter of 2016.').value).to.equal('2016-Q4');
  });

  it('reads explicit quarters and halves', () => {
    expect(only('in the first quarter of 2016').value).to.equal('2016-Q1');
    expect(only('in Q2 2016').value).to.equal('2016-Q2');
    expect(only('in the second half of 2016').value).to.equal('2016-H2');
  });

  it('reads fiscal years as their year', () => {
    expect(only('Sales in fiscal 2016 rose.').value).to.equal('2016');
    expect(only('Sales in fiscal year 2016 rose.').value).to.equal('2016');
  });

  it('reads "a year ago" after a quarter as that quarter a year earlier', () => {
    const t = find('Profit rose 5% in the third quarter from a year ago.', 'a year ago');
    expect(t.value).to.equal('2016-Q3');
  });

  it('reads "the quarter" in a report as the last completed quarter', () => {
    expect(find('Revenue rose during the quarter.', 'the quarter', '2017-10-26').value).to.equal('2017-Q3');
  });

  it('reads seasons with explicit years', () => {
    expect(only('It happened in the summer of 1994.').value).to.equal('1994-SU');
    expect(only('It happened in spring 2016.').value).to.equal('2016-SP');
  });

  it('reads a possessive year before a quarter as that year\'s quarter', () => {
    expect(only("It starts in next year's first quarter.").value).to.equal('2018-Q1');
    expect(only("It starts in 2016's second half.").value).to.equal('2016-H2');
  });
});
