import { expect } from 'chai';
import { usableDataset } from '@event-timeline/data';
import { sampleDataset, sampleEvent } from '../fixtures/dataset.js';

describe('export: a dataset with its bad items set aside', () => {
  it('returns a valid dataset as it is', () => {
    const dataset = sampleDataset();
    expect(usableDataset(dataset)).to.deep.equal({ dataset, fatal: [], skipped: [] });
  });

  it('leaves out an invalid article and the events that cite it, each with its reason', () => {
    const dataset = sampleDataset();
    dataset.articles.push({ id: 'bad', title: 'Bad date', published: '12 April 2017' });
    dataset.events.push(sampleEvent({ id: 'ev-bad', mentions: [{ articleId: 'bad', sentence: 'x', start: 0, end: 1 }] }));
    dataset.events.push(sampleEvent());
    const { dataset: usable, skipped } = usableDataset(dataset);
    expect(usable!.articles.map((a) => a.id)).to.deep.equal(['001_7c33a6ff5fb8c658']);
    expect(usable!.events.map((e) => e.id)).to.deep.equal(['ev-moscow-talks', 'ev-october']);
    expect(skipped).to.deep.equal([
      { path: 'articles[1]', issues: [{ path: 'articles[1].published', message: 'not an ISO 8601 date: "12 April 2017"' }] },
      { path: 'events[2]', issues: [{ path: 'events[2].mentions[0].articleId', message: 'article "bad" was left out (articles[1] is invalid)' }] },
      { path: 'events[3]', issues: [{ path: 'events[3].id', message: 'duplicate event id "ev-moscow-talks"' }] },
    ]);
  });

  it('gives no dataset, only the reason, for a value that is not one', () => {
    expect(usableDataset({ schemaVersion: 9, articles: [], events: [] })).to.deep.equal({
      fatal: [{ path: 'schemaVersion', message: 'expected 1 or 2, got number 9' }],
      skipped: [],
    });
    expect(usableDataset('events').fatal[0]!.message).to.equal('expected a dataset {schemaVersion, articles, events}, got a string');
  });
});
