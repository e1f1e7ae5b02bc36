import { baseForm } from '../morphology.js';
import type { Token } from '../types.js';

const SENTENCE_END = new Set(['.', '!', '?']);

/**
 * The features the event model reads for one token: the word, its dictionary form, its suffixes and
 * shape, and the words around it. Training (scripts/train-event-model.ts) and recognition call this
 * one function, so the two can never read a token differently.
 *
 * `tags` are coarse part-of-speech tags for the same tokens when a tagger gave them (else omitted).
 */
export function tokenFeatures(tokens: readonly Token[], i: number, tags?: readonly string[]): string[] {
  const t = tokens[i];
  const w = t.lower;
  // A sentence's first word reads the same whether the tokens are a sentence's or a whole text's.
  const prev = i === 0 || SENTENCE_END.has(tokens[i - 1].lower) ? '<s>' : tokens[i - 1].lower;
  const prev2 = prev === '<s>' || i < 2 || SENTENCE_END.has(tokens[i - 2].lower) ? '<s>' : tokens[i - 2].lower;
  const next = tokens[i + 1]?.lower ?? '</s>';
  const next2 = tokens[i + 2]?.lower ?? '</s>';
  const features = [
    'b',
    `w=${w}`,
    `l=${baseForm(w)}`,
    `s3=${w.slice(-3)}`,
    `s2=${w.slice(-2)}`,
    `sh=${shape(t.text, prev === '<s>' || prev === '"' || prev === '“')}`,
    `p1=${prev}`,
    `p2=${prev2}`,
    `n1=${next}`,
    `n2=${next2}`,
    `p1w=${prev}|${w}`,
    `wn1=${w}|${next}`,
  ];
  if (tags) {
    const tag = tags[i] ?? 'X';
    const prevTag = tags[i - 1] ?? '<s>';
    const nextTag = tags[i + 1] ?? '</s>';
    features.push(`t=${tag}`, `pt=${prevTag}`, `nt=${nextTag}`, `ptt=${prevTag}|${tag}`, `tw=${tag}|${w}`, `ttn=${tag}|${nextTag}`);
  }
  return features;
}

/** A word's shape: lower, Capitalised (sentence-initial or not), UPPER, number, or punctuation. */
function shape(text: string, initial: boolean): string {
  if (/^\p{N}/u.test(text)) return 'd';
  if (!/\p{L}/u.test(text)) return 'p';
  if (text === text.toUpperCase() && text.length > 1) return 'A';
  if (/^\p{Lu}/u.test(text)) return initial ? 'Xi' : 'X';
  return 'x';
}
