import type { Span, Token } from '../types.js';

/**
 * Words, numbers (with their thousands separators: "4,000", "1,200,000"), dotted abbreviations
 * (U.S., Mr.) and single punctuation marks, with offsets.
 * A final period belongs to the word only for abbreviations, so "said." is `said` + `.`.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d))*\.?|[^\s\p{L}\p{N}]/gu;

/** Abbreviations written with a final period (lower-case, without it). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'rev',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'no', 'nos', 'vol', 'fig', 'pres', 'amb', 'supt', 'insp',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'dept', 'est',
]);

const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** Whether a token ending in "." is an abbreviation or dotted acronym rather than a word + period. */
export function isAbbreviation(word: string): boolean {
  if (!word.endsWith('.')) return false;
  if (DOTTED.test(word)) return true;
  const bare = word.slice(0, -1);
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "J."
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/** Splits `text.slice(span.start, span.end)` into tokens with offsets into `text`. */
export function tokenize(text: string, span: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const start = span.start + m.index;
    if (word.length > 1 && word.endsWith('.') && !isAbbreviation(word)) {
      word = word.slice(0, -1);
      tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length });
      tokens.push({ text: '.', lower: '.', start: start + word.length, end: start + word.length + 1 });
      continue;
    }
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length });
  }
  return tokens;
}

/** Any run of Unicode white space (no-break, thin, ideographic spaces, line breaks) or invisible spacing (zero-width space, BOM). */
const SPACE_RUN = /[\s\u180e\u200b]+/gu;

/** Collapses every kind of white space to one plain space and trims: "Secretary of\u00a0State" → "Secretary of State". */
export function normalizeSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** Whether a word starts with a capital letter (fast path for ASCII; any script otherwise). */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = word[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a UTF-16 code unit can be part of a word: ASCII letters and digits, and anything beyond ASCII except spaces and punctuation. */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return !(c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff || c === 0xab || c === 0xbb);
}

/** The number of words in a text, counted without building them. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordCode(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
export const isWord = (token: Token): boolean => /^[\p{L}\p{N}]/u.test(token.text);

const QUOTE_OPEN = new Set(['“', '‘', '«', '"']);
const QUOTE_CLOSE = new Set(['”', '’', '»', '"']);

/**
 * For each token of a sentence, whether it stands inside double quotation marks. Straight quotes
 * alternate; curly and guillemet quotes open and close explicitly. Single quotes are left out: the
 * same character is the apostrophe.
 */
export function quotedMask(tokens: Token[]): boolean[] {
  const mask: boolean[] = [];
  let inside = false;
  for (const t of tokens) {
    if (t.text === '"') {
      mask.push(inside);
      inside = !inside;
      continue;
    }
    if (t.text === '“' || t.text === '«') {
      mask.push(false);
      inside = true;
      continue;
    }
    if (t.text === '”' || t.text === '»') {
      mask.push(inside);
      inside = false;
      continue;
    }
    mask.push(inside);
  }
  return mask;
}

export { QUOTE_OPEN, QUOTE_CLOSE };

/** FNV-1a over UTF-16 code units, twice with different seeds: a 64-bit hex digest, stable everywhere. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
