// Bundle sizes: minified bytes and gzip (zlib level 9) bytes of our standalone bundle and of the
// standalone builds of the components it is compared with. Writes bench/results/bundle.json.
// Run alone: node bench/component/bundle-size.mjs (after `npm run build`).
import { readFileSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { resolve, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { measurePackageImport } from './package-size.mjs';

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
    note: 'standalone ESM bundle, every dependency inlined (what it holds: see below)',
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

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Where a package sits in a source path: `lit-html`, `d3-zoom`, `@lit/reactive-element`, or the path inside the repository. */
function ownerOf(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = source.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const pkg = /(?:^|\/)(event-data|event-timeline)\/(src|dist)\//.exec(source);
  return pkg ? `@event-timeline/${pkg[1] === 'event-data' ? 'data' : 'component'} (${pkg[2]})` : source;
}

/**
 * Minified bytes of a bundle attributed to each package, from its source map: every generated
 * span between two mapping segments counts for the source of the first. Shows what to trim.
 */
export function composition(mapPath) {
  if (!existsSync(mapPath)) return undefined;
  const map = JSON.parse(readFileSync(mapPath, 'utf8'));
  const bytes = new Map();
  let source = 0;
  for (const line of map.mappings.split(';')) {
    let previous;
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = decodeSegment(segment);
      column += values[0];
      if (previous) bytes.set(previous.owner, (bytes.get(previous.owner) ?? 0) + (column - previous.column));
      if (values.length > 1) source += values[1];
      previous = values.length > 1 ? { owner: ownerOf(relative(ROOT, resolve(mapPath, '..', map.sourceRoot ?? '', map.sources[source]))), column } : undefined;
    }
  }
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([owner, size]) => ({ owner, bytes: size }));
}

/** Measures every entry; a missing file is reported, not thrown. */
export function measureBundles() {
  return ENTRIES.map(({ files, ...entry }) => {
    const missing = files.filter((f) => !existsSync(resolve(ROOT, f)));
    if (missing.length) return { ...entry, files, missing };
    const bytes = Buffer.concat(files.map((f) => readFileSync(resolve(ROOT, f))));
    const size = sizeOf(bytes);
    const parts = entry.target ? composition(resolve(ROOT, `${files[0]}.map`)) : undefined;
    return { ...entry, files, ...size, ...(entry.target ? { pass: size.gzip <= entry.target } : {}), ...(parts ? { composition: parts.slice(0, 12) } : {}) };
  });
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/** Issue 18: `import '@event-timeline/component'` bundled and minified, as an English page loads it, ≤ 40 KB gzipped. */
export const PACKAGE_IMPORT_TARGET_GZIP_BYTES = 40 * KB;

/** Prints the table and writes bench/results/bundle.json. */
export async function runBundleSize({ out = resolve(ROOT, 'bench/results/bundle.json') } = {}) {
  const bundles = measureBundles();
  let packageImport;
  try {
    const { eager, lazy } = await measurePackageImport();
    packageImport = {
      name: 'import of the package',
      note: 'esbuild from the package name (dist/), minified, split: what an English page loads; other locales are lazy chunks',
      ...eager,
      target: PACKAGE_IMPORT_TARGET_GZIP_BYTES,
      pass: eager.gzip <= PACKAGE_IMPORT_TARGET_GZIP_BYTES,
      lazy,
    };
    bundles.splice(1, 0, packageImport);
  } catch (error) {
    console.log(`  package import: could not bundle (${error.message}); run npm run build first`);
  }
  console.log('\nBundle sizes (minified; gzip level 9)');
  for (const b of bundles) {
    if (b.missing) console.log(`  ${b.name.padEnd(28)} missing: ${b.missing.join(', ')}`);
    else console.log(`  ${b.name.padEnd(28)} ${kb(b.bytes).padStart(10)} min  ${kb(b.gzip).padStart(9)} gz${b.target ? `  target ≤ ${kb(b.target)}: ${b.pass ? 'PASS' : 'FAIL'}` : ''}`);
  }
  if (packageImport) console.log(`  ${' '.repeat(28)} chunks loaded on demand (locales, CSV reader, full schema check, detail panel): ${packageImport.lazy.map((c) => `${c.file} ${kb(c.gzip)}`).join(', ')}`);
  const ours = bundles.find((b) => b.composition);
  if (ours) console.log(`  ${ours.name} by package (minified bytes, from its source map): ${ours.composition.slice(0, 8).map((c) => `${c.owner} ${kb(c.bytes)}`).join(', ')}`);
  mkdirSync(resolve(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify({ kind: 'bundle', unit: 'bytes', gzipLevel: 9, bundles }, null, 2) + '\n');
  console.log(`  wrote ${relative(ROOT, out)}`);
  return bundles;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runBundleSize();
