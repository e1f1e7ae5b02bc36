/**
 * Which language an article is written in, judged by its body: each paragraph is identified on
 * its own by eld (the Efficient Language Detector, its extra-small database) and counts by its
 * number of letters, so one English quote does not make a Russian article English, nor a German
 * place name an English one German. Why eld and not franc-min: README, "Language identification".
 */
import { eld } from 'eld/extrasmall';
import { LANGUAGE_NAMES } from './language-names.js';

/** The language of a text. */
export interface DetectedLanguage {
  /** ISO 639-1 code (`en`, `ru`), or `und` when the text has too few letters to tell. */
  language: string;
  /** Its English name (`Russian`), when known. */
  name?: string;
  /** The share of the text's letters in paragraphs of that language, 0 to 1 (0 for `und`). */
  confidence: number;
}

/** Texts with fewer letters than this are not judged (`und`). */
const MIN_LETTERS = 20;
/**
 * A long text is judged by the paragraphs at this many evenly spaced points of it (by letters):
 * its body's language is clear from them, and a 1,000-paragraph text costs no more than a short one.
 */
const SAMPLE_POINTS = 8;

const LETTERS = /\p{L}/gu;

/** Letters per language over the paragraphs (lines) judged, and the letters judged in all. */
function letterWeights(text: string): { weights: Map<string, number>; total: number } {
  const paragraphs = String(text)
    .split(/\n+/)
    .map((p) => ({ text: p, letters: p.match(LETTERS)?.length ?? 0 }))
    .filter((p) => p.letters > 0);
  const all = paragraphs.reduce((n, p) => n + p.letters, 0);
  let judged = paragraphs;
  if (paragraphs.length > SAMPLE_POINTS) {
    const step = all / SAMPLE_POINTS;
    let seen = 0;
    let point = step / 2;
    judged = [];
    for (const p of paragraphs) {
      if (seen + p.letters > point) judged.push(p);
      seen += p.letters;
      while (point < seen) point += step;
    }
  }
  const weights = new Map<string, number>();
  let total = 0;
  for (const p of judged) {
    const language = eld.detect(p.text).language;
    if (language) weights.set(language, (weights.get(language) ?? 0) + p.letters);
    total += p.letters;
  }
  return { weights, total };
}

/**
 * The text's language, with the share of its letters that are in that language.
 *
 * @example detectLanguage('Во вторник вечером городские власти закрыли мост…') // { language: 'ru', name: 'Russian', confidence: 1 }
 */
export function detectLanguage(text: string): DetectedLanguage {
  const { weights, total } = letterWeights(text);
  let best = '';
  let bestWeight = 0;
  // Ties go to English, then to the code first in alphabetical order: never to the paragraphs' order.
  const order = (code: string) => (code === 'en' ? '' : code);
  for (const [language, weight] of [...weights].sort((a, b) => (order(a[0]) < order(b[0]) ? -1 : 1)))
    if (weight > bestWeight) [best, bestWeight] = [language, weight];
  if (total < MIN_LETTERS || !best) return { language: 'und', confidence: 0 };
  const name = LANGUAGE_NAMES[best];
  return { language: best, ...(name ? { name } : {}), confidence: Math.round((bestWeight / total) * 1000) / 1000 };
}

/**
 * Why a text cannot be read as an English article, or undefined when it can (or is too short to
 * tell): "the article is in Russian (ru); only English is supported". The text is judged by the
 * language most of its letters are in (English when it has as many as another).
 */
export function languageProblem(text: string): string | undefined {
  const found = detectLanguage(text);
  if (found.language === 'und' || found.language === 'en') return undefined;
  return `the article is in ${found.name ?? 'another language'} (${found.language}); only English is supported`;
}
