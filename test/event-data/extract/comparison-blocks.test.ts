import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle, type ArticleInput, type ArticleResult } from '@event-timeline/data';
import { comparisonBlocks } from '../../../packages/event-data/src/extract/merge/comparison-blocks.js';
import { relation } from '../../../packages/event-data/src/extract/merge/merge-node.js';
import { actorKey } from '../../../packages/event-data/src/extract/merge/names.js';
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
];

/** The merge table of `results` as the merge builds it, in article id order, with each event's actors as its names. */
function tableOf(results: ArticleResult[]): NodeTable {
  const t = new NodeTable();
  const keys = new Map<string, number>();
  results.forEach((r, article) =>
    r.events.forEach((event, index) => t.add(nodeInput(event, { article, published: parseIsoDate(r.article.published)!, index, handle: 0 }))),
  );
  const events = results.flatMap((r) => r.events);
  t.setNamed((i) => [...new Set(events[i].actors.filter((a) => a.kind !== 'country').map(actorKey))].map((k) => keys.get(k) ?? (keys.set(k, keys.size), keys.size - 1)));
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

});
