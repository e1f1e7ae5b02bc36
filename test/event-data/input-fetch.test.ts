// fetchPages against local HTTP servers on loopback addresses (127.0.0.1–3, port 0), serving the
// saved pages and the ways fetching goes wrong: 404, a redirect to an image, a PDF, a slow answer,
// oversized bodies, redirect loops. Nothing leaves the machine.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchPages, isFetchFailure, type FetchOptions, type FetchProgress, type FetchResult } from '../../packages/event-data/src/input/fetch-pages.js';
import { articleFromHtml } from '@event-timeline/data/html';

const NEWS = readFileSync(new URL('./fixtures/html/news-site.html', import.meta.url));
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

interface Site {
  server: Server;
  base: string;
  /** Requests being answered right now, and the most at once. */
  open: number;
  peak: number;
}

/** Counts concurrency across all servers. */
const all = { open: 0, peak: 0 };
const pending = new Set<ServerResponse>();

function route(site: Site, req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  const html = (body: Buffer | string, type = 'text/html; charset=utf-8'): void => void res.writeHead(200, { 'content-type': type }).end(body);
  if (path === '/news') return html(NEWS);
  if (path === '/missing') return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>');
  if (path === '/moved') return void res.writeHead(301, { location: '/news' }).end();
  if (path === '/to-image') return void res.writeHead(302, { location: `${site.base}/image.png` }).end();
  if (path === '/image.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  if (path === '/report.pdf') return void res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n');
  if (path === '/pdf-as-html') return html(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'));
  if (path === '/loop-a') return void res.writeHead(302, { location: '/loop-b' }).end();
  if (path === '/loop-b') return void res.writeHead(302, { location: '/loop-a' }).end();
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) return void res.writeHead(302, { location: Number(hop[1]) > 0 ? `/hop/${Number(hop[1]) - 1}` : '/news' }).end();
  if (path === '/latin1') return html(Buffer.from('<html><body><p>Caf\xe9 owners in M\xfcnster</p></body></html>', 'latin1'), 'text/html; charset=iso-8859-1');
  if (path === '/meta-charset') return html(Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>\x93Quoted\x94 \x80 5</p></body></html>', 'latin1'), 'text/html');
  if (path === '/no-type') return void res.writeHead(200).end('<!doctype html><html><body><p>untyped</p></body></html>');
  if (path === '/declared-huge') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(30 * 1024 * 1024) });
    res.write('<html>');
    pending.add(res);
    return;
  }
  if (path === '/streamed-huge') {
    // No Content-Length: the size is only known by counting. Writes until the client goes away.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const write = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', write);
    };
    res.on('close', () => res.removeAllListeners('drain'));
    write();
    return;
  }
  if (path === '/slow') {
    pending.add(res);
    return;
  }
  const delayed = /^\/delayed\/(\d+)\/(\d+)$/.exec(path);
  if (delayed) {
    site.open++;
    all.open++;
    site.peak = Math.max(site.peak, site.open);
    all.peak = Math.max(all.peak, all.open);
    setTimeout(() => {
      site.open--;
      all.open--;
      html(`<html><body><p>page ${delayed[2]}</p></body></html>`);
    }, Number(delayed[1]));
    return;
  }
  res.writeHead(500).end();
}

async function start(host: string): Promise<Site> {
  const site = { base: '', open: 0, peak: 0 } as Site;
  site.server = createServer((req, res) => route(site, req, res));
  await new Promise<void>((resolve) => site.server.listen(0, host, resolve));
  site.base = `http://${host}:${(site.server.address() as AddressInfo).port}`;
  return site;
}

async function collect(urls: string[], options: FetchOptions = {}): Promise<FetchResult[]> {
  const out: FetchResult[] = [];
  for await (const r of fetchPages(urls, { timeoutMs: 5000, ...options })) out.push(r);
  return out;
}

const errorOf = (r: FetchResult | undefined) => (r && isFetchFailure(r) ? r.error : `no error (${r?.url})`);

describe('fetchPages: web pages from a local server', function () {
  this.timeout(30_000);
  let a: Site;
  let b: Site;
  let c: Site;

  before(async () => {
    [a, b, c] = await Promise.all([start('127.0.0.1'), start('127.0.0.2'), start('127.0.0.3')]);
  });
  after(async () => {
    for (const res of pending) res.destroy();
    for (const site of [a, b, c]) site?.server.closeAllConnections();
    await Promise.all([a, b, c].map((site) => site && new Promise((resolve) => site.server.close(resolve))));
  });
  beforeEach(() => {
    for (const site of [a, b, c]) [site.open, site.peak] = [0, 0];
    [all.open, all.peak] = [0, 0];
  });

  it('fetches a saved page that articleFromHtml then reads, following a redirect', async () => {
    const [page] = await collect([`${a.base}/moved`]);
    if (isFetchFailure(page)) throw new Error(page.error);
    expect(page.url).to.equal(`${a.base}/moved`);
    expect(page.finalUrl).to.equal(`${a.base}/news`);
    const read = articleFromHtml(page.html, { url: page.finalUrl });
    expect(read).to.have.property('title', 'Harbour bridge closed after barge strike');
  });

  it('names each failure and still returns the other pages, in the order given', async () => {
    const urls = [
      `${a.base}/missing`,
      `${a.base}/to-image`,
      `${a.base}/news`,
      `${a.base}/report.pdf`,
      `${b.base}/slow`,
      `${b.base}/loop-a`,
      `${b.base}/hop/9`,
      `${c.base}/pdf-as-html`,
      'ftp://files.example/story.html',
      'not a url',
    ];
    const results = await collect(urls, { timeoutMs: 800 });
    expect(results.map((r) => r.url)).to.deep.equal(urls);
    expect(errorOf(results[0])).to.equal('HTTP 404 Not Found');
    expect(errorOf(results[1])).to.equal('not HTML but image/png (an image)');
    expect(results[2]).to.have.property('finalUrl', `${a.base}/news`);
    expect(errorOf(results[3])).to.equal('not HTML but application/pdf (a PDF)');
    expect(errorOf(results[4])).to.equal('timed out after 0.8 s');
    expect(errorOf(results[5])).to.equal(`redirect loop: ${b.base}/loop-a → ${b.base}/loop-b → ${b.base}/loop-a`);
    expect(errorOf(results[6])).to.equal('too many redirects (more than 5)');
    expect(errorOf(results[7])).to.equal('not HTML but a PDF served as text/html');
    expect(errorOf(results[8])).to.equal('only http and https pages can be fetched, not ftp:');
    expect(errorOf(results[9])).to.equal('not a URL');
  });

  it('refuses a body over the size limit, by its Content-Length or by counting while it streams', async () => {
    const started = process.hrtime.bigint();
    const [declared, streamed] = await collect([`${a.base}/declared-huge`, `${a.base}/streamed-huge`], { maxBytes: 1024 * 1024 });
    expect(errorOf(declared)).to.equal('too large: 30 MB, more than the limit of 1 MB');
    expect(errorOf(streamed)).to.equal('too large: more than the limit of 1 MB');
    // The endless body was cut off, not read until the time limit.
    expect(Number(process.hrtime.bigint() - started) / 1e6).to.be.below(4000);
  });

  it('decodes the charset of the Content-Type or of <meta charset>, and sniffs a page served without a type', async () => {
    const [latin1, meta, untyped] = await collect([`${a.base}/latin1`, `${a.base}/meta-charset`, `${a.base}/no-type`]);
    expect(latin1).to.have.property('html').that.includes('Café owners in Münster');
    expect(meta).to.have.property('html').that.includes('“Quoted” € 5');
    expect(untyped).to.have.property('html').that.includes('untyped');
  });

  it('fetches at most two pages of a host at once, and four in all by default', async () => {
    const urls = [a, b, c].flatMap((site) => Array.from({ length: 5 }, (_, i) => `${site.base}/delayed/150/${i}`));
    const results = await collect(urls);
    expect(results.filter(isFetchFailure)).to.deep.equal([]);
    expect([a.peak, b.peak, c.peak]).to.deep.equal([2, 2, 2]);
    expect(all.peak).to.equal(4);
    expect(results.map((r) => ('html' in r ? /page (\d)/.exec(r.html)?.[1] : r.error))).to.deep.equal(['0', '1', '2', '3', '4', '0', '1', '2', '3', '4', '0', '1', '2', '3', '4']);
  });

  it('honours a lower concurrency and reports progress after each page', async () => {
    const progress: FetchProgress[] = [];
    const urls = [`${a.base}/delayed/50/0`, `${b.base}/delayed/50/1`, `${c.base}/delayed/50/2`, `${a.base}/missing`];
    await collect(urls, { concurrency: 2, onProgress: (p) => progress.push(p) });
    expect(all.peak).to.equal(2);
    expect(progress.map((p) => p.done)).to.deep.equal([1, 2, 3, 4]);
    expect(progress.every((p) => p.total === 4)).to.equal(true);
    expect(progress.find((p) => p.url.endsWith('/missing'))?.error).to.equal('HTTP 404 Not Found');
  });

  it('names a DNS failure and a refused connection', async () => {
    // A lookup of an unknown name would ask the machine's resolver, which is not on this machine, so
    // the DNS failure is the error Node's fetch gives for one; the refused connection is real.
    const dnsFailure: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND news.invalid'), { code: 'ENOTFOUND', hostname: 'news.invalid' }) });
    };
    const [dns] = await collect(['https://news.invalid/story'], { fetch: dnsFailure });
    expect(errorOf(dns)).to.equal('DNS failure: no address found for news.invalid');
    const closed = await start('127.0.0.1');
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise((resolve) => closed.server.close(resolve));
    const [refused] = await collect([`http://127.0.0.1:${port}/news`]);
    expect(errorOf(refused)).to.equal(`connection refused by 127.0.0.1:${port}`);
  });
});
