import { expect } from 'chai';
import ICAL from 'ical.js';
import { exportICalendar, type Dataset, type EventTime, type TimelineEvent } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';

const at = (time: Partial<EventTime> & Pick<EventTime, 'value' | 'start' | 'end' | 'granularity'>): EventTime => ({ anchor: 'explicit', ...time });
const datasetOf = (...events: TimelineEvent[]): Dataset => ({ ...sampleDataset(), events });

/** The VEVENTs of an iCalendar text as ical.js, a calendar library, reads them. */
function readEvents(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const span = (event: ICAL.Event) => [event.startDate.isDate, event.startDate.toString(), event.endDate.toString()];

describe('export: iCalendar', () => {
  it('makes one all-day event per day-, month- or week-precision event, its DTEND the day after its last day', () => {
    const ics = exportICalendar(
      datasetOf(
        sampleEvent({ id: 'day' }),
        sampleEvent({ id: 'month', time: at({ value: '2017-10', start: '2017-10-01', end: '2017-11-01', granularity: 'month' }) }),
        sampleEvent({ id: 'week', time: at({ value: '2017-W13', start: '2017-03-27', end: '2017-04-03', granularity: 'week' }) }),
        sampleEvent({ id: 'night', time: at({ value: '2017-09-17TNI', start: '2017-09-17T21:00', end: '2017-09-18T00:00', granularity: 'part-of-day' }) }),
      ),
    );
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20170412\r\nDTEND;VALUE=DATE:20170413\r\n');
    expect(readEvents(ics).map((e) => [e.uid, ...span(e)])).to.deep.equal([
      ['day', true, '2017-04-12', '2017-04-13'],
      ['month', true, '2017-10-01', '2017-11-01'],
      ['week', true, '2017-03-27', '2017-04-03'],
      ['night', true, '2017-09-17', '2017-09-18'],
    ]);
  });

  it('gives an event with a clock time UTC date-times', () => {
    const ics = exportICalendar(datasetOf(sampleEvent({ time: at({ value: '2017-04-12T17:00-05:00', start: '2017-04-12T22:00', end: '2017-04-12T23:00', granularity: 'hour' }) })));
    expect(ics).to.contain('\r\nDTSTART:20170412T220000Z\r\nDTEND:20170412T230000Z\r\n');
    const [event] = readEvents(ics);
    expect(event!.startDate.isDate).to.equal(false);
    expect(event!.startDate.zone.tzid).to.equal('UTC');
    expect(event!.startDate.toUnixTime()).to.equal(Date.UTC(2017, 3, 12, 22) / 1000);
  });

  it('fills UID, SUMMARY, CATEGORIES, LOCATION, URL and a DESCRIPTION with the sources', () => {
    const dataset = sampleDataset();
    dataset.articles[0] = { ...dataset.articles[0]!, publisher: 'TASS', url: 'https://example.org/talks' };
    const [event, october] = readEvents(exportICalendar(dataset));
    expect(event!.uid).to.equal('ev-moscow-talks');
    expect(event!.summary).to.equal('Tillerson and Lavrov meet in Moscow');
    expect(event!.location).to.equal('Moscow');
    expect(event!.component.getFirstPropertyValue('categories')).to.equal('meeting');
    expect(event!.component.getFirstPropertyValue('url')).to.equal('https://example.org/talks');
    expect(event!.description).to.equal(
      [
        'When: 12 April 2017 (“today”)',
        'Who: Rex Tillerson (US Secretary of State); Sergey Lavrov (Russian Foreign Minister)',
        'Where: Moscow',
        'Type: meeting, confidence 0.9',
        '',
        'Source:',
        '- Lavrov-Tillerson meeting round-up — TASS, 12 April 2017',
        '  https://example.org/talks',
        '  “Talks with US Secretary of State Rex Tillerson turned out to be frank and extensive.”',
      ].join('\n'),
    );
    expect(october!.description).to.match(/^When: late October 2017\nWho: US Treasury\n/);
    expect(october!.location).to.equal(null);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and drops control characters', () => {
    const title = 'Talks; then a deal, a "win" \\ loss\nand\r\nmore\u001b[31m';
    const ics = exportICalendar(datasetOf(sampleEvent({ title, place: 'Washington, D.C.' })));
    expect(ics).to.contain('SUMMARY:Talks\\; then a deal\\, a "win" \\\\ loss\\nand\\nmore[31m\r\n');
    const [event] = readEvents(ics);
    expect(event!.summary).to.equal('Talks; then a deal, a "win" \\ loss\nand\nmore[31m');
    expect(event!.location).to.equal('Washington, D.C.');
  });

  it('folds lines at 75 octets without splitting a multi-byte character, with CRLF line ends', () => {
    const title = 'Zelensky meets Łukaszenka in Kyiv — «переговоры» 🇺🇦 日本語のテキスト '.repeat(6);
    const ics = exportICalendar(datasetOf(sampleEvent({ title })));
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    const encoder = new TextEncoder();
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      const bytes = encoder.encode(line);
      expect(bytes.length, line).to.be.at.most(75);
      // Each physical line is valid UTF-8 on its own: no character was cut between two lines.
      expect(decoder.decode(bytes)).to.equal(line);
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).to.be.greaterThan(5);
    expect(readEvents(ics)[0]!.summary).to.equal(title);
  });

  it('stamps every event with the latest publication date, not the time of the export', () => {
    const dataset = sampleDataset();
    dataset.articles.push({ id: 'later', title: 'Later', published: '2017-11-02T08:15:00+03:00' });
    const ics = exportICalendar(dataset);
    expect(ics.match(/^DTSTAMP:.*$/gm)).to.deep.equal(['DTSTAMP:20171102T051500Z', 'DTSTAMP:20171102T051500Z']);
    expect(exportICalendar(dataset)).to.equal(ics);
  });

  it('makes no URL of a javascript: link and names the calendar when asked', () => {
    const dataset = sampleDataset();
    dataset.articles[0] = { ...dataset.articles[0]!, url: 'javascript:alert(1)' };
    const ics = exportICalendar(dataset, { name: 'US, Russia' });
    expect(ics).not.to.match(/^URL:/m);
    expect(ics).to.contain('\r\nX-WR-CALNAME:US\\, Russia\r\n');
  });
});
