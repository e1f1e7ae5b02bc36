import { expect } from 'chai';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/event-data/src/cli/main.js';
import { syntheticCorpus } from '../../../bench/extract/corpus.js';
import { fakeIo, runCli } from './helpers.js';

// 40 articles of about 4 KB about a few recurring happenings, so that reports merge across articles.
const ARTICLES = syntheticCorpus(join(import.meta.dirname, '../../../data/articles')).slice(0, 40);
const ndjson = (list: typeof ARTICLES) => list.map((a) => JSON.stringify(a)).join('\n') + '\n';

describe('event-data extract --no-merge, event-data merge and --jobs (CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  let whole: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shards-'));
    await writeFile(join(dir, 'all.ndjson'), ndjson(ARTICLES));
    const { io, out } = fakeIo();
    expect(await main(['extract', join(dir, 'all.ndjson'), '--jobs', '1'], io)).to.equal(0);
    whole = out();
    expect(JSON.parse(whole).events.some((e: { mentions: Array<{ articleId: string }> }) => new Set(e.mentions.map((m) => m.articleId)).size > 1), 'some event reported by several articles').to.equal(true);
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('merges the shards of any split, in any order, into the bytes of one run over all the articles', async () => {
    // three partitions of unequal size, extracted separately, merged in another order
    const parts = [ARTICLES.slice(0, 7), ARTICLES.slice(7, 25), ARTICLES.slice(25)];
    const shards: string[] = [];
    for (const [i, part] of parts.entries()) {
      await writeFile(join(dir, `part-${i}.ndjson`), ndjson(part));
      const shard = join(dir, `shard-${i}.ndjson`);
      const { io, err } = fakeIo();
      expect(await main(['extract', '--no-merge', join(dir, `part-${i}.ndjson`), '-o', shard], io), err()).to.equal(0);
      expect((await readFile(shard, 'utf8')).trim().split('\n')).to.have.length(part.length);
      shards.push(shard);
    }
    const { io, out } = fakeIo();
    expect(await main(['merge', shards[2], shards[0], shards[1]], io)).to.equal(0);
    expect(out()).to.equal(whole);
    // and as NDJSON, through standard input, concatenated in yet another order
    const piped = fakeIo((await Promise.all([shards[1], shards[2], shards[0]].map((s) => readFile(s, 'utf8')))).join(''));
    expect(await main(['merge', '-', '--ndjson'], piped.io)).to.equal(0);
    const lines = piped.out().trim().split('\n').map((l) => JSON.parse(l));
    const dataset = JSON.parse(whole);
    expect(lines[0].articles).to.deep.equal(dataset.articles);
    expect(lines.slice(1)).to.deep.equal(dataset.events);
  });

  it('gives the same output with 2 worker threads as with 1', async () => {
    const { io, out } = fakeIo();
    expect(await main(['extract', join(dir, 'all.ndjson'), '--jobs', '2'], io)).to.equal(0);
    expect(out()).to.equal(whole);
    const shards = fakeIo();
    const one = fakeIo();
    expect(await main(['extract', '--no-merge', '-j', '2', join(dir, 'all.ndjson')], shards.io)).to.equal(0);
    expect(await main(['extract', '--no-merge', '-j', '1', join(dir, 'all.ndjson')], one.io)).to.equal(0);
    expect(shards.out()).to.equal(one.out());
  });

  it('reads NDJSON from a real standard input as a stream and writes the same dataset', async () => {
    const { code, stdout } = await runCli(['extract', '-', '--jobs', '2'], ndjson(ARTICLES), {}, 90_000);
    expect(code).to.equal(0);
    expect(stdout).to.equal(whole);
  });

  it('names each line of a shard that is not an article result, and merges the others', async () => {
    const shard = join(dir, 'mixed.ndjson');
    const { io: extractIo, out: results } = fakeIo();
    await main(['extract', '--no-merge', join(dir, 'part-0.ndjson')], extractIo);
    const good = results().trim().split('\n');
    await writeFile(shard, [good[0], '{"article": {"id": "x"}}', 'not json', '\x1b]0;pwned\x07', ...good.slice(1)].join('\n'));
    const { io, out, err } = fakeIo();
    expect(await main(['merge', shard], io)).to.equal(1);
    expect(err()).to.match(new RegExp(`${shard}:2: not an article result .*article\\.title: is required`));
    expect(err()).to.match(new RegExp(`${shard}:3: not JSON`));
    expect(err()).to.include(`${shard}:4: not JSON`);
    expect(err()).to.not.include('\x1b');
    expect(JSON.parse(out()).articles).to.have.length(good.length);
  });

  it('writes nothing and keeps the old file when no line is an article result', async () => {
    const target = join(dir, 'kept.json');
    await writeFile(target, 'the previous dataset');
    await writeFile(join(dir, 'junk.ndjson'), 'junk\n');
    const { io, err } = fakeIo();
    expect(await main(['merge', join(dir, 'junk.ndjson'), '-o', target], io)).to.equal(1);
    expect(err()).to.match(/no article results were read; nothing written/);
    expect(await readFile(target, 'utf8')).to.equal('the previous dataset');
    expect((await readdir(dir)).filter((n) => n.startsWith('.'))).to.deep.equal([]);
  });

  it('explains itself', async () => {
    const { io, out } = fakeIo();
    expect(await main(['merge', '--help'], io)).to.equal(0);
    expect(out()).to.match(/--no-merge/).and.to.match(/byte for byte/);
    const usage = fakeIo();
    expect(await main(['merge'], usage.io)).to.equal(2);
    expect(usage.err()).to.match(/no input/);
  });
});
