// A page in headless Chromium whose script is bundled by esbuild, for the tests that need what a
// user's bundler does and the browser test runner cannot: React and papaparse are CommonJS/UMD,
// which the test runner serves to the browser unchanged, where they cannot run as ES modules.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium.mjs';
import { chromiumPath } from '../stories/chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A file the page's server serves besides the script: its body and content type. */
export interface ServedFile {
  body: string | Uint8Array;
  type: string;
}

export interface BundledPageOptions {
  /** `source` (the default) bundles the packages' TypeScript sources; `dist` their built files (after `npm run build`). */
  from?: 'source' | 'dist';
  /** Other files by URL path, e.g. `{ '/events.csv': { body, type: 'text/csv' } }`. */
  files?: Record<string, ServedFile>;
}

/** A Chromium and a loopback server; `open` bundles a script and loads it in a new page. */
export class BundledPages {
  private browser?: Browser;
  private server?: Server;
  private routes = new Map<string, ServedFile>();
  /** Console errors and uncaught exceptions of the pages opened, in order. */
  readonly errors: string[] = [];
  /** The URL paths the server was asked for since the last `open`. */
  readonly requested: string[] = [];

  async start(): Promise<void> {
    this.browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      this.requested.push(path);
      const file = this.routes.get(path);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
    });
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await new Promise((done) => (this.server ? this.server.close(done) : done(undefined)));
  }

  /** The text of a file the server serves (a script of the page, say), or undefined. */
  textOf(path: string): string | undefined {
    const body = this.routes.get(path)?.body;
    return body === undefined ? undefined : typeof body === 'string' ? body : new TextDecoder().decode(body);
  }

  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  get origin(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  /** Bundles `script` (TypeScript/TSX, imports resolved from test/event-timeline/) and opens a page that runs it. */
  async open(script: string, { from = 'source', files = {} }: BundledPageOptions = {}): Promise<Page> {
    const result = await build({
      stdin: { contents: script, resolveDir: import.meta.dirname, loader: 'tsx', sourcefile: 'page.tsx' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outdir: '/page',
      write: false,
      logLevel: 'silent',
      jsx: 'automatic',
      tsconfig: resolve(ROOT, 'tsconfig.json'),
      conditions: from === 'source' ? ['source'] : [],
      define: { 'process.env.NODE_ENV': '"development"' },
    });
    this.routes.clear();
    this.requested.length = 0;
    this.routes.set('/', { type: 'text/html; charset=utf-8', body: '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"></head><body><div id="root"></div><script type="module" src="/page/stdin.js"></script></body></html>' });
    for (const out of result.outputFiles) this.routes.set(`/page/${basename(out.path)}`, { type: 'text/javascript; charset=utf-8', body: out.contents });
    for (const [path, file] of Object.entries(files)) this.routes.set(path, file);
    const page = await this.browser!.newPage({ viewport: { width: 1000, height: 700 } });
    page.on('console', (m) => m.type() === 'error' && this.errors.push(`console error: ${m.text()}`));
    page.on('pageerror', (e) => this.errors.push(`uncaught: ${e.message}`));
    await page.goto(`${this.origin}/`);
    return page;
  }
}
