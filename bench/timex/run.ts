/**
 * `npm run bench:timex`: scores our TIMEX3 tagger and chrono-node on the TempEval-3 training corpus
 * (development and held-out parts) the way TempEval-3 does, measures both speeds, and writes the
 * results to bench/results/timex.json.
 *
 *   npm run bench:timex                       all scores + speed, writes bench/results/timex.json
 *   npm run bench:timex -- --dev --errors 30  development scores and 30 of each kind of error
 *   npm run bench:timex -- --heldout          held-out scores only
 *   npm run bench:timex -- --doc wsj_0927     every error in the development documents whose path contains wsj_0927
 * Options: --dev, --heldout, --errors N, --doc TEXT, --speed (also measure speed in a partial run),
 * --no-chrono, --runs N (speed runs, default 5). Env: TIMEML_DIR (corpus directory).
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { tagTimexes } from '../../packages/event-data/src/timex/index.js';
import { loadCorpus, type CorpusDocument } from './corpus.js';
import { chronoTimexes } from './chrono.js';
import { addCounts, alignDocument, emptyCounts, summarize, type Counts, type ScoredSpan, type Scores } from './score.js';
import { printErrors } from './errors.js';
import { median } from '../component/stats.mjs';

type Tagger = (text: string, dct: string) => ScoredSpan[];

interface Options {
  parts: ('development' | 'heldOut')[];
  errors: number;
  /** Only these development documents (path contains it) for the error listing. */
  doc: string | undefined;
  speed: boolean;
  chrono: boolean;
  runs: number;
  write: boolean;
}

function parseArgs(argv: string[]): Options {
  const flag = (name: string) => argv.includes(name);
  const numberAfter = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    if (i === -1) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} needs a whole number, got ${JSON.stringify(argv[i + 1])}`);
    return n;
  };
  const known = new Set(['--dev', '--heldout', '--errors', '--doc', '--speed', '--no-chrono', '--runs']);
  argv.forEach((arg, i) => {
    if (arg.startsWith('-') && !known.has(arg)) throw new Error(`unknown option ${arg}`);
    if (!arg.startsWith('-') && !['--errors', '--runs', '--doc'].includes(argv[i - 1])) throw new Error(`unexpected argument ${arg}`);
  });
  const docIndex = argv.indexOf('--doc');
  const doc = docIndex === -1 ? undefined : argv[docIndex + 1];
  if (docIndex !== -1 && (doc === undefined || doc.startsWith('-'))) throw new Error('--doc needs part of a document path');
  const partial = flag('--dev') || flag('--heldout') || flag('--errors') || doc !== undefined;
  const parts: Options['parts'] = [];
  if (flag('--dev') || !flag('--heldout')) parts.push('development');
  if (flag('--heldout') || !flag('--dev')) parts.push('heldOut');
  return {
    parts,
    errors: numberAfter('--errors', doc === undefined ? 0 : 1000),
    doc,
    speed: !partial || flag('--speed'),
    chrono: !flag('--no-chrono'),
    runs: Math.max(1, numberAfter('--runs', 5)),
    write: !partial,
  };
}

const ours: Tagger = (text, dct) => tagTimexes(text, { dct });

function score(docs: readonly CorpusDocument[], tagger: Tagger): { counts: Counts; scores: Scores } {
  let counts = emptyCounts();
  for (const doc of docs) counts = addCounts(counts, alignDocument(doc.gold, tagger(doc.text, doc.dct)).counts);
  return { counts, scores: summarize(counts) };
}


/** Median MB/s (10^6 bytes of UTF-8 text per second) over `runs` timed passes, after one warm-up pass. */
function speed(docs: readonly CorpusDocument[], tagger: Tagger, runs: number): { mbPerSecond: number; runsMbPerSecond: number[] } {
  const bytes = docs.reduce((n, d) => n + new TextEncoder().encode(d.text).length, 0);
  const pass = () => {
    let found = 0;
    const t0 = performance.now();
    for (const doc of docs) found += tagger(doc.text, doc.dct).length;
    const seconds = (performance.now() - t0) / 1000;
    if (found < 0) throw new Error('unreachable');
    return bytes / 1e6 / seconds;
  };
  pass();
  const samples = Array.from({ length: runs }, pass);
  return { mbPerSecond: median(samples), runsMbPerSecond: samples };
}

/** 1 MB inputs that would expose quadratic or backtracking rules (the property tests only check that they return). */
const ADVERSARIAL: Record<string, string> = Object.fromEntries(
  ([['"1 1 1 …"', '1 '], ['"the the the …"', 'the '], ['digit run', '1234567890'], ['"January January …"', 'January '], ['"12/12/12/…"', '12/']] as const).map(
    ([name, unit]) => [name, unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20)],
  ),
);

/** Median MB/s of our tagger on each adversarial input over `runs` runs. */
function adversarialSpeed(runs: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(ADVERSARIAL).map(([name, text]) => {
      const samples = Array.from({ length: runs }, () => {
        const t0 = performance.now();
        tagTimexes(text, { dct: '2017-04-13' });
        return text.length / 1e6 / ((performance.now() - t0) / 1000);
      });
      return [name, median(samples)];
    }),
  );
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function table(rows: { part: string; system: string; counts: Counts; scores: Scores }[]): string {
  const head = 'part       system   gold  sys | strict P    R    F1 | relaxed P    R    F1 | type acc  F1 | value acc  F1';
  const lines = rows.map(({ part, system, counts, scores: s }) =>
    [
      part.padEnd(10), system.padEnd(7), String(counts.gold).padStart(5), String(counts.system).padStart(5), '|',
      pct(s.strict.precision), pct(s.strict.recall), pct(s.strict.f1), '|      ',
      pct(s.relaxed.precision), pct(s.relaxed.recall), pct(s.relaxed.f1), '|   ',
      pct(s.typeAccuracy), pct(s.typeF1), '|    ', pct(s.valueAccuracy), pct(s.valueF1),
    ].join(' '),
  );
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));
const roundScores = (s: Scores) => JSON.parse(JSON.stringify(s), (_, v) => (typeof v === 'number' ? round(v) : v));

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`bench:timex: ${(error as Error).message}\nOptions: --dev --heldout --errors N --doc TEXT --speed --no-chrono --runs N`);
    return 2;
  }
  let corpus;
  try {
    corpus = await loadCorpus();
  } catch (error) {
    console.error(`bench:timex: ${(error as Error).message}`);
    return 1;
  }
  const systems: [string, Tagger][] = [['ours', ours]];
  if (options.chrono) systems.push(['chrono', chronoTimexes]);

  const all = [...corpus.development, ...corpus.heldOut];
  console.log(
    `TempEval-3 training corpus (TBAQ-cleaned) at ${corpus.dir}: ${all.length} documents, ` +
      `${corpus.development.length} development / ${corpus.heldOut.length} held-out (sorted paths, every 5th held out)\n`,
  );
  const rows: { part: string; system: string; counts: Counts; scores: Scores }[] = [];
  for (const part of options.parts) {
    for (const [name, tagger] of systems) {
      rows.push({ part: part === 'development' ? 'dev' : 'held-out', system: name, ...score(corpus[part], tagger) });
    }
  }
  console.log(table(rows));
  console.log('\nstrict = identical extent; relaxed = overlap, one-to-one; type/value accuracy over relaxed matches; attribute F1 = relaxed F1 × accuracy (%)');

  if (options.errors > 0) {
    const only = options.doc;
    const docs = only === undefined ? corpus.development : corpus.development.filter((d) => d.path.includes(only));
    if (docs.length === 0) {
      const heldOut = corpus.heldOut.some((d) => d.path.includes(only ?? ''));
      console.error(`\nbench:timex: no development document matches ${JSON.stringify(only)}${heldOut ? ' (it is held out: its errors are not shown, to keep it a fair test)' : ''}`);
      return 2;
    }
    printErrors(docs, ours, options.errors);
  }

  const speeds: Record<string, { mbPerSecond: number; runsMbPerSecond: number[] }> = {};
  let adversarial: Record<string, number> = {};
  if (options.speed) {
    const megabytes = all.reduce((n, d) => n + new TextEncoder().encode(d.text).length, 0) / 1e6;
    console.log(`\nspeed on the whole corpus (${megabytes.toFixed(2)} MB of text), median of ${options.runs} runs after a warm-up:`);
    for (const [name, tagger] of systems) {
      speeds[name] = speed(all, tagger, options.runs);
      console.log(`  ${name.padEnd(7)} ${speeds[name].mbPerSecond.toFixed(2).padStart(7)} MB/s   (runs: ${speeds[name].runsMbPerSecond.map((x) => x.toFixed(2)).join(', ')})`);
    }
    adversarial = adversarialSpeed(3);
    console.log('\nours on 1 MB adversarial inputs (ASCII, so MB = 2^20 characters / 10^6), median of 3 runs:');
    for (const [name, mbps] of Object.entries(adversarial)) console.log(`  ${name.padEnd(22)} ${mbps.toFixed(2).padStart(7)} MB/s`);
  }

  if (options.write && options.chrono) {
    const cpu = cpus();
    const results = {
      benchmark: 'timex',
      date: new Date().toISOString(),
      machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, os: `${platform()} ${release()}`, node: process.version },
      corpus: { name: 'TempEval-3 training (TBAQ-cleaned)', documents: all.length, development: corpus.development.length, heldOut: corpus.heldOut.length },
      scores: Object.fromEntries(
        rows.map((r) => [`${r.part} ${r.system}`, { ...roundScores(r.scores), gold: r.counts.gold, system: r.counts.system }]),
      ),
      speedMbPerSecond: Object.fromEntries(Object.entries(speeds).map(([name, s]) => [name, round(s.mbPerSecond, 3)])),
      runs: options.runs,
      adversarialMbPerSecond: Object.fromEntries(Object.entries(adversarial).map(([name, x]) => [name, round(x, 3)])),
    };
    const out = fileURLToPath(new URL('../results/timex.json', import.meta.url));
    await mkdir(fileURLToPath(new URL('../results/', import.meta.url)), { recursive: true });
    await writeFile(out, JSON.stringify(results, null, 2) + '\n');
    console.log(`\nwrote ${out}`);
  } else if (options.write) {
    console.log('\nbench/results/timex.json not written: chrono-node was left out.');
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
