import { expect } from 'chai';
import { assertDataset, formatIssue, validateDataset, validateEvent, ValidationError, datasetJsonSchema, EVENT_TYPES } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';

const messages = (value: unknown) => {
  const result = validateDataset(value);
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('dataset schema', () => {
  it('accepts a valid dataset and returns it typed', () => {
    const result = validateDataset(sampleDataset());
    expect(result.ok).to.equal(true);
    expect(assertDataset(sampleDataset()).events).to.have.length(2);
  });

  it('accepts extra fields that other tools add', () => {
    const dataset = { ...sampleDataset(), generator: 'x', events: [{ ...sampleEvent(), score: 3 }] };
    expect(validateDataset(dataset).ok).to.equal(true);
  });

  it('names a missing field with its path', () => {
    const dataset = sampleDataset();
    delete (dataset.events[1] as Partial<typeof dataset.events[1]>).title;
    expect(messages(dataset)).to.deep.equal(['events[1].title: is required']);
  });

  it('rejects a date that is not ISO 8601', () => {
    const dataset = sampleDataset();
    dataset.events[1].time.start = '12 April 2017';
    expect(messages(dataset)).to.deep.equal(['events[1].time.start: not an ISO 8601 date: "12 April 2017"']);
  });

  it('rejects a date that does not exist on the calendar', () => {
    const dataset = sampleDataset();
    dataset.articles[0].published = '2017-02-30';
    expect(messages(dataset)[0]).to.match(/^articles\[0\]\.published: not an ISO 8601 date/);
  });

  it('rejects an end before the start', () => {
    const dataset = sampleDataset();
    dataset.events[0].time.end = '2017-04-11';
    expect(messages(dataset)).to.deep.equal(['events[0].time.end: must be after start (2017-04-12), got 2017-04-11']);
  });

  it('rejects an unknown event type and lists the allowed ones', () => {
    const dataset = sampleDataset();
    (dataset.events[0] as { type: string }).type = 'party';
    const [message] = messages(dataset);
    expect(message).to.match(/^events\[0\]\.type: "party" is not one of meeting, visit/);
    expect(message).to.include(EVENT_TYPES.at(-1));
  });

  it("accepts a mention's trigger word with its offsets, and names what is wrong in one", () => {
    const dataset = sampleDataset();
    dataset.events[0].mentions[0].trigger = { text: 'Talks', start: 10, end: 15 };
    expect(messages(dataset)).to.deep.equal([]);
    dataset.events[0].mentions[0].trigger = { text: 'Talks', start: -1, end: '15' } as never;
    expect(messages(dataset)).to.deep.equal([
      'events[0].mentions[0].trigger.start: must be at least 0, got -1',
      'events[0].mentions[0].trigger.end: expected a number, got "15"',
    ]);
  });

  it('rejects values of the wrong type', () => {
    const dataset = sampleDataset() as unknown as { events: Array<Record<string, unknown>> };
    dataset.events[0].confidence = '0.9';
    dataset.events[1].actors = 'US Treasury';
    expect(messages(dataset)).to.deep.equal([
      'events[0].confidence: expected a number, got "0.9"',
      'events[1].actors: expected an array, got "US Treasury"',
    ]);
  });

  it('rejects extra nesting', () => {
    const nested = { ...sampleDataset(), events: [[sampleEvent()]] };
    expect(messages(nested)).to.deep.equal(['events[0]: expected an object, got an array']);
    const wrapped = { dataset: sampleDataset() };
    expect(messages(wrapped)).to.include('schemaVersion: is required');
  });

  it('rejects an unknown schema version, a confidence above 1 and an event without mentions', () => {
    const dataset = sampleDataset() as unknown as Record<string, unknown> & { events: Array<Record<string, unknown>> };
    dataset.schemaVersion = 2;
    dataset.events[0].confidence = 1.5;
    dataset.events[1].mentions = [];
    expect(messages(dataset)).to.deep.equal([
      'schemaVersion: expected 1, got number 2',
      'events[0].confidence: must be at most 1, got 1.5',
      'events[1].mentions: must have at least 1 item',
    ]);
  });

  it('rejects duplicate ids and mentions of articles that are not listed', () => {
    const dataset = sampleDataset();
    dataset.events[1].id = dataset.events[0].id;
    dataset.events[1].mentions[0].articleId = 'nope';
    expect(messages(dataset)).to.deep.equal([
      'events[1].id: duplicate event id "ev-moscow-talks"',
      'events[1].mentions[0].articleId: "nope" is not in articles',
    ]);
  });

  it('survives 10 MB of junk without crashing and keeps the report short', () => {
    const junk = 'x'.repeat(10 * 1024 * 1024);
    expect(messages(junk)).to.deep.equal(['(root): expected an object, got a string of 10485760 characters']);
    const manyBad = { schemaVersion: 1, articles: [], events: Array.from({ length: 200_000 }, () => ({})) };
    const result = validateDataset(manyBad);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues).to.have.length(100);
      expect(result.dropped).to.be.greaterThan(1_000_000);
    }
  });

  it('throws a ValidationError whose message lists every issue', () => {
    const dataset = sampleDataset();
    dataset.events[0].time.granularity = 'fortnight' as never;
    expect(() => assertDataset(dataset)).to.throw(ValidationError, /events\[0\]\.time\.granularity: "fortnight" is not one of year/);
  });

  it('validates a single event', () => {
    expect(validateEvent(sampleEvent()).ok).to.equal(true);
    expect(validateEvent(null).ok).to.equal(false);
  });

  it('describes the same fields in its JSON Schema', () => {
    const schema = datasetJsonSchema() as { required: string[]; properties: Record<string, { items?: { required?: string[] } }> };
    expect(schema.required).to.deep.equal(['schemaVersion', 'articles', 'events']);
    expect(schema.properties.events.items?.required).to.deep.equal(['id', 'title', 'type', 'time', 'actors', 'mentions', 'confidence']);
  });
});
