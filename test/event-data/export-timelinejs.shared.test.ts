import { expect } from 'chai';
import { exportTimelineJs, type Dataset, type EventTime, type TimelineEvent } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';

const at = (time: Partial<EventTime> & Pick<EventTime, 'value' | 'start' | 'end' | 'granularity'>): EventTime => ({ anchor: 'explicit', ...time });

function datasetOf(...events: TimelineEvent[]): Dataset {
  return { ...sampleDataset(), events };
}

describe('export: TimelineJS3 JSON', () => {
  it('gives a month-precision event a month and no day, with the words in display_date', () => {
    const [slide] = exportTimelineJs(sampleDataset()).events.slice(1);
    expect(slide!.start_date).to.deep.equal({ year: 2017, month: 10, display_date: 'late October 2017' });
    expect(slide!.end_date).to.equal(undefined);
    expect(slide!.display_date).to.equal('late October 2017');
  });

  it('gives a day its day, a year only its year, a clock time its hour and minute', () => {
    const doc = exportTimelineJs(
      datasetOf(
        sampleEvent({ id: 'day' }),
        sampleEvent({ id: 'year', time: at({ value: '2015', start: '2015-01-01', end: '2016-01-01', granularity: 'year' }) }),
        sampleEvent({ id: 'clock', time: at({ value: '2017-04-12T10:30', start: '2017-04-12T10:30', end: '2017-04-12T10:31', granularity: 'minute' }) }),
      ),
    );
    const dates = doc.events.map((e) => [e.start_date, e.end_date]);
    expect(dates).to.deep.equal([
      [{ year: 2017, month: 4, day: 12, display_date: '12 April 2017' }, undefined],
      [{ year: 2015, display_date: '2015' }, undefined],
      [{ year: 2017, month: 4, day: 12, hour: 10, minute: 30, display_date: '12 April 2017, 10:30 UTC' }, undefined],
    ]);
  });

  it('shows a week, a season, a decade and an "about" date without a day, spans as spans', () => {
    const doc = exportTimelineJs(
      datasetOf(
        sampleEvent({ id: 'week', time: at({ value: '2017-W13', start: '2017-03-27', end: '2017-04-03', granularity: 'week', text: 'last week' }) }),
        sampleEvent({ id: 'season', time: at({ value: '2017-SU', start: '2017-06-01', end: '2017-09-01', granularity: 'quarter' }) }),
        sampleEvent({ id: 'decade', time: at({ value: '199', start: '1990-01-01', end: '2000-01-01', granularity: 'year' }) }),
        sampleEvent({ id: 'about', time: at({ value: '2017-04-12', start: '2017-04-12', end: '2017-04-13', granularity: 'day', mod: 'APPROX' }) }),
        sampleEvent({ id: 'night', time: at({ value: '2017-09-17TNI', start: '2017-09-17T21:00', end: '2017-09-18T00:00', granularity: 'part-of-day' }) }),
      ),
    );
    const byId = Object.fromEntries(doc.events.map((e) => [e.unique_id, e]));
    expect(byId.week!.start_date).to.deep.equal({ year: 2017, month: 3, display_date: 'week of 27 March 2017' });
    expect(byId.week!.end_date).to.deep.equal({ year: 2017, month: 4 });
    expect(byId.season!.start_date).to.deep.equal({ year: 2017, month: 6, display_date: 'summer 2017' });
    expect(byId.season!.end_date).to.deep.equal({ year: 2017, month: 8 });
    expect(byId.decade!.start_date).to.deep.equal({ year: 1990, display_date: 'the 1990s' });
    expect(byId.decade!.end_date).to.deep.equal({ year: 1999 });
    expect(byId.about!.start_date).to.deep.equal({ year: 2017, month: 4, display_date: 'about 12 April 2017' });
    expect(byId.night!.start_date).to.deep.equal({ year: 2017, month: 9, day: 17, display_date: 'night of 17 September 2017' });
    for (const slide of doc.events) expect(slide.display_date).to.equal(slide.start_date.display_date);
  });

  it('groups slides by event type and keeps the event id as unique_id', () => {
    const doc = exportTimelineJs(sampleDataset());
    expect(doc.events.map((e) => [e.group, e.unique_id])).to.deep.equal([
      ['meeting', 'ev-moscow-talks'],
      ['sanction', 'ev-october'],
    ]);
  });

  it('links each source title to its URL and quotes the sentence, escaping every piece of article text', () => {
    const dataset = sampleDataset();
    dataset.articles[0] = {
      ...dataset.articles[0]!,
      title: 'Talks <script>alert(1)</script> & "more"',
      publisher: 'The <b>Wire</b>',
      url: 'https://example.org/a?x=1&y="2"',
    };
    dataset.events = [sampleEvent({ title: 'Lavrov <img src=x onerror=alert(1)> meets', mentions: [{ ...sampleEvent().mentions[0]!, sentence: 'He said <iframe src="evil"></iframe>.' }] })];
    const slide = exportTimelineJs(dataset).events[0]!;
    expect(slide.text.headline).to.equal('Lavrov &lt;img src=x onerror=alert(1)&gt; meets');
    expect(slide.text.text).to.contain(
      '<li><a href="https://example.org/a?x=1&amp;y=%222%22" target="_blank" rel="noopener noreferrer">Talks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;</a>' +
        ' — The &lt;b&gt;Wire&lt;/b&gt;, 12 April 2017<blockquote>He said &lt;iframe src=&quot;evil&quot;&gt;&lt;/iframe&gt;.</blockquote></li>',
    );
    expect(slide.text.text).not.to.match(/<(script|img|iframe|b>)/);
  });

  it('never makes a link of a javascript: or data: URL', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/x']) {
      const dataset = sampleDataset();
      dataset.articles[0] = { ...dataset.articles[0]!, url };
      const text = exportTimelineJs(dataset).events[0]!.text.text;
      expect(text, url).not.to.contain('href');
      expect(text, url).to.contain('<cite>Lavrov-Tillerson meeting round-up</cite>');
    }
  });

  it('says who, where and how the date was written, and the other dates some reports give', () => {
    const event = sampleEvent({
      time: at({ value: '2017-04-12', start: '2017-04-12', end: '2017-04-13', granularity: 'day', text: 'on <Wednesday>' }),
      alternatives: [{ articleId: '001_7c33a6ff5fb8c658', time: at({ value: '2017-04-11', start: '2017-04-11', end: '2017-04-12', granularity: 'day' }) }],
    });
    const text = exportTimelineJs(datasetOf(event)).events[0]!.text.text;
    expect(text).to.contain('<strong>Who:</strong> Rex Tillerson (US Secretary of State); Sergey Lavrov (Russian Foreign Minister)');
    expect(text).to.contain('<strong>Where:</strong> Moscow');
    expect(text).to.contain('<strong>Dated by:</strong> “on &lt;Wednesday&gt;”');
    expect(text).to.contain('<strong>Other reports date it:</strong> 11 April 2017 (Lavrov-Tillerson meeting round-up)');
  });

  it('adds a title slide only when asked, escaped', () => {
    expect(exportTimelineJs(sampleDataset())).not.to.have.property('title');
    expect(exportTimelineJs(sampleDataset(), { title: 'US & Russia <2017>' }).title).to.deep.equal({
      text: { headline: 'US &amp; Russia &lt;2017&gt;', text: '<p>2 events from 1 article</p>' },
    });
  });
});
