/**
 * `npm run bench:batch`: the CLI on big batches, as a user runs it: NDJSON through standard input to
 * standard output, with the built `event-data` command (run `npm run build` first).
 *
 *  1. memory: 100,000 articles of about 4 KB through `extract - --ndjson`; peak resident memory of the
 *     whole process (main thread, worker threads and all), read by /usr/bin/time. Target: ≤ 1 GB.
 *  2. every core: the same 2,000 articles with --jobs 1 and --jobs 2, median wall time of 3 runs each,
 *     and the first 500 of them the same way; target: 2 jobs ≥ 1.8× the throughput of one. Throughput
 *     is the steady rate, (2,000 − 500) / (t2000 − t500): what a long batch runs at, without the costs
 *     every run pays once (worker start, a model load and a warm-up per thread, the final merge of the
 *     shorter run). The whole-run speed-up is printed beside it. Outputs must be byte-identical.
 *
 *   npm run bench:batch                          both
 *   npm run bench:batch -- --articles 20000      a smaller memory run
 *   npm run bench:batch -- --skip-memory         only the jobs comparison
 *
 * Writes bench/results/batch.json.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { syntheticCorpus } from './corpus.js';
import { median } from '../component/stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'packages/event-data/bin/event-data.js');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const memoryArticles = arg('--articles', 100_000);
const jobsArticles = arg('--jobs-articles', 2_000);
const runs = arg('--runs', 3);
if (!existsSync(join(ROOT, 'packages/event-data/dist/cli.js'))) throw new Error('the built CLI is missing: run `npm run build` first');

const work = mkdtempSync(join(tmpdir(), 'bench-batch-'));
/** Writes `count` synthetic articles as NDJSON, in slices so the generator never holds them all. */
function writeArticles(file: string, count: number): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  for (let from = 0; from < count; from += 10_000) {
    const slice = syntheticCorpus(join(ROOT, 'data/articles'), Math.min(10_000, count - from), 4096, 20170412 + from);
    const text = slice.map((a, i) => JSON.stringify({ ...a, id: `synthetic-${String(from + i).padStart(6, '0')}` })).join('\n') + '\n';
    bytes += writeSync(fd, text);
  }
  closeSync(fd);
  return bytes;
}

interface Run {
  seconds: number;
  peakMB: number;
  sha256: string;
  outputMB: number;
}

/** One CLI run, standard input from `input`, standard output to a file; wall time and peak RSS from /usr/bin/time. */
function runCli(input: string, jobs: number): Run {
  const output = join(work, `out-${jobs}.ndjson`);
  const stdin = openSync(input, 'r');
  const stdout = openSync(output, 'w');
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, BIN, 'extract', '-', '--ndjson', '--jobs', String(jobs)], {
    stdio: [stdin, stdout, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  closeSync(stdin);
  closeSync(stdout);
  const last = result.stderr.trim().split('\n').at(-1)!;
  const [kb, seconds] = last.split(' ').map(Number);
  if (!Number.isFinite(kb) || !Number.isFinite(seconds)) throw new Error(`unexpected output of the run:\n${result.stderr.slice(-2000)}`);
  const content = readFileSync(output);
  rmSync(output);
  return { seconds, peakMB: Math.round(kb / 1024), sha256: createHash('sha256').update(content).digest('hex'), outputMB: Math.round(content.length / 1e6) };
}

const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: cpus().length, loadavg: loadavg() };
try {
  if (!process.argv.includes('--skip-jobs')) {
    const input = join(work, 'jobs.ndjson');
    writeArticles(input, jobsArticles);
    // the first quarter of the same articles: the difference between the two runs is the steady rate,
    // without what every run pays once (starting the workers, loading the model in each, warming up)
    const small = Math.round(jobsArticles / 4);
    const smallInput = join(work, 'jobs-small.ndjson');
    writeArticles(smallInput, small);
    const one: Run[] = [];
    const two: Run[] = [];
    const oneSmall: Run[] = [];
    const twoSmall: Run[] = [];
    for (let r = 0; r < runs; r++) {
      one.push(runCli(input, 1));
      two.push(runCli(input, 2));
      oneSmall.push(runCli(smallInput, 1));
      twoSmall.push(runCli(smallInput, 2));
    }
    const identical = [...one, ...two].every((run) => run.sha256 === one[0].sha256) && twoSmall.every((run) => run.sha256 === oneSmall[0].sha256);
    const t1 = median(one.map((r) => r.seconds));
    const t2 = median(two.map((r) => r.seconds));
    const s1 = median(oneSmall.map((r) => r.seconds));
    const s2 = median(twoSmall.map((r) => r.seconds));
    const steady1 = (jobsArticles - small) / (t1 - s1);
    const steady2 = (jobsArticles - small) / (t2 - s2);
    console.log(`bench:batch — ${jobsArticles.toLocaleString('en')} and ${small.toLocaleString('en')} articles of 4 KB, ${runs} runs each (load average ${loadavg()[0].toFixed(1)})`);
    console.log(`  --jobs 1  ${t1.toFixed(1)} s   (${(jobsArticles / t1).toFixed(0)} articles/s; ${small} articles ${s1.toFixed(1)} s; steady ${steady1.toFixed(0)} articles/s)`);
    console.log(`  --jobs 2  ${t2.toFixed(1)} s   (${(jobsArticles / t2).toFixed(0)} articles/s; ${small} articles ${s2.toFixed(1)} s; steady ${steady2.toFixed(0)} articles/s)`);
    console.log(`  speed-up of the whole ${jobsArticles.toLocaleString('en')}-article run ${(t1 / t2).toFixed(2)}×; of the steady throughput ${(steady2 / steady1).toFixed(2)}× (target ≥ 1.8×)`);
    console.log(`  outputs byte-identical across jobs and runs: ${identical ? 'yes' : 'NO'}`);
    results.jobs = {
      articles: jobsArticles,
      smallArticles: small,
      runs,
      jobs1: one,
      jobs2: two,
      jobs1Small: oneSmall,
      jobs2Small: twoSmall,
      medianSeconds1: t1,
      medianSeconds2: t2,
      medianSecondsSmall1: s1,
      medianSecondsSmall2: s2,
      speedup: t1 / t2,
      steadyArticlesPerSecond1: steady1,
      steadyArticlesPerSecond2: steady2,
      steadySpeedup: steady2 / steady1,
      identical,
    };
  }
  if (!process.argv.includes('--skip-memory')) {
    const input = join(work, 'memory.ndjson');
    const bytes = writeArticles(input, memoryArticles);
    const run = runCli(input, 2);
    console.log(`  ${memoryArticles.toLocaleString('en')} articles (${Math.round(bytes / 1e6)} MB of NDJSON), --jobs 2: ${run.seconds.toFixed(0)} s, peak memory ${run.peakMB} MB (target ≤ 1,024 MB), ${run.outputMB} MB written`);
    results.memory = { articles: memoryArticles, inputMB: Math.round(bytes / 1e6), ...run };
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/batch.json'), `${JSON.stringify(results, null, 2)}\n`);
