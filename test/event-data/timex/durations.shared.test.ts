import { expect } from 'chai';
import { only } from './helpers.js';

describe('timex: durations', () => {
  it('reads "three years" as P3Y', () => {
    const t = only('He served three years in prison.');
    expect([t.text, t.type, t.value]).to.deep.equal(['three years', 'DURATION', 'P3Y']);
  });

  it('reads hyphenated adjectives: "a two-hour meeting" → PT2H', () => {
    const t = only('They held a two-hour meeting.');
    expect([t.text, t.value]).to.deep.equal(['two-hour', 'PT2H']);
  });

  it('reads "-long" adjectives: "a year-long inquiry" → P1Y', () => {
    const t = only('They opened a year-long inquiry.');
    expect([t.text, t.value]).to.deep.equal(['year-long', 'P1Y']);
  });

  it('reads numbers in digits and words, including compounds', () => {
    expect(only('It lasted 18 months.').value).to.equal('P18M');
    expect(only('It lasted twenty-four hours.').value).to.equal('PT24H');
    expect(only('It lasted 45 minutes.').value).to.equal('PT45M');
    expect(only('It lasted two decades.').value).to.equal('P20Y');
  });

  it('reads halves and fractions', () => {
    expect(only('It lasted half an hour.').value).to.equal('PT30M');
    expect(only('It lasted a year and a half.').value).to.equal('P1Y6M');
    expect(only('It lasted 5 1/2 hours.').value).to.equal('PT5H30M');
  });

  it('reads ordinals and compound number words', () => {
    expect(only('It lasted one hundred and twenty days.').value).to.equal('P120D');
    expect(only('It is the first nine months of trading.').value).to.equal('P9M');
    expect(only('It ran for a couple of weeks.').mod).to.equal('APPROX');
  });

  it('reads vague amounts as X: "several days" → PXD', () => {
    expect(only('It lasted several days.').value).to.equal('PXD');
    expect(only('It lasted a few weeks.').value).to.equal('PXW');
  });

  it('keeps "the past five months" whole, as TimeML does', () => {
    const t = only('Prices rose over the past five months.');
    expect([t.text, t.type, t.value]).to.deep.equal(['the past five months', 'DURATION', 'P5M']);
  });

  it('reads "the first nine months" as P9M', () => {
    expect(only('Profit in the first nine months rose.').value).to.equal('P9M');
  });

  it('reads approximations and comparisons as modifiers', () => {
    const a = only('It took about three years.');
    expect([a.text, a.value, a.mod]).to.deep.equal(['about three years', 'P3Y', 'APPROX']);
    expect(only('It took more than a year.').mod).to.equal('MORE_THAN');
    expect(only('It took less than two weeks.').mod).to.equal('LESS_THAN');
    expect(only('It took at least 30 days.').mod).to.equal('EQUAL_OR_MORE');
  });
});

describe('timex: ranges and anchored spans', () => {
  it('keeps a range of amounts in one extent with the lower bound as value', () => {
    const t = only('Repairs take two to three weeks.');
    expect([t.text, t.value]).to.deep.equal(['two to three weeks', 'P2W']);
  });

  it('reads "the week of March 6" as the ISO week holding that day', () => {
    expect(only('The hearing is set for the week of March 6, 2017.').value).to.equal('2017-W10');
  });

  it('reads "the weekend" as the one just past on a weekday', () => {
    expect(only('Talks continued over the weekend.').value).to.equal('2017-W37-WE');
  });
});
