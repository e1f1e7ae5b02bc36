// A static file server for the element benchmark, on 127.0.0.1 and a free port. It serves only
// the files the benchmark pages need: the harness itself, the BUILT element bundle (as a user's
// page would load it) and the standalone builds of the libraries it is compared with.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ALLOWED = [
  '/bench/component/',
  '/packages/event-timeline/dist/',
  '/node_modules/vis-timeline/standalone/',
  '/node_modules/timelines-chart/dist/',
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Starts the server; resolves to `{ url, close() }`. */
export function startServer() {
  const server = createServer(async (req, res) => {
    try {
      const pathname = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
      if (!ALLOWED.some((prefix) => pathname.startsWith(prefix))) throw new Error('not allowed');
      const file = join(ROOT, pathname);
      if (!file.startsWith(ROOT + '/') || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolvePromise({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
