import { expect } from 'chai';
import { extractArticle, extractEvents, mergeArticles, articleResultProblem, type ArticleInput, type ArticleResult } from '@event-timeline/data';

const ARTICLES: ArticleInput[] = [
  { id: 'quake-a', published: '2013-05-14', text: 'Quake hits Chile\n\nA magnitude 6.8 earthquake struck northern Chile at 09:30 GMT on Tuesday, the US Geological Survey said.' },
  { id: 'quake-b', published: '2013-05-14', text: 'Strong earthquake in Chile\n\nThe earthquake struck at 9:30 GMT on Tuesday near the town of Arica, officials said. President Sebastian Pinera visited Arica on Tuesday evening.' },
  { id: 'quake-c', published: '2013-05-15', text: 'Chile counts damage\n\nResidents of Arica cleared debris on Wednesday after the earthquake, which hit at 09:30 GMT on Tuesday. Pinera promised aid on Wednesday.' },
  { id: 'acme-1', published: '2010-06-01', text: 'Acme history\n\nAcme Motors opened its first plant in Ohio in May 2010. Chief executive Jane Roe resigned on Friday.' },
  { id: 'acme-2', published: '2012-06-01', text: 'Acme grows\n\nAcme Motors, which opened its first Ohio plant in 2010, hired 200 workers on Monday.' },
];

const results = (articles: ArticleInput[]): ArticleResult[] =>
  articles.map((a) => {
    const outcome = extractArticle(a);
    if (!outcome.ok) throw new Error(outcome.failure.reason);
    return outcome.result;
  });

/** A fixed shuffle, so a failure can be reproduced. */
function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('extract: per-article results and the merge over shards', () => {
  it('gives an article the same result alone as in a batch, and the result is plain JSON that validates as a shard line', () => {
    const alone = results([ARTICLES[1]])[0];
    const { dataset } = extractEvents(ARTICLES);
    expect(JSON.parse(JSON.stringify(alone))).to.deep.equal(alone);
    expect(articleResultProblem(alone)).to.equal(undefined);
    // every mention of quake-b in the batch's dataset is one of its own result's
    const own = new Set(alone.events.map((e) => JSON.stringify(e.mention)));
    const inBatch = dataset.events.flatMap((e) => e.mentions).filter((m) => m.articleId === 'quake-b');
    expect(inBatch.length).to.be.greaterThan(0);
    for (const m of inBatch) expect(own.has(JSON.stringify(m))).to.equal(true);
  });

  it('merges the results of any split, in any order, into byte-identical output to one run over all the articles', () => {
    const whole = JSON.stringify(extractEvents(ARTICLES));
    const all = results(ARTICLES);
    for (let seed = 1; seed <= 6; seed++) {
      const order = shuffled(all, seed);
      // shards of one, two and the rest, merged as one stream: the merge sees results, not batches
      const shards = [order.slice(0, 1), order.slice(1, 3), order.slice(3)];
      expect(JSON.stringify(mergeArticles(shuffled(shards, seed + 7).flat()))).to.equal(whole);
    }
  });

  it('keeps an event id when another report of the same happening arrives later', () => {
    const first = extractEvents(ARTICLES.slice(0, 1)).dataset.events.find((e) => e.type === 'accident')!;
    const later = extractEvents(ARTICLES.slice(0, 3)).dataset.events.find((e) => e.type === 'accident')!;
    expect(later.mentions.map((m) => m.articleId)).to.include.members(['quake-a', 'quake-b', 'quake-c']);
    expect(later.id).to.equal(first.id);
  });

  it('keeps event ids when unrelated articles join the batch', () => {
    const ids = (articles: ArticleInput[]) => new Set(extractEvents(articles).dataset.events.map((e) => e.id));
    const acme = ids(ARTICLES.slice(3));
    const everything = ids(ARTICLES);
    for (const id of acme) expect(everything.has(id)).to.equal(true);
  });

  it('keeps one of two different articles with the same id, the same one whatever the order, and says so', () => {
    const a = { ...ARTICLES[3] };
    const b = { ...ARTICLES[4], id: 'acme-1' };
    const one = extractEvents([a, b]);
    const other = extractEvents([b, a]);
    expect(JSON.stringify(one.dataset)).to.equal(JSON.stringify(other.dataset));
    expect(one.dataset.articles).to.have.length(1);
    expect(one.failures.map((f) => f.reason).join()).to.match(/duplicate article id/);
  });

  it('names an article whose id is longer than 200 characters as failed, and still gives the others', () => {
    const long = { ...ARTICLES[0], id: 'x'.repeat(201) };
    const { dataset, failures } = extractEvents([long, ARTICLES[3]]);
    expect(failures).to.have.length(1);
    expect(failures[0].reason).to.match(/201 characters.*at most 200/);
    expect(dataset.articles.map((a) => a.id)).to.deep.equal(['acme-1']);
  });

  it('leaves out a happening that would end past the year 9999 instead of failing the dataset', () => {
    // published on the last day there is: "next year" and the publication day itself end in the year 10000
    const { dataset, failures } = extractEvents([
      { id: 'far', published: '9999-12-31', text: 'Future plans\n\nThe council votes next year. The mayor resigned on Monday.' },
      ARTICLES[3],
    ]);
    expect(failures).to.deep.equal([]);
    expect(dataset.articles.map((a) => a.id)).to.deep.equal(['acme-1', 'far']);
    for (const e of dataset.events) expect(e.time.end.startsWith('10000')).to.equal(false);
    expect(dataset.events.filter((e) => e.mentions[0].articleId === 'far').map((e) => [e.title, e.time.value])).to.deep.equal([['Mayor resigns', '9999-12-27']]);
  });

  it('says what is wrong with a line that is not an article result', () => {
    const good = results([ARTICLES[3]])[0];
    expect(articleResultProblem({ ...good, events: [{ ...good.events[0], type: 'party' }] })).to.match(/events\[0\]\.type/);
    expect(articleResultProblem({ article: good.article })).to.match(/names: is required/);
    expect(articleResultProblem('text')).to.match(/expected an object/);
  });
});
