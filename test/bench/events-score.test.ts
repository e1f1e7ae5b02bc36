import { expect } from 'chai';
import type { TimelineEvent } from '../../packages/event-data/src/index.js';
import { compatibleDates, eventDate, parseTimelineDate } from '../../bench/events/calendar-date.js';
import { belongsTo, namesEntity } from '../../bench/events/entities.js';
import { sentenceCheck, type Entry } from '../../bench/events/sentence-check.js';
import { systemTimeline } from '../../bench/events/system-timelines.js';
import { awarenessCounts, awarenessScores, closure, timelineRelations } from '../../bench/events/temporal-awareness.js';
import { parseTimeline, formatTimeline } from '../../bench/events/timeline-format.js';
import { tokenIndex } from '../../bench/events/token-index.js';

describe('bench:events scoring', () => {
  describe('dates at different precisions', () => {
    it('reads the gold styles of a month and a year, and no date without a year', () => {
      expect(parseTimelineDate('2008-03-XX')).to.deep.equal({ year: 2008, month: 3 });
      expect(parseTimelineDate('2006-XX-XX')).to.deep.equal({ year: 2006 });
      expect(parseTimelineDate('2010-06-07')).to.deep.equal({ year: 2010, month: 6, day: 7 });
      expect(parseTimelineDate('XXXX-XX-XX')).to.equal(undefined);
      expect(parseTimelineDate('XXX-XX-XX')).to.equal(undefined);
    });

    it('compares two dates at the coarser of their precisions', () => {
      expect(compatibleDates({ year: 2008 }, { year: 2008, month: 6, day: 9 })).to.equal(true);
      expect(compatibleDates({ year: 2008, month: 6 }, { year: 2008, month: 6, day: 9 })).to.equal(true);
      expect(compatibleDates({ year: 2008, month: 5 }, { year: 2008, month: 6, day: 9 })).to.equal(false);
      expect(compatibleDates({ year: 2008, month: 6, day: 8 }, { year: 2008, month: 6, day: 9 })).to.equal(false);
      expect(compatibleDates({ year: 2007 }, { year: 2008 })).to.equal(false);
    });

    it('dates an event at the precision its interval allows', () => {
      expect(eventDate({ start: '2008-06-09', end: '2008-06-10' })).to.deep.equal({ year: 2008, month: 6, day: 9 });
      expect(eventDate({ start: '2008-01-09T06:00', end: '2008-01-09T12:00' })).to.deep.equal({ year: 2008, month: 1, day: 9 });
      expect(eventDate({ start: '2008-06-01', end: '2008-07-01' })).to.deep.equal({ year: 2008, month: 6 });
      // ISO week 2008-W27 runs from June 30 to July 6: a month cannot be given, the year can
      expect(eventDate({ start: '2008-06-30', end: '2008-07-07' })).to.deep.equal({ year: 2008 });
      expect(eventDate({ start: '1986-09-01', end: '1990-01-01' })).to.equal(undefined);
    });
  });

  describe('the offset-free check', () => {
    const entry = (sentence: number, date: Entry['date']): Entry => ({ entity: 'iPod', doc: '4678', sentence, date });

    it('finds a gold day in the same sentence from a system year, and counts a wrong month as found only when dates are ignored', () => {
      const gold = [entry(2, { year: 2006, month: 4, day: 5 }), entry(5, { year: 2006, month: 1 })];
      const system = [entry(2, { year: 2006 }), entry(5, { year: 2006, month: 3 }), entry(9, { year: 2006 }), entry(7, undefined)];
      const check = sentenceCheck(gold, system);
      expect(check.recall).to.equal(0.5);
      expect(check.recallIgnoringDates).to.equal(1);
      expect(check.precision).to.equal(1 / 3);
      expect(check.systemUndated).to.equal(1);
    });
  });

  describe('entities', () => {
    it('knows Steve Jobs by his surname but not the word "jobs", and the iPhone 4 not in "iPhone 4S"', () => {
      expect(namesEntity('Jobs said the store would open.', 'Steve Jobs')).to.equal(true);
      expect(namesEntity('Apple added 500 jobs.', 'Steve Jobs')).to.equal(false);
      expect(namesEntity('The iPhone 4S went on sale.', 'iPhone 4')).to.equal(false);
      expect(namesEntity('The iPhone 4, unveiled on Monday', 'iPhone 4')).to.equal(true);
    });

    it('gives an event to an entity named by an actor or in a mention sentence', () => {
      const event = { actors: [{ name: 'Apple Corps', kind: 'organization' }], mentions: [{ articleId: '4596', sentence: 'The company sued.', start: 0, end: 17 }] };
      expect(belongsTo(event as Pick<TimelineEvent, 'actors' | 'mentions'>, 'Beatles Apple Corps')).to.equal(true);
      expect(belongsTo(event as Pick<TimelineEvent, 'actors' | 'mentions'>, 'iPod')).to.equal(false);
    });
  });

  describe('temporal awareness', () => {
    it('closes SIMULTANEOUS as an equivalence and BEFORE transitively through it', () => {
      const c = closure([
        { kind: 'BEFORE', from: 'a', to: 'b' },
        { kind: 'SIMULTANEOUS', from: 'b', to: 'c' },
        { kind: 'BEFORE', from: 'c', to: 'd' },
      ]);
      expect(c.implies({ kind: 'BEFORE', from: 'a', to: 'd' })).to.equal(true);
      expect(c.implies({ kind: 'BEFORE', from: 'a', to: 'c' })).to.equal(true);
      expect(c.implies({ kind: 'BEFORE', from: 'd', to: 'a' })).to.equal(false);
      expect(c.implies({ kind: 'SIMULTANEOUS', from: 'c', to: 'b' })).to.equal(true);
      expect(c.implies({ kind: 'SIMULTANEOUS', from: 'a', to: 'b' })).to.equal(false);
      expect(c.implies({ kind: 'BEFORE', from: 'a', to: 'unknown' })).to.equal(false);
    });

    const gold = parseTimeline('X\n0\tXXXX-XX-XX\td-9-said\n1\t2008\td-1-a\n2\t2009\td-2-b\td-3-b2\n');

    it('turns a timeline into date anchors and a chain of BEFORE and SIMULTANEOUS, skipping position 0', () => {
      const keys = timelineRelations(gold).map((r) => `${r.from} ${r.kind} ${r.to}`).sort();
      expect(keys).to.deep.equal([
        'event:d-1-a BEFORE event:d-2-b',
        'event:d-1-a SIMULTANEOUS time:2008',
        'event:d-2-b SIMULTANEOUS event:d-3-b2',
        'event:d-2-b SIMULTANEOUS time:2009',
        'event:d-3-b2 SIMULTANEOUS time:2009',
      ]);
    });

    it('scores a timeline against itself as perfect and a reversed one by the relations the other closure implies', () => {
      expect(awarenessScores(awarenessCounts(gold, gold))).to.deep.equal({ precision: 1, recall: 1, f1: 1 });
      const reversed = parseTimeline('X\n1\t2009\td-2-b\n2\t2010\td-1-a\n');
      // system: b = 2009 (implied by gold), b BEFORE a (not), a = 2010 (not); gold: only b = 2009 is implied by the system
      expect(awarenessCounts(gold, reversed)).to.deep.equal({ system: 3, systemImplied: 1, gold: 5, goldImplied: 1 });
    });
  });

  describe('system timelines', () => {
    const index = tokenIndex({
      articles: {
        d: {
          tokens: [[1, 0, 0, 5, 'Apple'], [2, 0, 6, 13, 'unveils'], [3, 0, 14, 18, 'iPod'], [4, 1, 20, 24, 'iPod'], [5, 1, 25, 30, 'sales'], [6, 1, 31, 35, 'grew']],
          sentences: { 0: [0, 18], 1: [20, 35] },
        },
      },
    });
    const event = (start: number, end: number, trigger: { start: number; end: number } | undefined, time: [string, string]) =>
      ({ title: 't', type: 'other', actors: [], time: { value: 'x', start: time[0], end: time[1], granularity: 'day', anchor: 'explicit' },
        mentions: [{ articleId: 'd', sentence: 'iPod', start, end, ...(trigger ? { trigger: { text: '', ...trigger } } : {}) }] }) as unknown as TimelineEvent;

    it('names mentions by their trigger tokens, orders events by date, and leaves out mentions without a trigger', () => {
      const timeline = systemTimeline('iPod', [
        event(20, 35, { start: 25, end: 35 }, ['2006-05-01', '2006-06-01']),
        event(0, 18, { start: 6, end: 13 }, ['2005-09-07', '2005-09-08']),
        event(0, 18, undefined, ['2004-01-01', '2005-01-01']),
      ], index);
      expect(formatTimeline(timeline)).to.equal('iPod\n1\t2005-09-07\td-0-unveils\n2\t2006-05\td-1-sales_grew\n');
    });
  });
});
