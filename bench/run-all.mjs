// `npm run bench`: runs every benchmark (bench:timex, bench:extract, bench:events, bench:component), then composes
// bench/RESULTS.md from the JSON each one writes to bench/results/. A benchmark that is missing,
// fails or times out is reported as such, with the last results it left only if they are marked stale.
// The whole run is sized to finish in under 10 minutes on a 2-core machine.
// `node bench/run-all.mjs --report-only` rewrites RESULTS.md from the existing results without running anything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { watchSteal } from './host-load.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench/results');

/** Each benchmark: its npm script, the file that must exist to run it, its result file, its time limit. */
const BENCHMARKS = [
  { name: 'timex', script: 'bench:timex', source: 'bench/timex/run.ts', result: 'timex.json', limitSeconds: 180 },
  { name: 'extract', script: 'bench:extract', source: 'bench/extract/run.ts', result: 'extract.json', limitSeconds: 180 },
  { name: 'events', script: 'bench:events', source: 'bench/events/run.ts', result: 'events.json', limitSeconds: 120 },
  // Gets what is left of the whole run's time; its own budget (BENCH_BUDGET_S) leaves room for its last part.
  { name: 'component', script: 'bench:component', source: 'bench/component/run.mjs', result: 'component.json', limitSeconds: 450, lastPartSeconds: 70 },
];
/** The whole `npm run bench` must end within 10 minutes; this keeps 30 s in hand. */
const WHOLE_RUN_SECONDS = 570;

const benchmark = (name) => BENCHMARKS.find((b) => b.name === name);
const log = (msg) => console.log(`[bench] ${msg}`);

function run(bench, env = {}) {
  return new Promise((done) => {
    const started = Date.now();
    if (!existsSync(join(ROOT, bench.source))) {
      done({ status: 'missing', detail: `${bench.source} does not exist`, seconds: 0 });
      return;
    }
    // detached: a timed-out benchmark is stopped with its whole process group (tsx, Chromium).
    const child = spawn('npm', ['run', '--silent', bench.script], { cwd: ROOT, stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
    const timer = setTimeout(() => {
      log(`${bench.script} exceeded ${bench.limitSeconds} s: stopping it`);
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }, 5000).unref();
      child.timedOut = true;
    }, bench.limitSeconds * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const seconds = Math.round((Date.now() - started) / 100) / 10;
      if (child.timedOut) done({ status: 'timeout', detail: `stopped after ${bench.limitSeconds} s`, seconds });
      else if (code === 0) done({ status: 'ok', seconds });
      else done({ status: 'failed', detail: `exit ${code ?? signal}`, seconds });
    });
  });
}

/** Reads a result file; `fresh` when this run wrote it. */
function readResult(file, since) {
  const path = join(RESULTS, file);
  if (!existsSync(path)) return undefined;
  try {
    return { data: JSON.parse(readFileSync(path, 'utf8')), fresh: statSync(path).mtimeMs >= since, mtime: statSync(path).mtime };
  } catch (error) {
    return { error: `${file} is not valid JSON: ${error.message}` };
  }
}

function osName() {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) return `${pretty[1]} (${platform()} ${release()})`;
  } catch {}
  return `${platform()} ${release()}`;
}

function chromiumVersion() {
  const path = findChromium();
  if (!path) return 'not found';
  const out = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return (out.stdout || '').trim() || `found at ${path}`;
}

// ---------- formatting helpers ----------
const pct = (x) => (typeof x === 'number' ? (100 * x).toFixed(1) : '–');
const ms = (x) => (typeof x === 'number' ? `${x.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms` : '–');
const kb = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024).toFixed(1)} KB` : '–');
const mark = (ok) => (ok === true ? '✅ pass' : ok === false ? '❌ fail' : '–');
const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function statusLine(bench, outcome, result) {
  const parts = [];
  if (outcome.status === 'missing') parts.push(`**not available**: ${outcome.detail}.`);
  else if (outcome.status !== 'ok') parts.push(`**${outcome.status}** (${outcome.detail}) in this run.`);
  if (result?.error) parts.push(`**not available**: ${result.error}.`);
  else if (!result && outcome.status !== 'missing') parts.push(`**not available**: bench/results/${bench.result} was not written.`);
  else if (result && !result.fresh) parts.push(`The figures below are **stale**: bench/results/${bench.result} was written ${result.mtime.toISOString()}, before this run.`);
  // Another run of the same benchmark may rewrite the file while this one goes on; say when it was written.
  else if (result?.mtime) parts.push(`From bench/results/${bench.result} as written at ${result.mtime.toISOString().replace(/\.\d+Z$/, 'Z')}.`);
  return parts.length ? `> ${parts.join(' ')}\n\n` : '';
}

function timexSection(bench, outcome, result) {
  let md = `## Temporal tagging (\`npm run bench:timex\`)\n\n${statusLine(bench, outcome, result)}`;
  const d = result?.data;
  if (!d?.scores) return md + (result && !result.error ? 'No scores in bench/results/timex.json.\n\n' : '');
  md += `TempEval-3 scoring on the TempEval-3 training corpus (${get(d, 'corpus.name') ?? 'TBAQ-cleaned'}: ${get(d, 'corpus.documents') ?? '?'} documents, ` +
    `${get(d, 'corpus.development') ?? '?'} development / ${get(d, 'corpus.heldOut') ?? '?'} held-out). Strict = identical extent; relaxed = overlap; ` +
    'type and value accuracy over relaxed matches; value F1 = relaxed F1 × value accuracy. ' +
    'The issue\'s quality targets (strict F1 ≥ 83, relaxed F1 ≥ 91, value F1 ≥ 80) are set for the official TempEval-3 test set, which is not here; ' +
    'the held-out part is the closest stand-in, so the marks are against it.\n\n';
  const rows = [];
  for (const part of ['dev', 'held-out']) {
    for (const system of ['ours', 'chrono']) {
      const s = d.scores[`${part} ${system}`];
      if (!s) continue;
      rows.push([part, system === 'chrono' ? 'chrono-node' : 'ours', s.gold ?? '–', s.system ?? '–',
        pct(s.strict?.precision), pct(s.strict?.recall), `**${pct(s.strict?.f1)}**`,
        pct(s.relaxed?.precision), pct(s.relaxed?.recall), `**${pct(s.relaxed?.f1)}**`,
        pct(s.typeAccuracy), pct(s.valueAccuracy), `**${pct(s.valueF1)}**`]);
    }
  }
  md += table(['part', 'system', 'gold', 'found', 'strict P', 'strict R', 'strict F1', 'relaxed P', 'relaxed R', 'relaxed F1', 'type acc', 'value acc', 'value F1'], rows) + '\n\n';
  const h = d.scores['held-out ours'];
  if (h) {
    md += table(['target (held-out, ours)', 'measured', 'result'], [
      ['strict F1 ≥ 83', pct(h.strict?.f1), mark(h.strict?.f1 >= 0.83)],
      ['relaxed F1 ≥ 91', pct(h.relaxed?.f1), mark(h.relaxed?.f1 >= 0.91)],
      ['value F1 ≥ 80', pct(h.valueF1), mark(h.valueF1 >= 0.8)],
    ]) + '\n\n';
  }
  const sp = d.speedMbPerSecond ?? {};
  if (Object.keys(sp).length) {
    md += `Speed on the whole corpus, one core, median of ${d.runs ?? '?'} runs after a warm-up (MB = 10⁶ bytes of UTF-8 text):\n\n`;
    md += table(['system', 'MB/s', 'target', 'result'], [
      ['ours', sp.ours?.toFixed?.(2) ?? '–', '≥ 1 MB/s and faster than chrono-node',
        mark(typeof sp.ours === 'number' ? sp.ours >= 1 && (typeof sp.chrono !== 'number' || sp.ours > sp.chrono) : undefined)],
      ['chrono-node', sp.chrono?.toFixed?.(2) ?? '–', '', ''],
    ]) + '\n\n';
  }
  const adversarial = d.adversarialMbPerSecond ?? {};
  if (Object.keys(adversarial).length) {
    md += 'Our tagger on 1 MB adversarial inputs (repetitive text that could make rules backtrack):\n\n';
    md += table(['input', 'MB/s'], Object.entries(adversarial).map(([name, v]) => [name.replace(/\|/g, '\\|'), typeof v === 'number' ? v.toFixed(2) : '–'])) + '\n\n';
  }
  return md;
}

/** Pulls a number out of an unknown result shape by the first key that exists. */
const firstNumber = (obj, paths) => {
  for (const p of paths) {
    const v = get(obj, p);
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return undefined;
};

function extractSection(bench, outcome, result) {
  let md = `## Extraction throughput (\`npm run bench:extract\`)\n\n${statusLine(bench, outcome, result)}`;
  const d = result?.data;
  if (!d) return md;
  const articles = firstNumber(d, ['articles']);
  const seconds = firstNumber(d, ['medianSeconds', 'seconds']);
  const per1000 = seconds !== undefined && articles ? (seconds * 1000) / articles : undefined;
  const perSecond = firstNumber(d, ['articlesPerSecond']) ?? (per1000 ? 1000 / per1000 : undefined);
  const kbEach = firstNumber(d, ['averageKB']);
  const runs = firstNumber(d, ['runs']);
  const tagging = firstNumber(d, ['taggingSeconds']);
  md += `${d.method ?? ''}${runs ? ` Median of ${runs} runs${Array.isArray(d.runsSeconds) ? ` (${d.runsSeconds.map((x) => `${x} s`).join(', ')})` : ''}.` : ''}\n\n`;
  md += table(['measure', 'measured', 'target', 'result'], [
    [`${articles === 1000 || !articles ? '1,000' : `${articles} (scaled to 1,000)`} articles${kbEach ? ` of ~${kbEach.toFixed(1)} KB` : ''}`, per1000 ? `${per1000.toFixed(2)} s` : '–', '< 10 s on one core', mark(per1000 === undefined ? undefined : per1000 < 10)],
    ['articles per second', perSecond ? perSecond.toFixed(0) : '–', '> 100', mark(perSecond === undefined ? undefined : perSecond > 100)],
    ...(tagging !== undefined ? [['of which temporal tagging', `${tagging.toFixed(2)} s`, '', '']] : []),
    ...(typeof d.events === 'number' ? [['events extracted (after merge)', String(d.events), '', '']] : []),
    ...(typeof d.failures === 'number' ? [['articles that failed', String(d.failures), '', '']] : []),
  ]) + '\n\n';
  return md;
}

function eventsSection(bench, outcome, result) {
  let md = `## Event quality (\`npm run bench:events\`)\n\n${statusLine(bench, outcome, result)}`;
  const d = result?.data;
  if (!d?.trial) return md;
  const c = d.trial.sentenceCheck ?? {};
  const m = d.trial.merges ?? {};
  const o = d.trial.official;
  const t = d.titles ?? {};
  const r = d.recognition ?? {};
  const count = (a, b) => (typeof a === 'number' && typeof b === 'number' ? ` (${a} of ${b})` : '');
  md += `The quality of the extracted events on the SemEval-2015 Task 4 trial corpus (${d.trial.articles ?? '?'} Wikinews articles about Apple, ` +
    `gold timelines of six entities; ${d.trial.events ?? '?'} events extracted; development and held-out articles apart), their titles, TimeML event recognition and event–time links on the TempEval-3 corpus, and our own small gold of five articles of other kinds. ` +
    `The issue's targets are set for unseen articles that are not in the repository; these figures stand in for them. How each figure is computed: [bench/README.md](README.md#benchevents--event-quality).\n\n`;
  const parts = d.trial.sentenceCheckParts ?? {};
  const links = d.timeLinks ?? {};
  const own = d.ownGold;
  const rows = [
    ['trial: gold (entity, document, sentence, date) entries found, dates compatible (recall)', `${pct(c.recall)} %${count(c.goldFound, c.goldEntries)}`],
    ['trial: gold entries found in their sentence, any date (recall without dates)', `${pct(c.recallIgnoringDates)} %${count(c.goldSentenceFound, c.goldEntries)}`],
    ['trial: dated system entries that are in the gold (precision)', `${pct(c.precision)} %${count(c.systemFound, c.systemEntries)}`],
    ...['development', 'held-out'].filter((part) => parts[part]).map((part) => [
      `trial, ${part} articles (${parts[part].articles}): recall / recall without dates / precision`,
      `${pct(parts[part].recall)} / ${pct(parts[part].recallIgnoringDates)} / ${pct(parts[part].precision)} % (${parts[part].goldEntries} gold entries)`,
    ]),
    ['trial: gold events of 2+ articles made one event', `merged ${m.merged ?? '–'} of ${m.multiArticle ?? '–'} (split ${m.split ?? '–'}, found in fewer than 2 articles ${m.notFound ?? '–'})`],
    o
      ? ['trial: official measure, temporal awareness P / R / F1', `${pct(o.precision)} / ${pct(o.recall)} / **${pct(o.f1)}** % (${o.mentions} mentions named by their word)`]
      : ['trial: official measure', 'not computed'],
    ['titles: start with a name / contain a finite verb / both', `${pct(t.startsWithName)} / ${pct(t.hasFiniteVerb)} / ${pct(t.nameAndVerb)} % of ${t.titles ?? '?'}`],
    ['titles: 3-12 words / one word', `${pct(t.threeToTwelveWords)} / ${pct(t.oneWord)} %`],
    ...['development', 'heldOut'].filter((part) => r[part]).map((part) => [
      `TimeML event recognition, ${part === 'heldOut' ? 'held-out' : 'development'} (${r.predictor ?? '?'}): P / R / F1 (overlap)`,
      `${pct(r[part].precision)} / ${pct(r[part].recall)} / **${pct(r[part].f1)}** %${typeof r[part].classAccuracy === 'number' ? `, class accuracy ${pct(r[part].classAccuracy)} %` : ''}`,
    ]),
    ...['development', 'heldOut'].filter((part) => links[part]).map((part) => [
      `TimeML event–time links, ${part === 'heldOut' ? 'held-out' : 'development'}: extracted events dated by the linked expression / with its date`,
      `${links[part].same} / ${links[part].sameDate} of ${links[part].found} (${pct(links[part].found ? links[part].same / links[part].found : 0)} / ${pct(links[part].found ? links[part].sameDate / links[part].found : 0)} %; ${links[part].gold} gold links)`,
    ]),
    ...(own
      ? [
          ['own gold (5 articles): happenings found with a nesting date', `${pct(own.found / own.happenings)} % (${own.found} of ${own.happenings}; exact date ${own.exactDate})`],
          ['own gold: events that are such happenings / types right', `${pct(own.eventsReal / own.events)} % (${own.eventsReal} of ${own.events}) / ${pct(own.found ? own.typeRight / own.found : 0)} % (${own.typeRight} of ${own.found})`],
        ]
      : []),
    ['speed: trial corpus articles per second, one core', `${d.speed?.articlesPerSecond ?? '–'} (median of ${d.speed?.runs ?? '?'}; wall clock ${d.speed?.wallArticlesPerSecond ?? '–'})`],
  ];
  md += table(['measure', 'measured'], rows) + '\n\n';
  return md;
}

/** What a share of stolen CPU time means for the timings. */
const stealText = (percent) =>
  percent === null ? 'unknown (no /proc/stat)' : `${percent} % of the CPU time went to other guests of the host during the run: every timing grows with it`;

function componentSection(bench, outcome, result) {
  let md = `## The \`<event-timeline>\` element (\`npm run bench:component\`)\n\n${statusLine(bench, outcome, result)}`;
  const d = result?.data;
  if (!d?.ours) return md;
  const t = d.targets ?? {};
  md += `${d.browser}, headless, software rendering (--disable-gpu); page ${d.viewport}. The element is loaded from the built standalone bundle ` +
    `(packages/event-timeline/dist/event-timeline.bundle.js) the way a user's page loads it. Synthetic, seeded events over 20 years: ` +
    '62 % day points, 14 % multi-day ranges, 8 % weeks, 9 % months, 3 % quarters, 4 % years, 16 types.' +
    `${d.build?.stale ? ' **Warning: the bundle was older than the sources (build failed or skipped).**' : ''}${d.quick ? ' **Quick run (fewer repetitions): not a result to quote.**' : ''}` +
    `${d.cpuStolenPercent !== undefined ? ` CPU steal during this benchmark: ${stealText(d.cpuStolenPercent)}.` : ''}\n\n`;
  md += `**First render** — ${d.method?.firstRender ?? ''}\n\n`;
  const sizes = [...new Set([...Object.keys(d.ours.render ?? {}), ...Object.keys(d.visTimeline?.render ?? {}), ...Object.keys(d.timelinesChart?.render ?? {})].map(Number))].sort((a, b) => a - b);
  const cell = (r) => (r?.wall ? `${ms(r.wall.median)}${r.wall.n ? ` (n=${r.wall.n})` : ''}${r.note ? ` — ${r.note}` : ''}` : r?.error ?? '–');
  // Ours: the median of pages' medians, with how many and their range.
  const ourCell = (r) =>
    r?.pages ? `${ms(r.wall.median)} (${r.pages.length} pages × ${r.rendersPerPage}; page medians ${r.wall.min}-${ms(r.wall.max)})${r.note ? ` — ${r.note}` : ''}` : cell(r);
  const targetOf = (n) => (n === 10000 ? [`≤ ${t.render10k} ms`, mark(d.pass?.render10k)] : n === 100000 ? [`≤ ${t.render100k} ms`, mark(d.pass?.render100k)] : ['', '']);
  const idle = (r) => (r?.untilIdle?.median !== undefined ? ms(r.untilIdle.median) : typeof r?.untilIdle === 'string' ? r.untilIdle : '–');
  md += table(['events', 'ours (wall)', 'ours (busy)', 'ours until idle', 'vis-timeline', 'timelines-chart', 'target (ours, wall)', 'result'],
    sizes.map((n) => [n.toLocaleString('en-US'), ourCell(d.ours.render?.[n]), ms(d.ours.render?.[n]?.busy?.median), idle(d.ours.render?.[n]), cell(d.visTimeline?.render?.[n]), cell(d.timelinesChart?.render?.[n]), ...targetOf(n)])) + '\n\n';
  md += table(['comparison', 'measured', 'target', 'result'], [
    [`speed-up over vis-timeline ${d.visTimeline?.version ?? ''} at 5,000 items (same run${d.ours.interleaved5k ? `, runs interleaved: ours ${ms(d.ours.interleaved5k.wall.median)} (n=${d.ours.interleaved5k.wall.n}) vs ${ms(d.visTimeline?.render?.[5000]?.wall?.median)}` : ''})`, d.speedupVsVisTimeline5k ? `${d.speedupVsVisTimeline5k}×` : '–', `≥ ${t.speedupVs5k}×`, mark(d.pass?.speedupVs5k)],
  ]) + '\n\n';
  md += `**Zoom and pan frames** — ${d.method?.frames ?? ''}\n\n`;
  const f = (s) => (s && typeof s === 'object' ? `${s.median} / ${s.p95}` : s ?? '–');
  const split = (s) => (s && typeof s === 'object' && s.scriptMedian !== undefined ? `${s.scriptMedian} + ${s.renderMedian}` : '–');
  md += table(['events', 'wheel zoom p50 / p95', 'drag pan p50 / p95', 'zoomTo pan p50 / p95', 'all p95', 'median script + render (wheel)', 'frames > 50 ms (LoAF)', 'target', 'result'],
    Object.entries(d.ours.frames ?? {}).map(([n, r]) =>
      r.error
        ? [Number(n).toLocaleString('en-US'), r.error, '', '', '', '', '', '', '']
        : [Number(n).toLocaleString('en-US'), `${f(r.zoom)} ms`, r.drag ? `${f(r.drag)} ms` : '–', typeof r.pan === 'object' ? `${f(r.pan)} ms` : f(r.pan), ms(r.all?.p95), `${split(r.zoom)} ms`,
          r.longAnimationFrames?.supported ? String((r.longAnimationFrames.zoom ?? 0) + (r.longAnimationFrames.drag ?? 0) + (r.longAnimationFrames.pan ?? 0)) : 'n/a',
          Number(n) === 100000 ? `p95 ≤ ${t.frameP95At100k} ms` : '', Number(n) === 100000 ? mark(d.pass?.frameP95At100k) : ''])) + '\n\n';
  const checks = Object.entries(d.ours.frames ?? {})
    .filter(([, r]) => !r.error)
    .map(([n, r]) =>
      `at ${Number(n).toLocaleString('en-US')}: the wheel steps zoomed in ${r.zoomedInBy ?? '?'}× at the innermost point and fired ${r.wheelRangeChangeEvents} timeline-range-change events, ` +
      `the drag ${r.dragRangeChangeEvents ?? '?'}; ` +
      `${typeof r.pan === 'object' ? `the ${r.pan.n} programmatic zoomTo() calls fired ${r.programmaticRangeChangeEvents} (expected 0)` : 'no zoomTo()'}`);
  if (checks.length) md += `Checks that the frames measured real work: ${checks.join('; ')}.\n\n`;
  md += `vis-timeline — ${d.method?.visTimeline ?? ''}\n\n`;
  return md;
}

function bundleSection(result) {
  let md = '## Bundle sizes (`node bench/component/bundle-size.mjs`, also run by bench:component)\n\n';
  const d = result?.data;
  if (!d?.bundles) return md + '> **not available**: bench/results/bundle.json was not written.\n\n';
  if (!result.fresh) md += `> **stale**: written ${result.mtime.toISOString()}, before this run.\n\n`;
  md += 'Minified bytes as shipped, and gzip at level 9 (zlib), of each standalone build.\n\n';
  md += table(['bundle', 'minified', 'gzip -9', 'what is inside', 'target', 'result'], d.bundles.map((b) => [
    `${b.name}${b.version ? ` ${b.version}` : ''}`, b.missing ? `missing: ${b.missing.join(', ')}` : kb(b.bytes), kb(b.gzip), b.note ?? '',
    b.target ? `≤ ${kb(b.target)} gz` : '', b.target ? mark(b.pass) : '',
  ])) + '\n\n';
  const ours = d.bundles.find((b) => b.composition);
  if (ours) {
    md += `What our bundle is made of (minified bytes per package, from its source map): ${ours.composition.map((c) => `${c.owner} ${kb(c.bytes)}`).join(', ')}.\n\n`;
  }
  return md;
}

async function main() {
  const reportOnly = process.argv.includes('--report-only');
  const loadBefore = loadavg()[0];
  const stolen = watchSteal();
  const started = reportOnly ? 0 : Date.now();
  const outcomes = {};
  for (const bench of reportOnly ? [] : BENCHMARKS) {
    const left = WHOLE_RUN_SECONDS - (Date.now() - started) / 1000;
    const limitSeconds = Math.max(30, Math.round(Math.min(bench.limitSeconds, left)));
    const env = bench.lastPartSeconds ? { BENCH_BUDGET_S: String(Math.max(20, limitSeconds - bench.lastPartSeconds)) } : {};
    log(`${bench.script} (limit ${limitSeconds} s) — ${Math.round((Date.now() - started) / 1000)} s elapsed`);
    outcomes[bench.name] = await run({ ...bench, limitSeconds }, env);
    log(`${bench.script}: ${outcomes[bench.name].status}${outcomes[bench.name].detail ? ` (${outcomes[bench.name].detail})` : ''} in ${outcomes[bench.name].seconds} s`);
  }
  for (const bench of BENCHMARKS) outcomes[bench.name] ??= { status: 'ok', detail: 'not run: --report-only', seconds: 0 };
  const results = Object.fromEntries(BENCHMARKS.map((b) => [b.name, readResult(b.result, started)]));
  const bundle = readResult('bundle.json', started);
  const totalSeconds = reportOnly ? 0 : Math.round((Date.now() - started) / 1000);
  const cpu = cpus();
  const machine = [
    ['CPU', `${cpu[0]?.model?.trim() ?? 'unknown'}, ${cpu.length} cores`],
    ['memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['OS', osName()],
    ['Node.js', process.version],
    ['Chromium', results.component?.data?.browser ?? chromiumVersion()],
    ['date', new Date(reportOnly ? Date.now() : started).toISOString().replace(/\.\d+Z$/, 'Z')],
    [
      'whole run',
      reportOnly
        ? 'not timed: rewritten from bench/results/*.json with --report-only (each section says when its file was written)'
        : `${Math.floor(totalSeconds / 60)} min ${totalSeconds % 60} s (\`npm run bench\`)`,
    ],
    ['load average (1 min)', `${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (other work on the machine inflates timings)`],
    ...(reportOnly ? [] : [['CPU steal', stealText(stolen())]]),
  ];
  const md = [
    '# Benchmark results\n',
    'Written by `npm run bench` (bench/run-all.mjs); do not edit by hand. How each benchmark works and how to run one alone: [bench/README.md](README.md). ' +
      'Every figure is the median of repeated runs (counts given per table); the machine is a shared 2-core one, so single timings can move noticeably from one run to the next; the medians are what to compare.\n',
    table(['machine', ''], machine) + '\n',
    table(['benchmark', 'status', 'seconds'], BENCHMARKS.map((b) => [`\`npm run ${b.script}\``, outcomes[b.name].status + (outcomes[b.name].detail ? ` (${outcomes[b.name].detail})` : ''), String(outcomes[b.name].seconds)])) + '\n',
    timexSection(benchmark('timex'), outcomes.timex, results.timex),
    extractSection(benchmark('extract'), outcomes.extract, results.extract),
    eventsSection(benchmark('events'), outcomes.events, results.events),
    componentSection(benchmark('component'), outcomes.component, results.component),
    bundleSection(bundle),
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), md.trimEnd() + '\n');
  log(`wrote bench/RESULTS.md — whole run ${totalSeconds} s`);
  if (Object.values(outcomes).some((o) => o.status !== 'ok')) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`[bench] failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
