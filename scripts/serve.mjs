// A small static file server for the demo page: the page, the built element bundle and the dataset,
// served the way a user's own site would serve them. Loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL path → file. Everything else is looked up under demo/. */
const ROUTES = {
  '/': 'demo/index.html',
  '/event-timeline.js': 'packages/event-timeline/dist/event-timeline.bundle.js',
  '/event-timeline.bundle.js.map': 'packages/event-timeline/dist/event-timeline.bundle.js.map',
  '/events.json': 'data/events.json',
};

async function fileFor(pathname) {
  if (ROUTES[pathname]) return join(ROOT, ROUTES[pathname]);
  if (pathname.startsWith('/articles/')) return join(ROOT, 'data', normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
  return join(ROOT, 'demo', normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
}

/** Starts the server; resolves to its URL. */
export function serve({ port = Number(process.env.PORT ?? 8000), host = '127.0.0.1' } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      const file = await fileFor(decodeURIComponent(pathname));
      if (!file.startsWith(ROOT) || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found\n');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise({ url: `http://localhost:${server.address().port}/`, server }));
  });
}
