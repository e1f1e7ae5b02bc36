import { expect } from 'chai';
import { showTime, timexInterval, type EventTime, type Granularity } from '@event-timeline/data';

/** An event time as the tagger would give it for `value` (and `mod`). */
function time(value: string, mod?: EventTime['mod']): EventTime {
  const iv = timexInterval(value, mod)!;
  return { value, start: iv.start, end: iv.end, granularity: iv.granularity as Granularity, anchor: 'explicit', ...(mod ? { mod } : {}) };
}

describe('export: the precision and words of a date', () => {
  it('words each kind of TIMEX3 value the way a reader says it', () => {
    const cases: [string, EventTime['mod'] | undefined, string][] = [
      ['2017-04-12', undefined, '12 April 2017'],
      ['2017-10', undefined, 'October 2017'],
      ['2017-10', 'END', 'late October 2017'],
      ['2017-10', 'MID', 'mid-October 2017'],
      ['2017', 'START', 'early 2017'],
      ['2017-W15', undefined, 'week of 10 April 2017'],
      ['2017-W15', 'START', 'early in the week of 10 April 2017'],
      ['2017-W15-WE', undefined, '15–16 April 2017'],
      ['2017-Q3', undefined, 'Q3 2017'],
      ['2017-H1', undefined, 'first half of 2017'],
      ['2017-SU', undefined, 'summer 2017'],
      ['2017-WI', undefined, 'winter 2017/18'],
      ['199', undefined, 'the 1990s'],
      ['199', 'END', 'the late 1990s'],
      ['20', undefined, 'the 21st century'],
      ['2017-09-17TNI', undefined, 'night of 17 September 2017'],
      ['2017-09-17TMO', undefined, 'morning of 17 September 2017'],
      ['2017-04-12T10:30', undefined, '12 April 2017, 10:30 UTC'],
      ['2017-04-12T17:00-05:00', undefined, '12 April 2017, 22:00 UTC'],
      ['2017-04-12', 'APPROX', 'about 12 April 2017'],
      ['2017-04-12', 'END', 'late on 12 April 2017'],
      ['2017', 'BEFORE', 'before 2017'],
    ];
    for (const [value, mod, words] of cases) expect(showTime(time(value, mod)).wording, `${value} ${mod ?? ''}`).to.equal(words);
  });

  it('never shows a day for a week, a quarter, a season, a month or an "about" date, nor a clock time for a part of a day', () => {
    const cases: [string, EventTime['mod'] | undefined, string][] = [
      ['2017-W15', undefined, 'month'],
      ['2017-Q3', undefined, 'month'],
      ['2017-SU', undefined, 'month'],
      ['2017-10', 'END', 'month'],
      ['2017-04-12', 'APPROX', 'month'],
      ['2017-04-12', 'AFTER', 'month'],
      ['199', undefined, 'year'],
      ['2017-09-17TNI', undefined, 'day'],
      ['2017-04-12', 'END', 'day'],
      ['2017-04-12T10', undefined, 'hour'],
      ['2017-04-12T10:30', undefined, 'minute'],
    ];
    for (const [value, mod, precision] of cases) expect(showTime(time(value, mod)).precision, `${value} ${mod ?? ''}`).to.equal(precision);
  });

  it('words a dataset date the tagger cannot read from its interval', () => {
    const shown = showTime({ value: 'PAST_REF', start: '2017-04-03', end: '2017-04-10', granularity: 'week', anchor: 'relative' });
    expect(shown.wording).to.equal('week of 3 April 2017');
    expect(shown.first).to.include({ year: 2017, month: 4, day: 3 });
    expect(shown.last).to.include({ year: 2017, month: 4, day: 9 });
  });
});
