/**
 * Extraction time against article length (issue #20, item 5): one article of 125,000, 250,000,
 * 500,000 and 1,000,000 characters, and one of 10,000 short dated sentences (5,000 beside it for
 * the ratio). Each is run through `extractEvents` (median of `--runs`, default 3, CPU time of this
 * one-threaded process) and the ratio per doubling of length is printed: about 2 when time grows
 * linearly. Writes bench/results/long-article.json. Target: 1,000,000 characters in ≤ 5 s.
 *
 * The long articles are the paragraphs of real newswire, the TempEval-3 silver corpus read where it
 * lies (`../shared/timeml/silver`, or `TIMEML_SILVER_DIR`; never copied here), in sorted file order,
 * one after another under one headline: the same text at every size, each size a prefix of the next.
 * Without that corpus they are built from the seed articles' sentences (corpus.ts) instead, and the
 * result says so. Same input, same output: no randomness beyond a seeded generator.
 *
 *   npx tsx --conditions=source bench/extract/long-article.ts [--runs N]
 *   npm run bench:extract                  (runs it after the 1,000-article figures)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractEvents, parseTimeml, type ArticleInput } from '../../packages/event-data/src/index.js';
import { syntheticCorpus } from './corpus.js';
import { mulberry32 } from '../component/generate.mjs';
import { median } from '../component/stats.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = [125_000, 250_000, 500_000, 1_000_000];
const SENTENCE_COUNTS = [5_000, 10_000];
const TARGET_SECONDS = 5;

/** Paragraphs of real newswire (one line each), in a fixed order, and where they came from. */
function paragraphs(): { source: string; headline: string; published: string; lines: string[] } {
  const dir = process.env.TIMEML_SILVER_DIR ? resolve(process.env.TIMEML_SILVER_DIR) : resolve(ROOT, '../shared/timeml/silver');
  if (existsSync(dir)) {
    const lines: string[] = [];
    let published = '';
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
      const doc = parseTimeml(readFileSync(join(dir, name), 'utf8'));
      published ||= doc.dct.slice(0, 10);
      for (const p of doc.text.split(/\n\s*\n/)) {
        const line = p.replace(/\s+/g, ' ').trim();
        if (line) lines.push(line);
      }
      if (lines.length > 20_000) break; // well past 1,000,000 characters
    }
    return { source: `TempEval-3 silver corpus (${relative(ROOT, dir)}), paragraphs in sorted file order`, headline: 'Markets, politics and courts: a day of wire reports', published, lines };
  }
  const articles = syntheticCorpus(join(ROOT, 'data/articles'), 400);
  const lines = articles.flatMap((a) => a.text.split('\n').slice(2).filter((l) => l.trim()));
  return { source: 'seed articles recombined (bench/extract/corpus.ts); the silver corpus was not found', headline: articles[0].text.split('\n')[0], published: articles[0].published, lines };
}

/** The headline and as many whole paragraphs as fit in `size` characters, blank lines between. */
function longArticle(size: number, from: ReturnType<typeof paragraphs>): ArticleInput {
  let text = from.headline;
  for (const line of from.lines) {
    if (text.length + 2 + line.length > size) break;
    text += `\n\n${line}`;
  }
  return { id: `long-${size}`, published: from.published, text };
}

const SUBJECTS = ['The city council', 'Acme Motors', 'The central bank', 'Police', 'The health ministry', 'Judge Maria Lopez', 'The union', 'Northwind Airlines', 'The prime minister', 'Rescue teams', 'The board of Globex', 'Senator John Reed'];
const PREDICATES = ['approved the bridge contract', 'filed for bankruptcy', 'raised interest rates', 'arrested two suspects', 'banned the import of the drug', 'sentenced the former mayor', 'called a strike', 'cancelled forty flights', 'resigned', 'found three survivors', 'announced a merger with Initech', 'visited the flooded town'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `count` short dated sentences, four to a paragraph, from a seeded generator. */
function datedSentences(count: number): ArticleInput {
  const random = mulberry32(20_200_105);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const date = (): string => {
    const r = random();
    if (r < 0.4) return `on ${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2000 + Math.floor(random() * 16)}`;
    if (r < 0.7) return `in ${pick(MONTHS)} ${2000 + Math.floor(random() * 16)}`;
    if (r < 0.9) return `on ${pick(DAYS)}`;
    return `in ${1990 + Math.floor(random() * 26)}`;
  };
  const lines = ['Council, courts and companies: what happened when'];
  for (let n = 0; n < count; n += 4) {
    const sentences = Array.from({ length: Math.min(4, count - n) }, () => `${pick(SUBJECTS)} ${pick(PREDICATES)} ${date()}.`);
    lines.push(sentences.join(' '));
  }
  return { id: `sentences-${count}`, published: '2016-01-15', text: lines.join('\n\n') };
}

interface Timing {
  name: string;
  chars: number;
  sentences?: number;
  events: number;
  /** Median CPU seconds of the process (one thread). */
  seconds: number;
  wallSeconds: number;
  runsSeconds: number[];
  /** Time of this size over time of the size before it (half as long). */
  ratio?: number;
}

function time(article: ArticleInput, runs: number, sentences?: number): Timing {
  const cpu: number[] = [];
  const wall: number[] = [];
  let events = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const before = process.cpuUsage();
    const result = extractEvents([article]);
    const used = process.cpuUsage(before);
    wall.push((performance.now() - t) / 1000);
    cpu.push((used.user + used.system) / 1e6);
    if (result.failures.length) throw new Error(`${article.id} was not extracted: ${result.failures[0].reason}`);
    events = result.dataset.events.length;
  }
  const round = (s: number) => Math.round(s * 1000) / 1000;
  return { name: article.id, chars: article.text.length, sentences, events, seconds: round(median(cpu)), wallSeconds: round(median(wall)), runsSeconds: cpu.map(round) };
}

/** Runs the long-article benchmark, prints a table and writes bench/results/long-article.json. */
export function longArticleBench(runs = 3): void {
  const from = paragraphs();
  console.log(`bench:extract long articles: ${from.source}; median of ${runs} runs`);
  extractEvents([longArticle(20_000, from)]); // warm-up: JIT and lexicon tables
  const withRatios = (timings: Timing[]) => timings.map((t, i) => (i ? { ...t, ratio: Math.round((t.seconds / timings[i - 1].seconds) * 100) / 100 } : t));
  const articles = withRatios(SIZES.map((size) => time(longArticle(size, from), runs)));
  const sentences = withRatios(SENTENCE_COUNTS.map((count) => time(datedSentences(count), runs, count)));
  const million = articles[articles.length - 1];
  const result = {
    benchmark: 'long-article',
    method: `extractEvents on one article at a time, in one Node.js process (one core); seconds are the median CPU time of ${runs} runs. Long articles: ${from.source}, under one headline, each size a prefix of the next. Dated sentences: short sentences "<subject> <predicate> <date>." from a seeded generator, four to a paragraph. ratio = time of a size over the time of the size half as long (2 when time is linear in length).`,
    runs,
    articles,
    sentences,
    target: { seconds: TARGET_SECONDS, chars: million.chars },
    pass: million.seconds <= TARGET_SECONDS,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/long-article.json'), `${JSON.stringify(result, null, 2)}\n`);
  const row = (t: Timing) => `| ${t.sentences ? `${t.sentences.toLocaleString('en')} dated sentences (${t.chars.toLocaleString('en')} chars)` : `${t.chars.toLocaleString('en')} characters`} | ${t.seconds.toFixed(2)} s | ${t.ratio?.toFixed(2) ?? ''} | ${t.events} |`;
  console.log(`\n| article | CPU time | ratio per doubling | events |\n|---|---|---|---|\n${[...articles, ...sentences].map(row).join('\n')}\n`);
  console.log(`1,000,000 characters in ${million.seconds.toFixed(2)} s (target ≤ ${TARGET_SECONDS} s): ${result.pass ? 'pass' : 'FAIL'}`);
  console.log('wrote bench/results/long-article.json');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number ≥ 1, got ${process.argv[at + 1]}`);
  longArticleBench(runs);
}
