import { expect } from 'chai';
import { parseIsoDate, timexInterval } from '@event-timeline/data';
import { find, only } from './helpers.js';

/** DCT Wednesday 2017-09-20, in US daylight saving time. */
describe('timex: clock times with a time zone', () => {
  it('ends the value of a GMT, UTC or Zulu time in Z', () => {
    expect(only('The talks resume at 09:30 GMT Tuesday.', '2013-05-15').value).to.equal('2013-05-14T09:30Z');
    expect(only('The market opened at 14:00 UTC.').value).to.equal('2017-09-20T14:00Z');
    expect(only('He spoke at 3 p.m. GMT.').value).to.equal('2017-09-20T15:00Z');
    expect(only('The blast came at 0930 GMT.').value).to.equal('2017-09-20T09:30Z');
    expect(only('The strike was set for 0600 Zulu.').value).to.equal('2017-09-20T06:00Z');
    expect(only('The launch window opens at midnight UTC.').value).to.equal('2017-09-20T24:00Z');
  });

  it('keeps the zone in the extent, with the day after it', () => {
    const t = only('The talks resume at 09:30 GMT Tuesday.', '2013-05-15');
    expect([t.text, t.type]).to.deep.equal(['09:30 GMT Tuesday', 'TIME']);
  });

  it('writes other zone abbreviations as their offset from UTC', () => {
    expect(only('Trading halted at 10 a.m. EST on Monday.').value).to.equal('2017-09-18T10:00-05:00');
    expect(only('The deadline is 5 p.m. EDT Friday.').value).to.equal('2017-09-15T17:00-04:00');
    expect(only('Polls close at 22:00 CET.').value).to.equal('2017-09-20T22:00+01:00');
    expect(only('The vote ended at 10 p.m. BST.').value).to.equal('2017-09-20T22:00+01:00');
    expect(only('Flights resumed at 8 a.m. PDT.').value).to.equal('2017-09-20T08:00-07:00');
  });

  it('reads an explicit offset after GMT or UTC', () => {
    expect(only('Sirens sounded at 14:00 GMT+3.').value).to.equal('2017-09-20T14:00+03:00');
    expect(only('Sirens sounded at 9 a.m. UTC-5.').value).to.equal('2017-09-20T09:00-05:00');
    expect(only('Sirens sounded at 9 a.m. (UTC+05:30).').value).to.equal('2017-09-20T09:00+05:30');
  });

  it('gives ET and PT the daylight-saving offset of the day they fall on', () => {
    expect(only('The market closes at 4 p.m. ET.').value).to.equal('2017-09-20T16:00-04:00');
    expect(only('The market closes at 4 p.m. ET.', '2017-12-20').value).to.equal('2017-12-20T16:00-05:00');
    expect(only('The show starts at 9 p.m. PT.', '2017-03-11').value).to.equal('2017-03-11T21:00-08:00');
    expect(only('The show starts at 9 p.m. PT.', '2017-03-12').value).to.equal('2017-03-12T21:00-07:00');
    expect(only('The show starts at 9 p.m. PT.', '1998-10-25').value).to.equal('1998-10-25T21:00-08:00');
  });

  it('leaves a time zone-less when its abbreviation names several zones', () => {
    expect(only('The verdict is due at 11 a.m. IST.').value).to.equal('2017-09-20T11:00');
  });

  it('dates a time with a zone by the day named before it', () => {
    const t = find('On March 12, 2017, at 9:30 a.m. ET, the index fell.', '9:30 a.m. ET');
    expect([t.value, t.anchor]).to.deep.equal(['2017-03-12T09:30-04:00', 'context']);
  });
});

describe('timexInterval of a time with a zone', () => {
  it('keeps a Z time as it is, without the zone letter', () => {
    expect(timexInterval('2013-05-14T09:30Z')).to.deep.equal({
      start: '2013-05-14T09:30', end: '2013-05-14T09:31', granularity: 'minute',
    });
  });

  it('converts an offset time to UTC, across midnight when it has to', () => {
    expect(timexInterval('2013-05-14T21:30-05:00')).to.deep.equal({
      start: '2013-05-15T02:30', end: '2013-05-15T02:31', granularity: 'minute',
    });
    expect(timexInterval('2013-05-14T01:30+05:30')).to.deep.equal({
      start: '2013-05-13T20:00', end: '2013-05-13T20:01', granularity: 'minute',
    });
    expect(timexInterval('2013-05-14T17-04:00')).to.deep.equal({
      start: '2013-05-14T21:00', end: '2013-05-14T22:00', granularity: 'hour',
    });
  });

  it('starts at the instant the value names, for every zone the tagger writes', () => {
    for (const text of ['at 10 a.m. EST', 'at 09:30 GMT', 'at 22:00 CET', 'at 9 p.m. PT', 'at 14:00 GMT+3', 'at 11 p.m. EDT']) {
      const t = only(`It happened ${text}.`);
      const iv = timexInterval(t.value)!;
      expect(parseIsoDate(iv.start), `${t.value} → ${iv.start}`).to.equal(parseIsoDate(t.value));
      expect(iv.start).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    }
  });

  it('refuses an offset beyond ±14 hours', () => {
    expect(timexInterval('2013-05-14T10:30+15:00')).to.equal(undefined);
  });
});
