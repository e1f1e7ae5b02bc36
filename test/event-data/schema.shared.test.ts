import { expect } from 'chai';
import {
  assertDataset,
  datasetJsonSchema,
  EVENT_TYPES,
  formatIssue,
  SCHEMA_VERSION,
  upgradeDataset,
  validateDataset,
  validateEvent,
  ValidationError,
} from '@event-timeline/data';
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
    expect(message).to.include('legal, accident, death, business, launch, other');
    expect(EVENT_TYPES.at(-1)).to.equal('other');
  });

  it('accepts the event types of schema version 2: accident, death, business, launch', () => {
    const dataset = sampleDataset();
    dataset.events = (['accident', 'death', 'business', 'launch'] as const).map((type) => sampleEvent({ id: `ev-${type}`, type }));
    expect(messages(dataset)).to.deep.equal([]);
  });

  it('reads datasets of schema version 1 as well as 2, and writes 2', () => {
    expect(SCHEMA_VERSION).to.equal(2);
    const v1 = { ...sampleDataset(), schemaVersion: 1 };
    const v2 = { ...sampleDataset(), schemaVersion: 2 };
    expect(messages(v1)).to.deep.equal([]);
    expect(messages(v2)).to.deep.equal([]);
    expect(messages({ ...v1, schemaVersion: '1' })).to.deep.equal(['schemaVersion: expected 1 or 2, got "1"']);
  });

  it('upgrades a version 1 dataset to version 2 without changing anything else, and leaves the original alone', () => {
    const v1 = JSON.parse(JSON.stringify({ ...sampleDataset(), schemaVersion: 1 }));
    const before = JSON.stringify(v1);
    const upgraded = upgradeDataset(v1);
    expect(upgraded.schemaVersion).to.equal(2);
    expect({ ...upgraded, schemaVersion: 1 }).to.deep.equal(v1);
    expect(JSON.stringify(v1)).to.equal(before);
    expect(messages(upgraded)).to.deep.equal([]);
    expect(upgradeDataset(sampleDataset())).to.deep.equal(sampleDataset());
  });

  it('refuses to upgrade an invalid dataset or one of an unknown version, naming the issues', () => {
    const broken = { ...sampleDataset(), schemaVersion: 1 };
    (broken.events[0] as { type: string }).type = 'party';
    expect(() => upgradeDataset(broken)).to.throw(ValidationError, /events\[0\]\.type: "party" is not one of/);
    expect(() => upgradeDataset({ ...sampleDataset(), schemaVersion: 3 })).to.throw(ValidationError, /schemaVersion: expected 1 or 2, got number 3/);
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
    dataset.schemaVersion = 3;
    dataset.events[0].confidence = 1.5;
    dataset.events[1].mentions = [];
    expect(messages(dataset)).to.deep.equal([
      'schemaVersion: expected 1 or 2, got number 3',
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
    const manyBad = { schemaVersion: 2, articles: [], events: Array.from({ length: 200_000 }, () => ({})) };
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

  it("describes version 2 in its JSON Schema: both versions, the new types and mentions' trigger", () => {
    type Node = { enum?: unknown[]; required?: string[]; items?: Node; properties?: Record<string, Node> };
    const schema = datasetJsonSchema() as Node & { $id: string };
    const event = schema.properties!.events.items!.properties!;
    const mention = event.mentions.items!.properties!;
    expect(schema.$id).to.match(/dataset-2\.json$/);
    expect(schema.properties!.schemaVersion.enum).to.deep.equal([1, 2]);
    expect(event.type.enum).to.include.members(['accident', 'death', 'business', 'launch', 'legal', 'other']);
    expect(mention.trigger.required).to.deep.equal(['text', 'start', 'end']);
    expect(Object.keys(mention.trigger.properties!)).to.deep.equal(['text', 'start', 'end']);
    expect(event.mentions.items!.required, 'trigger is optional').to.deep.equal(['articleId', 'sentence', 'start', 'end']);
  });
});
