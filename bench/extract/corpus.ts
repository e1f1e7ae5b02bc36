/**
 * A synthetic but realistic corpus for the extraction benchmark: articles of about 4 KB built by
 * recombining the sentences of the seed articles in data/articles, with people, places and
 * publication dates varied by a seeded generator (same seed, same corpus), and web furniture
 * (appeals, disclaimers, comment widgets) appended to some, as on real pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 as rng } from '../component/generate.mjs';
import { cleanText, splitSentences, DEFAULT_OPTIONS, type ArticleInput } from '../../packages/event-data/src/extract/index.js';

const SWAPS: Array<[RegExp, string[]]> = [
  [/\bTillerson\b/g, ['Tillerson', 'Kerry', 'Pompeo', 'Blinken', 'Clinton']],
  [/\bLavrov\b/g, ['Lavrov', 'Ryabkov', 'Shoigu', 'Peskov']],
  [/\bPutin\b/g, ['Putin', 'Medvedev', 'Mishustin']],
  [/\bTrump\b/g, ['Trump', 'Obama', 'Biden']],
  [/\bMoscow\b/g, ['Moscow', 'Geneva', 'Vienna', 'Helsinki', 'Sochi']],
  [/\bNew York\b/g, ['New York', 'Washington', 'Brussels', 'Paris']],
  [/\bSyria\b/g, ['Syria', 'Libya', 'Ukraine', 'Iraq']],
];
const FURNITURE = [
  'Help us grow. Support The Duran on Patreon!',
  'The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of this site.',
  'What do you think?\n\nNotify of\nInline Feedbacks\nView all comments',
  'Photo: Stanislav Krasilnikov/TASS',
];

/** Seed sentences, grouped by article, read with the pipeline's own cleaning and splitting. */
function seedSentences(dir: string): { headlines: string[]; sentences: string[] } {
  const meta: Array<{ id: string; published: string }> = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8'));
  const headlines: string[] = [];
  const sentences: string[] = [];
  for (const m of meta) {
    const article = { id: m.id, published: m.published, text: readFileSync(join(dir, `${m.id}.txt`), 'utf8') };
    const ctx = { articleId: m.id, dct: m.published, options: DEFAULT_OPTIONS };
    const doc = splitSentences(cleanText(article, ctx), ctx);
    for (const s of doc.sentences) (s.kind === 'headline' ? headlines : s.kind === 'paragraph' ? sentences : []).push(s.text);
  }
  return { headlines, sentences };
}

/** `count` articles of about `bytes` characters each. */
export function syntheticCorpus(dir: string, count = 1000, bytes = 4096, seed = 20170412): ArticleInput[] {
  const random = rng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const { headlines, sentences } = seedSentences(dir);
  const articles: ArticleInput[] = [];
  for (let n = 0; n < count; n++) {
    const swaps = SWAPS.map(([re, names]) => [re, pick(names)] as const);
    const vary = (text: string) => swaps.reduce((t, [re, name]) => t.replace(re, name), text);
    const parts = [vary(pick(headlines)), ''];
    let size = parts[0].length;
    while (size < bytes * 0.9) {
      const paragraph = Array.from({ length: 1 + Math.floor(random() * 3) }, () => vary(pick(sentences))).join(' ');
      parts.push(paragraph, '');
      size += paragraph.length + 2;
    }
    if (random() < 0.5) parts.push(pick(FURNITURE));
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    articles.push({ id: `synthetic-${String(n).padStart(4, '0')}`, published: day, text: parts.join('\n') });
  }
  return articles;
}
