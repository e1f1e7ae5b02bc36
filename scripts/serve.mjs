// A small static file server for the demo page: the page, the built element bundle, the dataset and
// the source articles, served the way a user's own site would serve them. Loopback only.
// `serveDirectory` serves any folder the same way (the story test serves a Storybook build with it).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

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
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL path → file of the demo. Everything else is looked up under demo/. */
const ROUTES = {
  '/': 'demo/index.html',
  '/favicon.ico': 'demo/favicon.svg',
  '/event-timeline.js': 'packages/event-timeline/dist/event-timeline.bundle.js',
  '/event-timeline.bundle.js.map': 'packages/event-timeline/dist/event-timeline.bundle.js.map',
  // EVENT_TIMELINE_DATASET=path/to/events.json shows another dataset on the demo page.
  '/events.json': process.env.EVENT_TIMELINE_DATASET ?? 'data/events.json',
};

/** A path inside `base` for a URL path, or undefined when it would leave `base`. */
function inside(base, pathname) {
  const file = join(base, normalize(pathname));
  return file === base || file.startsWith(base + sep) ? file : undefined;
}

function demoFile(pathname) {
  if (ROUTES[pathname]) return resolve(ROOT, ROUTES[pathname]);
  // Chunks the bundle loads when needed (papaparse for a CSV src, locales) sit beside it in dist/.
  if (/^\/event-timeline\.[\w.-]+\.js(\.map)?$/.test(pathname)) return inside(join(ROOT, 'packages/event-timeline/dist'), pathname);
  // The data package built for browsers, which the "Try it yourself" panel and its worker run.
  if (pathname.startsWith('/event-data/')) return inside(join(ROOT, 'packages/event-data/dist/browser'), pathname.slice('/event-data'.length));
  if (pathname.startsWith('/articles/')) return inside(join(ROOT, 'data/articles'), pathname.slice('/articles'.length));
  return inside(join(ROOT, 'demo'), pathname);
}

function listen(fileFor, { port, host }) {
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://localhost');
      let file = fileFor(decodeURIComponent(pathname));
      if (file && (await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : await readFile(file));
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

/**
 * Starts the demo server; resolves to its URL and the server (close it with `server.close()`).
 * `port: 0` picks a free port.
 */
export function serve({ port = Number(process.env.PORT ?? 8000), host = '127.0.0.1' } = {}) {
  return listen(demoFile, { port, host });
}

/** Serves the files of `dir` (a folder's index.html for the folder). */
export function serveDirectory(dir, { port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(dir);
  return listen((pathname) => inside(base, pathname), { port, host });
}
