import { expect } from 'chai';
import { find, only } from './helpers.js';

describe('timex: clock times', () => {
  it('reads "3 p.m." as a TIME on the reference day', () => {
    const t = only('The meeting starts at 3 p.m. sharp.');
    expect([t.text, t.type, t.value]).to.deep.equal(['3 p.m.', 'TIME', '2017-09-20T15:00']);
  });

  it('reads 24-hour times, minutes and a.m.', () => {
    expect(only('It ended at 15:30 local time.').value).to.equal('2017-09-20T15:30');
    expect(only('It ended at 10:35 a.m. local time.').value).to.equal('2017-09-20T10:35');
    expect(only('It ended at 12 a.m. local time.').value).to.equal('2017-09-20T00:00');
  });

  it('reads noon and midnight', () => {
    expect(only('They left at noon.').value).to.equal('2017-09-20T12:00');
    expect(only('They left at midnight.').value).to.equal('2017-09-20T24:00');
  });

  it('keeps a time zone and the day that follows in one expression', () => {
    const t = only('The deadline passed at 5 p.m. EST Friday.');
    expect([t.text, t.value]).to.deep.equal(['5 p.m. EST Friday', '2017-09-15T17:00-05:00']);
  });

  it('reads "early morning" and "mid-afternoon" as parts of the reference day', () => {
    const t = only('Troops left by mid-afternoon.');
    expect([t.text, t.type, t.value, t.mod]).to.deep.equal(['mid-afternoon', 'TIME', '2017-09-20TAF', 'MID']);
  });

  it('reads "4 in the morning"', () => {
    expect(only('He left at 4 in the morning.').value).to.equal('2017-09-20T04:00');
  });

  it('dates a time by the day named just before it in the sentence', () => {
    const t = find('On March 12, 2017, at 9:30 a.m., the index fell.', '9:30 a.m.');
    expect([t.value, t.anchor]).to.deep.equal(['2017-03-12T09:30', 'context']);
  });
});
