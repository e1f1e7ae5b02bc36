import { expect } from 'chai';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/event-data/src/cli/main.js';
import { fakeIo } from '../cli/helpers.js';
import { validateDataset } from '@event-timeline/data';

const OSLO = 'Leaders meet in Oslo\n\nNorwegian Prime Minister Erna Solberg met Canadian Prime Minister Justin Trudeau in Oslo on Monday.\n';
const VOTE = 'Parliament passes budget\n\nShares fell.\n\nThe parliament approved the budget on Tuesday after a long debate.\n';

describe('event-data extract (CLI)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a directory of .txt with articles.json and writes a valid dataset with -o', async () => {
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in/oslo.txt'), OSLO);
    await writeFile(join(dir, 'in/vote.txt'), VOTE);
    await writeFile(join(dir, 'in/articles.json'), JSON.stringify([{ id: 'oslo', published: '2019-03-14', publisher: 'Example' }, { id: 'vote', published: '2019-03-14' }]));
    const { io, err } = fakeIo();
    expect(await main(['extract', join(dir, 'in'), '-o', join(dir, 'events.json')], io)).to.equal(0);
    const dataset = JSON.parse(await readFile(join(dir, 'events.json'), 'utf8'));
    expect(validateDataset(dataset).ok).to.equal(true);
    expect(dataset.articles.map((a: { id: string; title: string }) => [a.id, a.title])).to.deep.equal([
      ['oslo', 'Leaders meet in Oslo'],
      ['vote', 'Parliament passes budget'],
    ]);
    expect(dataset.events.map((e: { time: { value: string } }) => e.time.value)).to.include.members(['2019-03-11', '2019-03-12']);
    expect(err()).to.match(/written to/);
  });

  it('says "1 article" for one article and "1 event" for one event', async () => {
    await writeFile(join(dir, 'vote.txt'), 'Parliament passes budget\n\nThe parliament approved the budget on Tuesday.\n');
    const { io, err } = fakeIo();
    expect(await main(['extract', join(dir, 'vote.txt'), '--published', '2019-03-14', '-o', join(dir, 'events.json')], io)).to.equal(0);
    expect(err()).to.match(/: 1 event from 1 article written to /);
  });

  it('reads loose .txt files with --published, and names one without a date as failed (exit 1, the rest written)', async () => {
    await writeFile(join(dir, 'oslo.txt'), OSLO);
    const { io, out } = fakeIo();
    expect(await main(['extract', join(dir, 'oslo.txt'), '--published', '2019-03-14'], io)).to.equal(0);
    expect(JSON.parse(out()).events.length).to.be.greaterThan(0);

    const second = fakeIo();
    await writeFile(join(dir, 'vote.txt'), VOTE);
    await writeFile(join(dir, 'articles.json'), JSON.stringify([{ id: 'vote', published: '2019-03-14' }]));
    expect(await main(['extract', join(dir, 'oslo.txt'), join(dir, 'vote.txt'), '-o', join(dir, 'out.json')], second.io)).to.equal(1);
    expect(second.err()).to.match(/oslo: missing publication date/);
    const dataset = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'));
    expect(dataset.articles.map((a: { id: string }) => a.id)).to.deep.equal(['vote']);
  });

  it('reads JSON and NDJSON articles from standard input', async () => {
    const ndjson = [JSON.stringify({ id: 'a', published: '2019-03-14', text: OSLO }), JSON.stringify({ id: 'b', published: '2019-03-14', text: VOTE })].join('\n');
    const run = fakeIo(ndjson);
    expect(await main(['extract', '-'], run.io)).to.equal(0);
    expect(JSON.parse(run.out()).articles).to.have.length(2);
    const array = fakeIo(JSON.stringify([{ id: 'a', published: '2019-03-14', text: OSLO }]));
    expect(await main(['extract', '-'], array.io)).to.equal(0);
    expect(JSON.parse(array.out()).articles).to.have.length(1);
  });

  it('writes NDJSON with --ndjson: a header line with the articles, then one event per line', async () => {
    await writeFile(join(dir, 'a.json'), JSON.stringify({ id: 'a', published: '2019-03-14', text: OSLO + '\nThe parliament approved the budget on Tuesday.\n' }));
    const { io, out } = fakeIo();
    expect(await main(['extract', join(dir, 'a.json'), '--ndjson'], io)).to.equal(0);
    const lines = out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).to.have.keys(['schemaVersion', 'articles']);
    expect(lines.length).to.be.greaterThan(1);
    for (const event of lines.slice(1)) expect(event).to.include.keys(['id', 'title', 'time', 'mentions']);
  });

  it('gives a clear per-article error for empty, binary, HTML, huge and non-English input, and still writes the good ones', async () => {
    await writeFile(join(dir, 'good.txt'), OSLO);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    await writeFile(join(dir, 'page.txt'), '<html><body><h1>Leaders meet</h1><p>The leaders met on Monday.</p></body></html>');
    // Over the extractor's 1,000,000 characters, but under the 4 MB that a .txt is refused unread beyond.
    await writeFile(join(dir, 'huge.txt'), 'The leaders met again on Monday. '.repeat(31_000));
    await writeFile(join(dir, 'french.txt'), 'Les dirigeants se rencontrent\n\nLe président de la République a rencontré le chancelier allemand lundi à Berlin pour parler de la crise et des réformes.');
    const { io, err } = fakeIo();
    expect(await main(['extract', dir, '--published', '2019-03-14', '-o', join(dir, 'out.json')], io)).to.equal(1);
    const messages = err();
    expect(messages).to.match(/empty: the article text is empty/);
    expect(messages).to.match(/binary: .*binary file/);
    expect(messages).to.match(/page: the text looks like HTML/);
    expect(messages).to.match(/huge: the article is too large/);
    expect(messages).to.match(/french: the article is in French \(fr\); only English articles are supported/);
    const dataset = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8'));
    expect(dataset.articles.map((a: { id: string }) => a.id)).to.deep.equal(['good']);
  });

  it('reports invalid metadata for each article instead of crashing', async () => {
    await writeFile(join(dir, 'a.json'), JSON.stringify([{ id: 'x', published: 'yesterday', text: OSLO }, 42, { published: '2019-03-14', text: OSLO }]));
    const { io, err } = fakeIo();
    expect(await main(['extract', join(dir, 'a.json')], io)).to.equal(1);
    expect(err()).to.match(/x: "published" is not an ISO 8601 date: "yesterday"/);
    expect(err()).to.match(/a\.json\[1\]: not an article object/);
    expect(err()).to.match(/a\.json\[2\]: missing "id"/);
  });

  it('never leaves a partial output file: a failed write leaves the old file intact and no temporary file', async () => {
    await writeFile(join(dir, 'good.txt'), OSLO);
    const target = join(dir, 'missing-dir', 'out.json');
    const { io, err } = fakeIo();
    expect(await main(['extract', join(dir, 'good.txt'), '--published', '2019-03-14', '-o', target], io)).to.equal(1);
    expect(err()).to.match(/cannot write/);
    const previous = join(dir, 'out.json');
    await writeFile(previous, 'old');
    expect(await main(['extract', join(dir, 'good.txt'), '--published', '2019-03-14', '-o', previous], fakeIo().io)).to.equal(0);
    expect(JSON.parse(await readFile(previous, 'utf8')).schemaVersion).to.equal(2);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('exits 2 on usage errors and writes nothing', async () => {
    for (const args of [[], ['--bogus', dir], ['x.txt', '--published', '14/03/2019'], ['x.txt', '-o'], ['x.txt', '--min-confidence', '3']]) {
      const { io, err } = fakeIo();
      expect(await main(['extract', ...args], io), args.join(' ')).to.equal(2);
      expect(err()).to.match(/event-data extract: .+\n\nUsage:/);
    }
  });

  it('explains itself with --help', async () => {
    const { io, out } = fakeIo();
    expect(await main(['extract', '--help'], io)).to.equal(0);
    expect(out()).to.match(/--published YYYY-MM-DD/).and.to.match(/Exit codes/).and.to.match(/NDJSON/);
  });

  it('shows progress on a terminal for long runs only', async () => {
    const articles = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `a${i}`, published: '2019-03-14', text: OSLO }));
    const tty = fakeIo(articles.join('\n'), true);
    expect(await main(['extract', '-'], tty.io)).to.equal(0);
    // a stream has no known length: the count of articles done, every 50, cleared at the end
    expect(tty.err()).to.equal('\rextract: 50 articles\r\x1b[K');
    const pipe = fakeIo(articles.join('\n'), false);
    expect(await main(['extract', '-'], pipe.io)).to.equal(0);
    expect(pipe.err()).to.equal('');
  });
});
