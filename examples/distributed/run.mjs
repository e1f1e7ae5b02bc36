// npm run example:distributed — a batch of articles through event-data on a Dask cluster, checked
// against one process. The map step (`event-data extract --no-merge`, one task per NDJSON
// partition) runs on a Dask scheduler and two workers started here as separate processes; the
// reduce step is `event-data merge` over the shards, taken in the order their tasks finished. The
// merged dataset must be byte for byte the one a single `event-data extract` over all the articles
// writes. Prints timings and PASS or FAIL; exit 0 pass, 1 fail, 2 the recipe could not run. The
// cluster is stopped and the work directory removed whatever happens, Ctrl-C included.
//
//   node examples/distributed/run.mjs [--articles 1000] [--partitions 8] [--workers 2]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDask } from './ensure-dask.mjs';
import { ensureCli } from './ensure-cli.mjs';
import { startDaskCluster } from './dask-cluster.mjs';
import { firstDifference } from './first-difference.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const USAGE = 'usage: node examples/distributed/run.mjs [--articles N] [--partitions P] [--workers W]\n';

function parseArgs(argv) {
  const options = { articles: 1000, partitions: 8, workers: 2 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '-h' || flag === '--help') {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    const key = flag.replace(/^--/, '');
    const value = Number(argv[++i]);
    if (!(key in options) || !flag.startsWith('--')) throw new Error(`unknown option ${JSON.stringify(flag)}\n${USAGE}`);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a whole number of at least 1\n${USAGE}`);
    options[key] = value;
  }
  if (options.partitions > options.articles) throw new Error(`--partitions (${options.partitions}) must not exceed --articles (${options.articles})`);
  return options;
}

/** The steps running now, ended on a signal that was sent to the recipe alone (`kill PID`). */
const running = new Set();

/** Runs a command to its end; resolves to its exit code, output and duration in seconds. */
function run(command, args, { cwd = ROOT } = {}) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    child.on('exit', () => running.delete(child));
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code: code ?? signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), seconds: (performance.now() - started) / 1000 }),
    );
  });
}

/** A step's result, or an error with its standard error when it exited with another code. */
function expectExit(step, result, codes = [0]) {
  if (!codes.includes(result.code)) throw new Error(`${step} exited ${result.code}:\n${result.stderr.trim()}`);
  if (result.code !== 0 && result.stderr.trim()) console.error(`${step} exited ${result.code}:\n${result.stderr.trim()}`);
  return result;
}

const seconds = (s) => `${s.toFixed(2)} s`.padStart(9);

async function recipe(options, work, onCluster) {
  const { python, version } = ensureDask();
  const cli = ensureCli(ROOT);
  console.log(`Dask distributed ${version} (${python}); event-data CLI: ${cli.join(' ')}`);
  console.log(`Work directory: ${work}\n`);

  const input = join(work, 'input');
  const shards = join(work, 'shards');
  mkdirSync(input);
  mkdirSync(shards);
  // event-data's extract --no-merge NDJSON input: one article {id, text, published} a line
  const corpus = expectExit(
    'write-partitions',
    await run(process.execPath, ['--import', 'tsx', '--conditions=source', join(HERE, 'write-partitions.mjs'), input, String(options.articles), String(options.partitions)]),
  );
  const { all, partitions } = JSON.parse(corpus.stdout);
  console.log(`${seconds(corpus.seconds)}  corpus: ${options.articles} articles of about 4 KB in ${partitions.length} NDJSON partitions`);

  const startedAt = performance.now();
  const cluster = await startDaskCluster({ python, dir: work, workers: options.workers, onStarting: onCluster });
  console.log(`${seconds((performance.now() - startedAt) / 1000)}  cluster: scheduler at ${cluster.address}, ${options.workers} workers (${cluster.pids.join(', ')})`);

  const map = await run(python, [join(HERE, 'map.py'), '--scheduler-file', cluster.schedulerFile, '--shard-dir', shards, '--workers', String(options.workers), '--cli', JSON.stringify(cli), ...partitions]);
  const gone = cluster.exited();
  if (map.code === 2 || map.code === null || !map.stdout.trim()) {
    throw new Error(`map.py exited ${map.code}:\n${map.stderr.trim()}${gone ? `\n\ndask ${gone.name} had exited:\n${cluster.tail(gone.name)}` : ''}`);
  }
  expectExit('map.py', map, [0, 1]);
  const done = JSON.parse(map.stdout).shards;
  console.log(`${seconds(map.seconds)}  map: event-data extract --no-merge --jobs 1 on the workers, ${done.length} tasks`);
  for (const task of done) console.log(`${' '.repeat(11)}${task.worker}: ${task.partition.slice(input.length + 1)} in ${task.seconds.toFixed(2)} s`);
  const used = new Set(done.map((task) => task.worker));
  await cluster.stop();

  const merged = join(work, 'distributed.json');
  const merge = expectExit('event-data merge', await run(cli[0], [...cli.slice(1), 'merge', ...done.map((task) => task.shard), '-o', merged]), [0, 1]);
  console.log(`${seconds(merge.seconds)}  reduce: event-data merge of the ${done.length} shards, in the order their tasks finished`);
  console.log(`${seconds(map.seconds + merge.seconds)}  map + reduce`);

  const single = join(work, 'single.json');
  const one = expectExit('event-data extract', await run(cli[0], [...cli.slice(1), 'extract', '--jobs', '1', all, '-o', single]), [0, 1]);
  console.log(`${seconds(one.seconds)}  one process: event-data extract --jobs 1 over all ${options.articles} articles\n`);

  const expected = readFileSync(single);
  const actual = readFileSync(merged);
  const dataset = JSON.parse(expected.toString('utf8'));
  const problems = [];
  if (done.length !== partitions.length) problems.push(`only ${done.length} of ${partitions.length} partitions were extracted`);
  if (used.size < Math.min(options.workers, partitions.length)) problems.push(`the tasks ran on ${used.size} worker(s), not ${options.workers}`);
  if (!dataset.events?.length) problems.push('the single-process dataset has no events: nothing to compare');
  if (!expected.equals(actual)) problems.push(`the merged dataset differs from the single-process one: ${firstDifference(expected, actual)}`);
  console.log(`datasets: ${actual.length.toLocaleString('en')} bytes merged, ${expected.length.toLocaleString('en')} bytes single-process; ${dataset.events?.length ?? 0} events from ${dataset.articles?.length ?? 0} articles`);
  for (const problem of problems) console.log(`  ${problem}`);
  console.log(problems.length ? 'FAIL' : 'PASS: the merged shards are byte-identical to the single-process run');
  return problems.length ? 1 : 0;
}

let cluster;
let work;
let interrupted = false;
const removeWork = () => work && rmSync(work, { recursive: true, force: true });
// The last resort, where nothing can be awaited (process.exit, an uncaught error).
process.on('exit', () => {
  cluster?.stopNow();
  removeWork();
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the cluster and removing ${work ?? 'the work directory'}…`);
    for (const child of running) child.kill('SIGTERM');
    await cluster?.stop();
    removeWork();
    process.exit(128 + { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal]);
  });
}

let code;
try {
  const options = parseArgs(process.argv.slice(2));
  work = mkdtempSync(join(tmpdir(), 'event-data-distributed-'));
  code = await recipe(options, work, (started) => (cluster = started));
} catch (error) {
  // after Ctrl-C the steps fail because they were stopped: that is no news
  if (!interrupted) console.error(`example:distributed could not run: ${error instanceof Error ? error.message : String(error)}`);
  code = 2;
} finally {
  await cluster?.stop();
  removeWork();
}
process.exitCode = code;
