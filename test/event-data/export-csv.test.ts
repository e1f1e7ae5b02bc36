import { expect } from 'chai';
import Papa from 'papaparse';
import { CSV_COLUMNS, exportCsv, type Dataset, type EventTime, type TimelineEvent } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';

const at = (time: Partial<EventTime> & Pick<EventTime, 'value' | 'start' | 'end' | 'granularity'>): EventTime => ({ anchor: 'explicit', ...time });
const datasetOf = (...events: TimelineEvent[]): Dataset => ({ ...sampleDataset(), events });

/** The CSV as a spreadsheet reads it: rows of cells by column name. */
async function readBack(dataset: Dataset): Promise<Record<string, string>[]> {
  const csv = await exportCsv(dataset);
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).to.deep.equal([]);
  expect(parsed.meta.fields).to.deep.equal([...CSV_COLUMNS]);
  return parsed.data;
}

describe('export: CSV', () => {
  it('starts with a UTF-8 byte order mark so that Excel reads accents, and ends rows with CRLF', async () => {
    const csv = await exportCsv(datasetOf(sampleEvent({ title: 'Łukaszenka and Gérard meet' })));
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')[1]).to.contain('Łukaszenka and Gérard meet');
    expect(csv.endsWith('\r\n')).to.equal(true);
  });

  it('writes one row per event with its date at its precision and its sources', async () => {
    const dataset = sampleDataset();
    dataset.articles[0] = { ...dataset.articles[0]!, publisher: 'TASS', url: 'https://example.org/talks' };
    const [talks, october] = await readBack(dataset);
    expect(talks).to.deep.include({
      id: 'ev-moscow-talks',
      title: 'Tillerson and Lavrov meet in Moscow',
      type: 'meeting',
      date: '12 April 2017',
      start: '2017-04-12',
      end: '2017-04-12',
      precision: 'day',
      as_written: 'today',
      anchor: 'relative',
      actors: 'Rex Tillerson (US Secretary of State); Sergey Lavrov (Russian Foreign Minister)',
      place: 'Moscow',
      articles: '1',
      sources: 'Lavrov-Tillerson meeting round-up — TASS, 12 April 2017',
      urls: 'https://example.org/talks',
      confidence: '0.9',
    });
    expect(october).to.deep.include({ date: 'late October 2017', start: '2017-10-01', end: '2017-10-31', precision: 'month', modifier: 'END', place: '' });
  });

  it('gives a clock time as a UTC date-time a spreadsheet parses', async () => {
    const [row] = await readBack(datasetOf(sampleEvent({ time: at({ value: '2017-04-12T10', start: '2017-04-12T10:00', end: '2017-04-12T11:00', granularity: 'hour' }) })));
    expect(row).to.deep.include({ start: '2017-04-12 10:00', end: '2017-04-12 11:00', date: '12 April 2017, 10:00 UTC' });
  });

  it('escapes a title a spreadsheet would run as a formula, =HYPERLINK("http://x") included', async () => {
    const titles = ['=HYPERLINK("http://x")', '=HYPERLINK("http://x","click")\nnext line', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];
    const rows = await readBack(datasetOf(...titles.map((title, i) => sampleEvent({ id: `ev-${i}`, title }))));
    expect(rows.map((r) => r.title)).to.deep.equal(titles.map((t) => `'${t}`));
    const csv = await exportCsv(datasetOf(sampleEvent({ title: '=HYPERLINK("http://x")' })));
    expect(csv).to.contain(`,"'=HYPERLINK(""http://x"")",`);
  });

  it('leaves numbers and ordinary text alone', async () => {
    const [row] = await readBack(datasetOf(sampleEvent({ title: 'Talks = progress, says Lavrov', place: 'São Paulo' })));
    expect(row).to.deep.include({ title: 'Talks = progress, says Lavrov', place: 'São Paulo', confidence: '0.9', articles: '1' });
  });

  it('round-trips quotes, commas and line breaks inside cells', async () => {
    const title = 'He said "quotes,\nnewline" and left';
    const sentence = 'A “curly” quote, a "straight" one,\r\nand a line break.';
    const [row] = await readBack(datasetOf(sampleEvent({ title, mentions: [{ ...sampleEvent().mentions[0]!, sentence }] })));
    expect(row!.title).to.equal(title);
    expect(row!.sentence).to.equal(sentence);
  });

  it('lists several articles one per line, and counts them', async () => {
    const dataset = sampleDataset();
    dataset.articles.push({ id: 'b', title: 'Second, report', published: '2017-04-13', url: 'https://example.org/b' });
    dataset.events = [sampleEvent({ mentions: [...sampleEvent().mentions, { articleId: 'b', sentence: 'They met.', start: 0, end: 9 }] })];
    const [row] = await readBack(dataset);
    expect(row).to.deep.include({
      articles: '2',
      sources: 'Lavrov-Tillerson meeting round-up — 12 April 2017\nSecond, report — 13 April 2017',
      urls: 'https://example.org/b',
    });
  });
});
