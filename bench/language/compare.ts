/**
 * Language identification: franc-min against eld (each database size), on English news and on
 * non-English text found on this machine or written for the project, at paragraph and whole-
 * article length; plus bundle size (esbuild, minified, gzip -9) and speed. Prints the table the
 * data package README shows under "Language identification".
 *
 *   npx tsx --conditions=source bench/language/compare.ts
 *
 * English: 300 articles of the TempEval-3 silver corpus (../shared/timeml/silver, read in place).
 * Non-English: the translations of GNU coreutils' messages in /usr/share/locale (de, fr, es, ru,
 * it, pt, nl, pl, cs, sv, tr), TypeScript's translated diagnostics in node_modules/typescript/lib
 * (cs, de, es, fr, it, pl, pt-br, ru, tr), and the news paragraphs in
 * test/event-data/fixtures/language/news-paragraphs.json (de, fr, es, ru, it, pt, nl). "Mixed":
 * those seven articles with a long English quote first, and seven English articles (1,000+
 * characters) with one of those paragraphs first; each should be judged by its body.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { franc } from 'franc-min';
import { eld as eldXs } from 'eld/extrasmall';
import { eld as eldS } from 'eld/small';
import { eld as eldM } from 'eld/medium';
import { eld as eldL } from 'eld/large';
import { parseTimeml } from '@event-timeline/data';
import { detectLanguage } from '../../packages/event-data/src/input/language.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SILVER = resolve(ROOT, process.env.TIMEML_DIR ?? '../shared/timeml', 'silver');

const ISO3: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', rus: 'ru', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', ces: 'cs', swe: 'sv', tur: 'tr',
};

interface Detector {
  name: string;
  /** ISO 639-1, or '' when the detector will not say. */
  detect: (text: string) => string;
  entry?: string;
}

const DETECTORS: Detector[] = [
  { name: 'franc-min 6.2', detect: (t) => { const l = franc(t); return l === 'und' ? '' : (ISO3[l] ?? l); }, entry: "import { franc } from 'franc-min'; console.log(franc(process.argv[2]));" },
  { name: 'eld 2.1 extrasmall', detect: (t) => eldXs.detect(t).language, entry: "import { eld } from 'eld/extrasmall'; console.log(eld.detect(process.argv[2]).language);" },
  { name: 'eld 2.1 small', detect: (t) => eldS.detect(t).language, entry: "import { eld } from 'eld/small'; console.log(eld.detect(process.argv[2]).language);" },
  { name: 'eld 2.1 medium', detect: (t) => eldM.detect(t).language, entry: "import { eld } from 'eld/medium'; console.log(eld.detect(process.argv[2]).language);" },
  { name: 'eld 2.1 large', detect: (t) => eldL.detect(t).language, entry: "import { eld } from 'eld/large'; console.log(eld.detect(process.argv[2]).language);" },
  { name: 'detectLanguage (shipped: paragraphs weighted by length)', detect: (t) => detectLanguage(t).language.replace('und', '') },
];

type Length = 'sentence' | 'paragraph' | 'article';

interface Sample {
  language: string;
  length: Length;
  text: string;
}

const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const SENTENCE_END = /(?<=[.!?]["”»]?)\s+(?=["“«]?\p{Lu})/u;
const isSentence = (s: string) => s.length >= 40 && s.length <= 150;
/** No command-line options, format directives or code in it: prose. */
const isProse = (s: string) => !/(^|\s)--?\w|%\w|\{\d\}|[<>=]{2}/.test(s);

/** English news: every 8th silver article (about 300), whole, its first two paragraphs of 80+ characters, and their first sentences. */
function english(): Sample[] {
  const files = readdirSync(SILVER).filter((f) => f.endsWith('.tml')).sort();
  const out: Sample[] = [];
  files.forEach((f, i) => {
    if (i % 8) return;
    const text = parseTimeml(readFileSync(join(SILVER, f), 'utf8')).text.trim();
    out.push({ language: 'en', length: 'article', text });
    for (const p of text.split(/\n\s*\n/).map(tidy).filter((s) => s.length >= 80).slice(0, 2)) {
      out.push({ language: 'en', length: 'paragraph', text: p });
      const first = p.split(SENTENCE_END)[0];
      if (isSentence(first)) out.push({ language: 'en', length: 'sentence', text: first });
    }
  });
  return out;
}

/** The translated strings of a GNU .mo catalogue. */
function moStrings(file: string): string[] {
  const buf = readFileSync(file);
  const le = buf.readUInt32LE(0) === 0x950412de;
  const u32 = (at: number) => (le ? buf.readUInt32LE(at) : buf.readUInt32BE(at));
  const [count, transTable] = [u32(8), u32(16)];
  const out: string[] = [];
  for (let i = 1; i < count; i++) {
    const [length, offset] = [u32(transTable + 8 * i), u32(transTable + 8 * i + 4)];
    out.push(buf.toString('utf8', offset, offset + length).split('\0')[0]);
  }
  return out;
}

/**
 * One language's translated strings as samples: 30 single strings of sentence length, 30
 * paragraphs of strings joined up to 200+ characters, and 3 articles of ten such paragraphs.
 */
function samplesOf(language: string, strings: string[]): Sample[] {
  const prose = strings.map(tidy).filter(isProse);
  const sentences = prose.filter(isSentence).slice(0, 30).map((text): Sample => ({ language, length: 'sentence', text }));
  const paragraphs: Sample[] = [];
  let current = '';
  for (const s of prose) {
    current = current ? `${current} ${s}` : s;
    if (current.length >= 200) {
      paragraphs.push({ language, length: 'paragraph', text: current });
      current = '';
    }
    if (paragraphs.length === 30) break;
  }
  const articles: Sample[] = [];
  for (let i = 0; i + 10 <= paragraphs.length; i += 10)
    articles.push({ language, length: 'article', text: paragraphs.slice(i, i + 10).map((p) => p.text).join('\n\n') });
  return [...sentences, ...paragraphs, ...articles];
}

/** Non-English samples by source. */
function foreign(): Record<string, Sample[]> {
  const sets: Record<string, Sample[]> = {};
  const add = (name: string, samples: Sample[]) => (sets[name] ??= []).push(...samples);
  for (const lang of ['de', 'fr', 'es', 'ru', 'it', 'pt', 'nl', 'pl', 'cs', 'sv', 'tr']) {
    const file = `/usr/share/locale/${lang}/LC_MESSAGES/coreutils.mo`;
    if (existsSync(file)) add('coreutils', samplesOf(lang, moStrings(file)));
  }
  for (const [dir, lang] of [['cs', 'cs'], ['de', 'de'], ['es', 'es'], ['fr', 'fr'], ['it', 'it'], ['pl', 'pl'], ['pt-br', 'pt'], ['ru', 'ru'], ['tr', 'tr']]) {
    const file = join(ROOT, 'node_modules/typescript/lib', dir, 'diagnosticMessages.generated.json');
    if (existsSync(file)) add('TypeScript', samplesOf(lang, Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)));
  }
  const news = JSON.parse(readFileSync(join(ROOT, 'test/event-data/fixtures/language/news-paragraphs.json'), 'utf8')) as Record<string, string[]>;
  for (const [language, paras] of Object.entries(news)) {
    if (language.startsWith('_')) continue;
    add('news', [
      ...paras.flatMap((p) => p.split(SENTENCE_END).filter(isSentence).map((text): Sample => ({ language, length: 'sentence', text }))),
      ...paras.map((text): Sample => ({ language, length: 'paragraph', text })),
      { language, length: 'article', text: paras.join('\n\n') },
    ]);
  }
  // Mixed: a body in one language with one long paragraph quoted in another, the quote first.
  const quoteEn = 'An English quote: “We are not going to take any chances with a structure that carries 40,000 vehicles a day, and we will keep it closed for as long as the engineers need,” the commissioner told reporters.';
  const silver = english().filter((s) => s.length === 'article' && s.text.length >= 1000).slice(0, 7);
  add('mixed', [
    ...Object.entries(news).filter(([l]) => !l.startsWith('_')).map(([language, paras]): Sample => ({ language, length: 'article', text: [quoteEn, ...paras].join('\n\n') })),
    ...Object.entries(news).filter(([l]) => !l.startsWith('_')).map(([, paras], i): Sample => ({ language: 'en', length: 'article', text: [paras[0], silver[i].text].join('\n\n') })),
  ]);
  return sets;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');

async function bundleSize(entry: string): Promise<string> {
  const out = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'js' }, bundle: true, minify: true, write: false, format: 'esm', platform: 'browser', logLevel: 'silent' });
  return `${Math.round(gzipSync(out.outputFiles[0].contents, { level: 9 }).length / 1024)} KB`;
}

const en = english();
const sets = foreign();
const all = Object.entries(sets).filter(([name]) => name !== 'mixed').flatMap(([, samples]) => samples);
const LENGTHS: Length[] = ['sentence', 'paragraph', 'article'];
const count = (samples: Sample[]) => LENGTHS.map((l) => samples.filter((s) => s.length === l).length).join(' / ');
console.log(`English: ${count(en)} sentences / paragraphs / articles`);
for (const [name, samples] of Object.entries(sets)) console.log(`${name}: ${count(samples)} (${[...new Set(samples.map((s) => s.language))].join(' ')})`);

const rows: string[] = [];
const details: string[] = [];
for (const d of DETECTORS) {
  const byLength = (samples: Sample[], ok: (s: Sample, l: string) => boolean, asPercent: boolean) =>
    LENGTHS.map((length) => {
      const part = samples.filter((s) => s.length === length);
      const n = part.filter((s) => ok(s, d.detect(s.text))).length;
      return asPercent ? pct(n, part.length) : String(n);
    }).join(' / ');
  const wrongEnglish = byLength(en, (_, l) => l !== '' && l !== 'en', false);
  const rightForeign = byLength(all, (s, l) => l === s.language, true);
  const articles = en.filter((s) => s.length === 'article');
  for (const s of articles) d.detect(s.text);
  const started = performance.now();
  for (let r = 0; r < 5; r++) for (const s of articles) d.detect(s.text);
  const msPerArticle = (performance.now() - started) / 5 / articles.length;
  const size = d.entry ? await bundleSize(d.entry) : '(its detector)';
  rows.push(`| ${d.name} | ${wrongEnglish} | ${rightForeign} | ${size} | ${msPerArticle.toFixed(2)} |`);
  details.push(`| ${d.name} | ${Object.values(sets).map((samples) => byLength(samples, (s, l) => l === s.language, true)).join(' | ')} |`);
}
const meanLength = Math.round(en.filter((s) => s.length === 'article').reduce((n, s) => n + s.text.length, 0) / en.filter((s) => s.length === 'article').length);
console.log(`\n| detector | English news judged non-English (of ${count(en)}) | non-English identified (sentences / paragraphs / articles) | min + gzip | ms per article (${meanLength} characters on average) |`);
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
console.log(`\n| detector | ${Object.keys(sets).join(' | ')} |`);
console.log(`| --- | ${Object.keys(sets).map(() => '---').join(' | ')} |`);
for (const r of details) console.log(r);
