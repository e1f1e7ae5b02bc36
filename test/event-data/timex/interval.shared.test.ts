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

  it('returns undefined for references, durations, sets and nonsense', () => {
    for (const v of ['PAST_REF', 'PRESENT_REF', 'P2Y', 'PT2H', 'XXXX-WXX-2', '2017-13', '2017-02-30', '', 'soon']) {
      expect(timexInterval(v), v).to.equal(undefined);
    }
  });
});
