/**
 * `npm run bench:events`: the quality of the extracted events, and the speed of extraction.
 * 1. SemEval-2015 Task 4 trial corpus (../shared/semeval15-trial/): the README's offset-free check
 *    (entity, document, sentence, date), cross-article merges, and the official temporal-awareness
 *    measure over per-entity timeline files written to a temporary folder;
 * 2. title checks on the events of the trial corpus and of the seed articles in data/articles/;
 * 3. TimeML event recognition on the TempEval-3 corpus (bench/timex's development/held-out split);
 * 4. speed: articles per second on the trial corpus.
 * Writes bench/results/events.json.
 *
 *   npm run bench:events               3 speed runs
 *   npm run bench:events -- --runs 5   more speed runs
 * Env: SEMEVAL15_TRIAL_DIR (trial corpus), TIMEML_DIR (TempEval-3 corpus).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractEvents, type TimelineEvent } from '../../packages/event-data/src/index.js';
import { readArticleFolder } from './article-folder.js';
import { choosePredictor, loadEventCorpus, scoreRecognition, type RecognitionScore } from './event-recognition.js';
import { mergeCheck } from './merge-check.js';
import { goldEntries, sentenceCheck, systemEntries } from './sentence-check.js';
import { trialPartIds } from './trial-split.js';
import { scoreTimeLinks } from './time-links.js';
import { scoreOwnGold } from './own-gold.js';
import { scoreSystemTimelines } from './system-timelines.js';
import { awarenessScores } from './temporal-awareness.js';
import { sampleTitles, titleChecks } from './title-checks.js';
import { loadTrialCorpus } from './trial-corpus.js';
import { median } from '../component/stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const argRuns = process.argv.indexOf('--runs');
const runs = argRuns > 0 ? Number(process.argv[argRuns + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number ≥ 1, got ${process.argv[argRuns + 1]}`);

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const round = (x: number, digits = 4) => Number(x.toFixed(digits));

// ---------- 1. the trial corpus ----------
const trial = loadTrialCorpus();
const extracted = extractEvents(trial.articles);
const events: TimelineEvent[] = extracted.dataset.events;
console.log(`bench:events — SemEval-2015 Task 4 trial corpus at ${trial.dir}: ${trial.articles.length} articles, ${trial.entities.length} target entities`);
console.log(`  extractEvents: ${events.length} events, ${extracted.failures.length} articles failed${extracted.failures.length ? ` (${extracted.failures.map((f) => `${f.articleId}: ${f.reason}`).join('; ')})` : ''}`);
const withTrigger = events.flatMap((e) => e.mentions).filter((m) => 'trigger' in m).length;
console.log(`  mentions with a trigger span: ${withTrigger} of ${events.reduce((n, e) => n + e.mentions.length, 0)}`);

const check = sentenceCheck(goldEntries(trial.gold), systemEntries(events, trial.entities, trial.tokens));
console.log('\n1a. offset-free check (entity, document, sentence, date; dates equal at the coarser precision)');
console.log(`  recall          ${pct(check.recall)}  (${check.goldFound} of ${check.goldEntries} gold entries found with a compatible date)`);
console.log(`  recall, no date ${pct(check.recallIgnoringDates)}  (${check.goldSentenceFound} of ${check.goldEntries} found in their sentence at all)`);
console.log(`  precision       ${pct(check.precision)}  (${check.systemFound} of ${check.systemEntries} dated system entries in gold; ${check.systemUndated} without a single year not counted)`);
const parts = (['development', 'held-out'] as const).map((part) => {
  const ids = trialPartIds(trial.articles.map((a) => a.id), part);
  const gold = goldEntries(trial.gold).filter((e) => ids.has(e.doc));
  const system = systemEntries(events, trial.entities, trial.tokens).filter((e) => ids.has(e.doc));
  return { part, articles: ids.size, check: sentenceCheck(gold, system) };
});
for (const { part, articles, check: c } of parts)
  console.log(`  ${part.padEnd(12)} ${String(articles).padStart(2)} articles: recall ${pct(c.recall)} (${c.goldFound}/${c.goldEntries}), no date ${pct(c.recallIgnoringDates)}, precision ${pct(c.precision)} (${c.systemFound}/${c.systemEntries})`);
console.log('  entity                gold  found  found (no date)  system  system found');
for (const [entity, r] of Object.entries(check.byEntity)) {
  console.log(`  ${entity.padEnd(20)} ${String(r.gold).padStart(5)} ${String(r.found).padStart(6)} ${String(r.sentenceFound).padStart(16)} ${String(r.system).padStart(7)} ${String(r.systemFound).padStart(12)}`);
}

const merges = mergeCheck(trial.gold, events, trial.tokens);
console.log('\n1b. cross-article merges (gold events reported by 2+ articles; matched by sentence)');
console.log(`  merged ${merges.merged} of ${merges.multiArticle}; split ${merges.split}; found in fewer than 2 of their articles ${merges.notFound}`);

const official = scoreSystemTimelines(trial.gold, events, trial.tokens);
const officialScores = awarenessScores(official.counts);
console.log('\n1c. official measure (TempEval-3 temporal awareness over the timeline graphs, micro-averaged over the 6 entities)');
console.log(`  timelines written to ${official.dir}: ${official.mentions} mentions with a DOCID-SENTENCE-WORD id`);
console.log(`  precision ${pct(officialScores.precision)}  recall ${pct(officialScores.recall)}  F1 ${pct(officialScores.f1)}  ` +
  `(system relations implied by gold ${official.counts.systemImplied}/${official.counts.system}, gold relations implied by system ${official.counts.goldImplied}/${official.counts.gold})`);
if (official.mentions === 0) console.log('  (no mention carries a trigger span yet, so no event can be named by its word: the measure has nothing to score)');

// ---------- 2. titles ----------
const seeds = readArticleFolder(join(ROOT, 'data/articles'));
const seedEvents = extractEvents(seeds).dataset.events;
const titles = [...events, ...seedEvents].map((e) => e.title);
const titleShares = titleChecks(titles);
const samples = sampleTitles(titles, 15);
console.log(`\n2. titles of ${titles.length} events (${events.length} trial corpus, ${seedEvents.length} from the ${seeds.length} seed articles)`);
console.log(`  start with a name ${pct(titleShares.startsWithName)}; contain a finite verb ${pct(titleShares.hasFiniteVerb)}; both ${pct(titleShares.nameAndVerb)}; ` +
  `3-12 words ${pct(titleShares.threeToTwelveWords)}; one word ${pct(titleShares.oneWord)}`);
for (const title of samples) console.log(`    ${title}`);

// ---------- 3. TimeML event recognition ----------
const predictor = choosePredictor();
const eventCorpus = await loadEventCorpus();
const recognition: Record<'development' | 'heldOut', RecognitionScore> = {
  development: scoreRecognition(eventCorpus.development, predictor),
  heldOut: scoreRecognition(eventCorpus.heldOut, predictor),
};
console.log(`\n3. TimeML event recognition on TempEval-3 (${eventCorpus.dir}), predictor: ${predictor.name}`);
console.log('  part      docs   gold  predicted  matched   P       R       F1      exact F1  class acc');
for (const [part, s] of Object.entries(recognition)) {
  console.log(`  ${part.padEnd(9)} ${String(s.documents).padStart(4)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(10)} ${String(s.matched).padStart(8)}   ` +
    `${pct(s.precision).padEnd(7)} ${pct(s.recall).padEnd(7)} ${pct(s.f1).padEnd(7)} ${pct(s.exactF1).padEnd(9)} ${s.classAccuracy === undefined ? 'n/a (no classes)' : pct(s.classAccuracy)}`);
}

// ---------- 3b. event–time links ----------
const readSources = (docs: { path: string }[]) => docs.map((d) => readFileSync(join(eventCorpus.dir, d.path), 'utf8'));
const links = { development: scoreTimeLinks(readSources(eventCorpus.development)), heldOut: scoreTimeLinks(readSources(eventCorpus.heldOut)) };
console.log('\n3b. event–time links (TLINKs placing an EVENT at a TIMEX3 of the text): is the extracted event dated by that expression?');
for (const [part, l] of Object.entries(links))
  console.log(`  ${part.padEnd(11)} gold links ${String(l.gold).padStart(4)}; event extracted ${String(l.found).padStart(4)}; dated by the linked expression ${String(l.same).padStart(4)} (${pct(l.found ? l.same / l.found : 0)}), with its date ${String(l.sameDate).padStart(4)} (${pct(l.found ? l.sameDate / l.found : 0)})`);

// ---------- 3c. own gold ----------
const own = scoreOwnGold();
console.log(`\n3c. own gold (bench/events/own-gold: ${own.happenings} dated happenings in 5 articles of other kinds, held out)`);
console.log(`  found with a nesting date ${own.found} of ${own.happenings} (${pct(own.found / own.happenings)}); exact date ${own.exactDate}; type right ${own.typeRight} of ${own.found} (${pct(own.found ? own.typeRight / own.found : 0)})`);
console.log(`  events that are such happenings ${own.eventsReal} of ${own.events} (${pct(own.events ? own.eventsReal / own.events : 0)})`);
for (const m of own.matched) console.log(`    ${m.gold.padEnd(34)} ${m.date.padEnd(16)} ${m.type.padEnd(10)} ${m.title}`);
if (own.misses.length) console.log(`  missed: ${own.misses.join('; ')}`);

// ---------- 4. speed ----------
const wall: number[] = [];
const cpu: number[] = [];
for (let r = 0; r < runs; r++) {
  const used = process.cpuUsage();
  const t = performance.now();
  extractEvents(trial.articles);
  wall.push((performance.now() - t) / 1000);
  const u = process.cpuUsage(used);
  cpu.push((u.user + u.system) / 1e6);
}
const perSecond = trial.articles.length / median(cpu);
const wallPerSecond = trial.articles.length / median(wall);
console.log(`\n4. speed on the trial corpus (${trial.articles.length} articles), median of ${runs} runs after the scored run:`);
console.log(`  ${perSecond.toFixed(0)} articles/s on one core (CPU time ${median(cpu).toFixed(3)} s); wall clock ${wallPerSecond.toFixed(0)} articles/s (load ${loadavg()[0].toFixed(1)})`);

const result = {
  benchmark: 'events',
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, platform: `${platform()} ${release()}`, node: process.version },
  trial: {
    articles: trial.articles.length,
    events: events.length,
    failures: extracted.failures.length,
    mentionsWithTrigger: withTrigger,
    sentenceCheck: { ...check, recall: round(check.recall), precision: round(check.precision), recallIgnoringDates: round(check.recallIgnoringDates) },
    sentenceCheckParts: Object.fromEntries(parts.map(({ part, articles, check: c }) => [part, { articles, goldEntries: c.goldEntries, recall: round(c.recall), recallIgnoringDates: round(c.recallIgnoringDates), precision: round(c.precision) }])),
    merges: { multiArticle: merges.multiArticle, merged: merges.merged, split: merges.split, notFound: merges.notFound, outcomes: merges.outcomes },
    official: {
      mentions: official.mentions,
      ...official.counts,
      precision: round(officialScores.precision),
      recall: round(officialScores.recall),
      f1: round(officialScores.f1),
      byEntity: official.byEntity,
    },
  },
  titles: { ...titleShares, ...Object.fromEntries(Object.entries(titleShares).filter(([k]) => k !== 'titles').map(([k, v]) => [k, round(v)])), samples },
  timeLinks: links,
  ownGold: { ...own, matched: undefined },
  recognition: {
    predictor: predictor.name,
    development: JSON.parse(JSON.stringify(recognition.development), (_, v) => (typeof v === 'number' ? round(v) : v)),
    heldOut: JSON.parse(JSON.stringify(recognition.heldOut), (_, v) => (typeof v === 'number' ? round(v) : v)),
  },
  speed: {
    articles: trial.articles.length,
    runs,
    articlesPerSecond: Math.round(perSecond),
    wallArticlesPerSecond: Math.round(wallPerSecond),
    cpuSeconds: cpu.map((s) => round(s, 3)),
    wallSeconds: wall.map((s) => round(s, 3)),
    loadAverage: loadavg().map((x) => round(x, 2)),
  },
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/events.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log('\nwrote bench/results/events.json');
