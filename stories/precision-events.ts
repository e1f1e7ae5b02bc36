/** Hand-made events, one per kind of date precision the schema can express, for the showcase and state stories. */
import type { EventTime, TimelineEvent } from '@event-timeline/data';

const event = (id: string, title: string, time: EventTime, sentence: string): TimelineEvent => ({
  id,
  title,
  type: 'other',
  time,
  actors: [],
  mentions: [
    {
      articleId: 'precision-showcase',
      sentence,
      start: 0,
      end: sentence.length,
      ...(time.text && sentence.includes(time.text)
        ? { timex: { text: time.text, start: sentence.indexOf(time.text), end: sentence.indexOf(time.text) + time.text.length } }
        : {}),
    },
  ],
  confidence: 1,
});

/** One event per kind of precision the schema can express, all in 2017. */
export const precisionEvents: TimelineEvent[] = [
  event('day', 'Day: talks in Moscow', { value: '2017-04-12', start: '2017-04-12', end: '2017-04-13', granularity: 'day', anchor: 'explicit', text: 'April 12, 2017' }, 'The talks were held on April 12, 2017.'),
  event('part-of-day', 'Part of day: a Sunday-night meeting', { value: '2017-09-17TNI', start: '2017-09-17T18:00:00Z', end: '2017-09-18', granularity: 'part-of-day', anchor: 'relative', text: 'Sunday night' }, 'The ministers met on Sunday night in New York.'),
  event('week', 'Week: consultations', { value: '2017-W24', start: '2017-06-12', end: '2017-06-19', granularity: 'week', anchor: 'relative', text: 'last week' }, 'Consultations took place last week.'),
  event('month', 'Month: a summit', { value: '2017-07', start: '2017-07-01', end: '2017-08-01', granularity: 'month', anchor: 'explicit', text: 'July 2017' }, 'A summit was held in July 2017.'),
  event('early', 'Early month: a visit', { value: '2017-05', start: '2017-05-01', end: '2017-06-01', granularity: 'month', mod: 'START', anchor: 'explicit', text: 'early May' }, 'The delegation visited in early May.'),
  event('late', 'Late month: new sanctions', { value: '2017-10', start: '2017-10-01', end: '2017-11-01', granularity: 'month', mod: 'END', anchor: 'explicit', text: 'late October' }, 'New sanctions followed in late October.'),
  event('quarter', 'Quarter: a review', { value: '2017-Q3', start: '2017-07-01', end: '2017-10-01', granularity: 'quarter', anchor: 'explicit', text: 'the third quarter' }, 'A review is due in the third quarter.'),
  event('approx', 'Approximate: around mid-year', { value: '2017-06', start: '2017-06-01', end: '2017-07-01', granularity: 'month', mod: 'APPROX', anchor: 'explicit', text: 'around June' }, 'The plan was drafted around June.'),
  event('year', 'Year: a policy shift', { value: '2017', start: '2017-01-01', end: '2018-01-01', granularity: 'year', anchor: 'explicit', text: 'in 2017' }, 'Policy shifted in 2017.'),
  event('range', 'Range: a week-long exercise', { value: '2017-09-14', start: '2017-09-14', end: '2017-09-21', granularity: 'day', anchor: 'explicit', text: 'from 14 to 20 September' }, 'The exercise ran from 14 to 20 September.'),
];
