import { baseForm } from '../language/morphology.js';
import type { Token } from '../types.js';

const SENTENCE_END = new Set(['.', '!', '?']);

// News repeats its words: each one's dictionary form is worked out once (a bounded cache; the same
// answer either way, so it cannot change a result).
const lemmas = new Map<string, string>();
function lemmaOf(word: string): string {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    if (lemmas.size > 100_000) lemmas.clear();
    lemmas.set(word, (lemma = baseForm(word)));
  }
  return lemma;
}

/**
 * The features the event model reads for one token: the word, its dictionary form, its suffixes and
 * shape, and the words around it. Training (scripts/train-event-model.ts) and recognition call this
 * one function, so the two can never read a token differently.
 */
export function tokenFeatures(tokens: readonly Token[], i: number): string[] {
  return [...wordFeatures(tokens[i].lower), ...contextFeatures(tokens, i)];
}

/** The features of a (lower-case) word alone, the same wherever it stands: so their weights can be summed once per word. */
export function wordFeatures(w: string): string[] {
  return ['b', `w=${w}`, `l=${lemmaOf(w)}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`];
}

/** The features of where a word stands: its shape at that place and the two words on each side. */
export function contextFeatures(tokens: readonly Token[], i: number): string[] {
  const t = tokens[i];
  const w = t.lower;
  // A sentence's first word reads the same whether the tokens are a sentence's or a whole text's.
  const prev = i === 0 || SENTENCE_END.has(tokens[i - 1].lower) ? '<s>' : tokens[i - 1].lower;
  const prev2 = prev === '<s>' || i < 2 || SENTENCE_END.has(tokens[i - 2].lower) ? '<s>' : tokens[i - 2].lower;
  const next = tokens[i + 1]?.lower ?? '</s>';
  const next2 = tokens[i + 2]?.lower ?? '</s>';
  return [
    `sh=${shape(t.text, prev === '<s>' || prev === '"' || prev === '“')}`,
    `p1=${prev}`,
    `p2=${prev2}`,
    `n1=${next}`,
    `n2=${next2}`,
    `p1w=${prev}|${w}`,
    `wn1=${w}|${next}`,
  ];
}

/** A word's shape: lower, Capitalised (sentence-initial or not), UPPER, number, or punctuation. */
function shape(text: string, initial: boolean): string {
  if (/^\p{N}/u.test(text)) return 'd';
  if (!/\p{L}/u.test(text)) return 'p';
  if (text === text.toUpperCase() && text.length > 1) return 'A';
  if (/^\p{Lu}/u.test(text)) return initial ? 'Xi' : 'X';
  return 'x';
}
