// What `import '@event-timeline/component'` costs a page built with a bundler: esbuild bundles an
// entry holding that one line, from the package name (so through package.json "exports", to
// dist/, as an application would), minified, with code splitting. The entry chunk and the chunks
// it imports statically are what an English page loads; the other locales are chunks of their own,
// loaded by dynamic import when an element asks for them. Run after `npm run build`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { gzipSync, constants } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
const sizeOf = (bytes) => ({ bytes: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length });

/** Bundles the package import; returns the bytes an English page loads and the locale chunks. */
export async function measurePackageImport() {
  const dir = mkdtempSync(join(tmpdir(), 'event-timeline-import-'));
  try {
    // The entry sits in the repository, so that the package resolves as a dependency would.
    const entry = join(ROOT, 'bench/component/.package-import.mjs');
    writeFileSync(entry, "import '@event-timeline/component';\n");
    try {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        format: 'esm',
        splitting: true,
        outdir: dir,
        metafile: true,
        logLevel: 'silent',
        legalComments: 'none',
      });
      const outputs = result.metafile.outputs;
      const main = Object.keys(outputs).find((f) => outputs[f].entryPoint);
      // The entry and what it imports statically: loaded with the page.
      const eager = new Set();
      const visit = (file) => {
        if (eager.has(file)) return;
        eager.add(file);
        for (const i of outputs[file].imports) if (i.kind === 'import-statement') visit(i.path);
      };
      visit(main);
      const bytesOf = (files) => sizeOf(Buffer.concat([...files].map((f) => readFileSync(resolve(ROOT, f)))));
      const lazy = Object.keys(outputs).filter((f) => f.endsWith('.js') && !eager.has(f));
      return { eager: bytesOf(eager), lazy: lazy.map((f) => ({ file: f.split('/').pop(), ...bytesOf([f]) })) };
    } finally {
      rmSync(entry, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
