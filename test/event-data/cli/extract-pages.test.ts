import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../packages/event-data/src/cli/main.js';
import { fakeIo } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/html');

describe('event-data extract: web pages and addresses (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  let server: Server;
  let base: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pages-'));
    const page = await readFile(join(FIXTURES, 'news-site.html'), 'utf8');
    server = createServer((req, res) => {
      if (req.url === '/news/bridge') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (req.url === '/photo') res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      else res.writeHead(404).end('gone');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a saved page: its body, headline, date, publisher and canonical address, without the site around it', async () => {
    const { io, out } = fakeIo();
    expect(await main(['extract', join(FIXTURES, 'news-site.html'), '--jobs', '1'], io)).to.equal(0);
    const dataset = JSON.parse(out());
    const { text: _text, ...metadata } = dataset.articles[0];
    expect(metadata).to.deep.equal({ id: 'news-site', title: 'Harbour bridge closed after barge strike', published: '2021-03-09', publisher: 'The Northport Ledger', url: 'https://www.northport-ledger.example/news/harbour-bridge-closed' });
    expect(dataset.events.length).to.be.greaterThan(0);
    // the dataset keeps the text read out of the page, and every mention points into it
    const text: string = dataset.articles[0].text;
    expect(text.startsWith('Harbour bridge closed after barge strike\n\n')).to.equal(true);
    for (const m of dataset.events.flatMap((e: { mentions: Array<{ start: number; end: number; sentence: string }> }) => e.mentions)) expect(text.slice(m.start, m.end)).to.equal(m.sentence);
    for (const m of dataset.events.flatMap((e: { mentions: Array<{ sentence: string }> }) => e.mentions)) expect(m.sentence).to.not.match(/cookie|subscribe|share/i);
  });

  it('names a page with no date, and takes --published for it', async () => {
    const without = fakeIo();
    expect(await main(['extract', join(FIXTURES, 'no-date.html')], without.io)).to.equal(1);
    expect(without.err()).to.match(/no-date\.html: no publication date found in the page .*--published/);
    const given = fakeIo();
    expect(await main(['extract', join(FIXTURES, 'no-date.html'), '--published', '2020-05-01'], given.io)).to.equal(0);
    expect(JSON.parse(given.out()).articles[0].published).to.equal('2020-05-01');
  });

  it('reads HTML in JSON records ({id, html, url})', async () => {
    const html = await readFile(join(FIXTURES, 'news-site.html'), 'utf8');
    const { io, out } = fakeIo(JSON.stringify({ id: 'p1', html, url: 'https://www.northport-ledger.example/news/harbour-bridge-closed' }));
    expect(await main(['extract', '-', '--jobs', '1'], io)).to.equal(0);
    expect(JSON.parse(out()).articles[0]).to.include({ id: 'p1', published: '2021-03-09' });
  });

  it('fetches addresses given on the command line and in a file, names each one that fails, and writes the rest', async () => {
    const list = join(dir, 'urls.txt');
    await writeFile(list, `# pages\n${base}/photo\nnot a url\n${base}/missing\n`);
    const { io, out, err } = fakeIo();
    expect(await main(['extract', `${base}/news/bridge`, '--urls', list, '--jobs', '1'], io)).to.equal(1);
    const dataset = JSON.parse(out());
    expect(dataset.articles).to.have.length(1);
    expect(dataset.articles[0].id).to.match(/^127-0-0-1-\d+-news-bridge-[0-9a-f]{8}$/);
    expect(err()).to.include(`${base}/photo: not HTML but image/png`);
    expect(err()).to.include(`${base}/missing: HTTP 404`);
    expect(err()).to.match(/urls\.txt:3: not a URL/);
  });
});
