import { expect } from 'chai';
import { timexInterval } from '@event-timeline/data';

describe('timexInterval', () => {
  it('maps an ISO week to its Monday..Monday range', () => {
    expect(timexInterval('2017-W43')).to.deep.equal({ start: '2017-10-23', end: '2017-10-30', granularity: 'week' });
  });

  it('maps days, months, quarters, halves and years', () => {
    expect(timexInterval('2017-04-12')).to.deep.equal({ start: '2017-04-12', end: '2017-04-13', granularity: 'day' });
    expect(timexInterval('2017-12')).to.deep.equal({ start: '2017-12-01', end: '2018-01-01', granularity: 'month' });
    expect(timexInterval('2017-Q3')).to.deep.equal({ start: '2017-07-01', end: '2017-10-01', granularity: 'quarter' });
    expect(timexInterval('2017-H1')).to.deep.equal({ start: '2017-01-01', end: '2017-07-01', granularity: 'quarter' });
    expect(timexInterval('2017')).to.deep.equal({ start: '2017-01-01', end: '2018-01-01', granularity: 'year' });
    expect(timexInterval('FY2017')).to.deep.equal({ start: '2017-01-01', end: '2018-01-01', granularity: 'year' });
  });

  it('maps seasons, decades and centuries', () => {
    expect(timexInterval('2017-SU')).to.deep.equal({ start: '2017-06-01', end: '2017-09-01', granularity: 'quarter' });
    expect(timexInterval('2017-WI')).to.deep.equal({ start: '2017-12-01', end: '2018-03-01', granularity: 'quarter' });
    expect(timexInterval('199')).to.deep.equal({ start: '1990-01-01', end: '2000-01-01', granularity: 'year' });
    expect(timexInterval('20')).to.deep.equal({ start: '2000-01-01', end: '2100-01-01', granularity: 'year' });
  });

  it('maps parts of day and clock times', () => {
    expect(timexInterval('2017-09-17TNI')).to.deep.equal({
      start: '2017-09-17T21:00', end: '2017-09-18T00:00', granularity: 'part-of-day',
    });
    expect(timexInterval('2017-09-17T15:30')).to.deep.equal({
      start: '2017-09-17T15:30', end: '2017-09-17T15:31', granularity: 'minute',
    });
    expect(timexInterval('2017-09-17T15')!.granularity).to.equal('hour');
  });

  it('maps a weekend to Saturday..Monday', () => {
    expect(timexInterval('2017-W38-WE')).to.deep.equal({ start: '2017-09-23', end: '2017-09-25', granularity: 'day' });
  });

  it('narrows to the first or last third for START and END', () => {
    const start = timexInterval('2017', 'START')!;
    expect(start.start).to.equal('2017-01-01');
    expect(start.end > '2017-04-15' && start.end < '2017-05-15').to.equal(true);
    const end = timexInterval('2017-11', 'END')!;
    expect([end.start, end.end]).to.deep.equal(['2017-11-21', '2017-12-01']);
  });

  it('keeps a single day (and a single minute) whole for START, MID and END instead of emptying it', () => {
    for (const mod of ['START', 'MID', 'END']) {
      expect(timexInterval('2017-04-12', mod), mod).to.deep.equal({ start: '2017-04-12', end: '2017-04-13', granularity: 'day' });
      expect(timexInterval('2017-04-12T10:30', mod), mod).to.deep.equal({
        start: '2017-04-12T10:30', end: '2017-04-12T10:31', granularity: 'minute',
      });
    }
    // A weekend is two days: its start is the Saturday, its end the Sunday.
    expect(timexInterval('2017-W15-WE', 'START')).to.deep.equal({ start: '2017-04-15', end: '2017-04-16', granularity: 'day' });
    expect(timexInterval('2017-W15-WE', 'END')).to.deep.equal({ start: '2017-04-16', end: '2017-04-17', granularity: 'day' });
  });

  it('never returns an empty or reversed interval for any value and mod, and stays inside the unmodified one', () => {
    const values = [
      '2016-02-29', '2017-04-12', '2017-12-31', '2017-W01', '2017-W52-WE', '2020-W53', '2017-04', '2017-02', '2017-Q4',
      '2017-H2', '2017-WI', '2017', 'FY2017', '199', '20', '2017-09-17TMO', '2017-09-17TEV', '2017-09-17TNI',
      '2017-09-17TDT', '2017-09-17T23', '2017-09-17T00:00', '2017-09-17T23:59', '2017-09-17T15:30:45',
    ];
    for (const v of values) {
      const whole = timexInterval(v)!;
      for (const mod of [undefined, 'START', 'MID', 'END', 'BEFORE', 'AFTER', 'APPROX', 'LESS_THAN']) {
        const iv = timexInterval(v, mod);
        expect(iv, `${v} ${mod}`).to.not.equal(undefined);
        expect(iv!.end > iv!.start, `${v} ${mod}: ${iv!.start}..${iv!.end}`).to.equal(true);
        expect(iv!.start >= whole.start && iv!.end <= whole.end, `${v} ${mod} inside`).to.equal(true);
      }
    }
  });

  it('returns undefined for references, durations, sets and nonsense', () => {
    for (const v of ['PAST_REF', 'PRESENT_REF', 'P2Y', 'PT2H', 'XXXX-WXX-2', '2017-13', '2017-02-30', '', 'soon']) {
      expect(timexInterval(v), v).to.equal(undefined);
    }
  });
});
