// Bundle sizes: minified bytes and gzip (zlib level 9) bytes of our standalone bundle and of the
// standalone builds of the components it is compared with. Writes bench/results/bundle.json.
// Run alone: node bench/component/bundle-size.mjs (after `npm run build`).
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { resolve, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');
const KB = 1024;
/** Issue 5: the standalone bundle (lit, d3 modules, date-fns included) ≤ 40 KB minified + gzipped. */
export const BUNDLE_TARGET_GZIP_BYTES = 40 * KB;

const version = (pkg) => {
  try {
    return JSON.parse(readFileSync(resolve(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
};

const ENTRIES = [
  {
    name: '@event-timeline/component',
    note: 'standalone ESM bundle: lit, d3 modules, date-fns and the validator inlined',
    files: ['packages/event-timeline/dist/event-timeline.bundle.js'],
    target: BUNDLE_TARGET_GZIP_BYTES,
  },
  {
    name: 'vis-timeline',
    version: version('vis-timeline'),
    note: 'standalone UMD build, minified (vis-data, moment and its CSS are inside; no separate CSS file needed)',
    files: ['node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'],
  },
  {
    name: 'timelines-chart',
    version: version('timelines-chart'),
    note: 'UMD build, minified (d3 modules inlined, CSS injected)',
    files: ['node_modules/timelines-chart/dist/timelines-chart.min.js'],
  },
];

/** Raw and gzip-9 sizes of one file's bytes. */
export function sizeOf(bytes) {
  return { bytes: bytes.length, gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length };
}

/** Measures every entry; a missing file is reported, not thrown. */
export function measureBundles() {
  return ENTRIES.map(({ files, ...entry }) => {
    const missing = files.filter((f) => !existsSync(resolve(ROOT, f)));
    if (missing.length) return { ...entry, files, missing };
    const bytes = Buffer.concat(files.map((f) => readFileSync(resolve(ROOT, f))));
    const size = sizeOf(bytes);
    return { ...entry, files, ...size, ...(entry.target ? { pass: size.gzip <= entry.target } : {}) };
  });
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** Prints the table and writes bench/results/bundle.json. */
export function runBundleSize({ out = resolve(ROOT, 'bench/results/bundle.json') } = {}) {
  const bundles = measureBundles();
  console.log('\nBundle sizes (minified; gzip level 9)');
  for (const b of bundles) {
    if (b.missing) console.log(`  ${b.name.padEnd(28)} missing: ${b.missing.join(', ')}`);
    else console.log(`  ${b.name.padEnd(28)} ${kb(b.bytes).padStart(10)} min  ${kb(b.gzip).padStart(9)} gz${b.target ? `  target ≤ ${kb(b.target)}: ${b.pass ? 'PASS' : 'FAIL'}` : ''}`);
  }
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify({ kind: 'bundle', unit: 'bytes', gzipLevel: 9, bundles }, null, 2) + '\n');
  console.log(`  wrote ${relative(ROOT, out)}`);
  return bundles;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runBundleSize();
