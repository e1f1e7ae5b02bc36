import { expect } from 'chai';
import { find, only } from './helpers.js';

describe('timex: sets', () => {
  it('reads "every Tuesday" as XXXX-WXX-2 with quant EVERY', () => {
    const t = only('The council meets every Tuesday.');
    expect([t.text, t.type, t.value, t.quant]).to.deep.equal(['every Tuesday', 'SET', 'XXXX-WXX-2', 'EVERY']);
  });

  it('reads frequency adverbs: "daily" → P1D, "annually" → P1Y', () => {
    expect(only('The paper is published daily.').value).to.equal('P1D');
    expect(only('Rates are reviewed annually.').value).to.equal('P1Y');
  });

  it('reads "twice a year" as P1Y with freq 2X', () => {
    const t = only('The board meets twice a year.');
    expect([t.text, t.type, t.value, t.freq]).to.deep.equal(['twice a year', 'SET', 'P1Y', '2X']);
    expect(only('They meet three times a week.').freq).to.equal('3X');
  });

  it('reads "each month" and "every other week"', () => {
    expect(only('Bills arrive each month.').quant).to.equal('EACH');
    expect(only('Bills arrive every other week.').value).to.equal('P2W');
  });

  it('reads a rate\'s "a year" after an amount as a set', () => {
    const t = find('It costs $5 million a year.', 'a year');
    expect([t.type, t.value]).to.deep.equal(['SET', 'P1Y']);
  });

  it('reads plural weekdays as weekly sets', () => {
    expect(only('The market opens on Sundays.').value).to.equal('XXXX-WXX-7');
  });
});

describe('timex: vague references', () => {
  it('reads now and currently as PRESENT_REF', () => {
    expect(only('The company now employs 500.').value).to.equal('PRESENT_REF');
    expect(only('He is currently abroad.').value).to.equal('PRESENT_REF');
  });

  it('reads recently and "the past" as PAST_REF', () => {
    expect(only('He recently resigned.').value).to.equal('PAST_REF');
    expect(only('In the past, it was cheaper.').value).to.equal('PAST_REF');
  });

  it('reads "the future" and "the near future" as FUTURE_REF', () => {
    expect(only('Talks may resume in the future.').value).to.equal('FUTURE_REF');
    expect(only('Talks resume in the near future.').text).to.equal('the near future');
  });
});

describe('timex: position modifiers', () => {
  it('reads early/mid/late as START/MID/END', () => {
    const e = only('The plant opens in early 2018.');
    expect([e.text, e.value, e.mod]).to.deep.equal(['early 2018', '2018', 'START']);
    expect(only('It closed in mid-November 2016.').mod).to.equal('MID');
    expect(only('It closed in late November 2016.').mod).to.equal('END');
  });

  it('reads "the end of 1990" with mod END', () => {
    const t = only('It will be done by the end of 1990.');
    expect([t.text, t.value, t.mod]).to.deep.equal(['the end of 1990', '1990', 'END']);
  });

  it('reads "around Nov. 1" as an approximate date', () => {
    const t = only('The sale should close around Nov. 1.');
    expect([t.text, t.value, t.mod]).to.deep.equal(['around Nov. 1', '2017-11-01', 'APPROX']);
  });
});
