import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle, type ArticleInput, type ArticleResult } from '@event-timeline/data';
import { comparisonBlocks } from '../../../packages/event-data/src/extract/merge/comparison-blocks.js';
import { relation } from '../../../packages/event-data/src/extract/merge/merge-node.js';
import { nameKey } from '../../../packages/event-data/src/extract/actors/gazetteer.js';
import { NodeTable, nodeInput } from '../../../packages/event-data/src/extract/merge/node-table.js';
import { parseIsoDate } from '../../../packages/event-data/src/schema/index.js';
import { syntheticCorpus } from '../../../bench/extract/corpus.js';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Cross-outlet reports of the same happenings, in several wordings. */
const OUTLETS: ArticleInput[] = [
  { id: 'o-quake-a', published: '2013-05-14', text: 'Quake hits Chile\n\nA magnitude 6.8 earthquake struck northern Chile at 09:30 GMT on Tuesday, the US Geological Survey said.' },
  { id: 'o-quake-b', published: '2013-05-14', text: 'Strong earthquake in Chile\n\nThe earthquake struck at 9:30 GMT on Tuesday near the town of Arica, officials said. President Sebastian Pinera visited Arica on Tuesday evening.' },
  { id: 'o-acme-a', published: '2010-06-01', text: 'Acme history\n\nAcme Motors opened its first plant in Ohio in May 2010. Chief executive Jane Roe resigned on Friday.' },
  { id: 'o-acme-b', published: '2010-06-02', text: 'Acme chief quits\n\nJane Roe, the chief executive of Acme Motors, announced her resignation on Friday, the company said.' },
  // one product's launch in other words, and another product of the same company that week
  { id: 'o-car-a', published: '2015-03-11', text: 'Kestrel shows new car\n\nKestrel Motors unveiled the Vantor E7 electric car in Geneva on Tuesday.' },
  { id: 'o-car-b', published: '2015-06-01', text: 'Car orders\n\nKestrel Motors introduced the Vantor E7 electric car on March 10. Orders rose on Friday.' },
  { id: 'o-car-c', published: '2015-03-13', text: 'Kestrel shows new van\n\nKestrel Motors unveiled the Cargon V2 van in Geneva on Thursday.' },
];

/** The merge table of `results` as the merge builds it, in article id order, with the names each event's actors and title give as its names. */
function tableOf(results: ArticleResult[]): NodeTable {
  const t = new NodeTable();
  const keys = new Map<string, number>();
  const texts: string[] = [];
  results.forEach((r, article) =>
    r.events.forEach((event, index) => t.add(nodeInput(event, { article, published: parseIsoDate(r.article.published)!, index, handle: 0 }, r.names))),
  );
  const keyOf = (k: string) => keys.get(k) ?? (keys.set(k, texts.push(k) - 1), keys.size - 1);
  t.setNamed((i) => [...new Set(Array.from(t.actorIdsOf(i), (id) => t.actorOf(id)).filter((a) => a.kind !== 'country').map((a) => keyOf(`${a.kind}:${nameKey(a.name)}`)))], texts);
  t.articleRank = Int32Array.from(results, (_, i) => i);
  return t;
}

describe('merge: comparison blocks', () => {
  it('puts every pair of reports that the merge relation may join into a common block', () => {
    const seedMeta: Array<{ id: string; published: string }> = JSON.parse(readFileSync(join(ROOT, 'data/articles/articles.json'), 'utf8'));
    const seeds = seedMeta.map((m) => ({ id: m.id, published: m.published, text: readFileSync(join(ROOT, `data/articles/${m.id}.txt`), 'utf8') }));
    // recombined seed sentences over a year: the same people meet, speak and sanction again and again
    const synthetic = syntheticCorpus(join(ROOT, 'data/articles'), 120, 2048, 7).map((a) => ({ ...a, published: `2017-0${1 + (Number(a.id.slice(-3)) % 3)}-1${a.id.slice(-1)}` }));
    const results = [...seeds, ...OUTLETS, ...synthetic]
      .map((a) => extractArticle(a))
      .flatMap((o) => (o.ok ? [o.result] : []))
      .sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    const t = tableOf(results);
    const order = Int32Array.from({ length: t.count }, (_, i) => i);
    const together = new Set<number>();
    for (const block of comparisonBlocks(t, order)) for (const a of block) for (const b of block) together.add(a * t.count + b);
    let joinable = 0;
    const missed: string[] = [];
    for (let a = 0; a < t.count; a++)
      for (let b = a + 1; b < t.count; b++) {
        if (relation(t, a, b) === 'different') continue;
        joinable++;
        if (!together.has(a * t.count + b)) missed.push(`${a}–${b} (${t.type(a)} ${t.lemma(a)} / ${t.type(b)} ${t.lemma(b)})`);
      }
    expect(joinable, 'pairs the relation joins').to.be.greaterThan(200);
    expect(missed, 'joinable pairs in no common block').to.deep.equal([]);
  });


  it('puts two reports of one launch that share only the product, told with other verbs, into a common block', () => {
    const launches = [
      { id: 'car-a', published: '2015-03-11', text: 'Kestrel shows new car\n\nKestrel Motors unveiled the Vantor E7 electric car in Geneva on Tuesday.' },
      { id: 'car-b', published: '2015-06-01', text: 'Car orders\n\nThe Vantor E7 electric car was introduced on March 10.' },
    ].map((a) => extractArticle(a)).flatMap((o) => (o.ok ? [o.result] : []));
    // the product as the only thing the reports share (the name finder may or may not see it in every wording)
    const results = launches.map((r) => ({ ...r, names: [], events: r.events.filter((e) => e.type === 'launch').map((e) => ({ ...e, main: false, place: undefined, actors: [{ kind: 'other' as const, name: 'Vantor E7' }] })) }));
    const t = tableOf(results);
    expect(t.count).to.equal(2);
    expect(relation(t, 0, 1)).to.not.equal('different');
    const blocks = [...comparisonBlocks(t, Int32Array.of(0, 1))];
    expect(blocks.some((b) => b.includes(0) && b.includes(1))).to.equal(true);
  });
});
