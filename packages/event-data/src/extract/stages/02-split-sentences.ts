import { isCapitalized, tokenize } from '../language/tokens.js';
import type { ArticleCtx, CleanDoc, Sentence, SplitDoc, Token } from '../types.js';

/** Abbreviations that precede a name or a number and so never end a sentence. */
const NEVER_FINAL = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'cmdr', 'rev', 'st', 'pres', 'amb', 'supt', 'insp', 'no', 'nos', 'vol', 'fig', 'mt', 'vs']);

/** Words that commonly open a sentence; after "U.S." or "Inc." they show that a new sentence began. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these',
  'those', 'there', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'in', 'on', 'at', 'after', 'before', 'when', 'while',
  'if', 'as', 'since', 'during', 'earlier', 'later', 'last', 'also', 'still', 'now', 'then', 'some', 'many', 'both', 'one',
  'two', 'no', 'not', 'what', 'who', 'why', 'how', 'according', 'asked', 'officials', 'even',
]);

const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['”', '’', '»', ')', ']', '"', "'"]);
const OPENERS = new Set(['“', '‘', '«', '"', "'", '(', '[']);

/** Whether a token that ends in a period (an abbreviation) also ends the sentence. */
function abbreviationEnds(token: Token, next: Token | undefined): boolean {
  const bare = token.lower.replace(/\.$/, '');
  if (/^\p{L}$/u.test(bare)) return false; // an initial
  if (NEVER_FINAL.has(bare)) return false;
  if (!next) return true;
  return SENTENCE_STARTERS.has(next.lower) && isCapitalized(next.text);
}

/** Whether the token after a terminator can start a new sentence. */
function startsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (OPENERS.has(t.text)) {
    const after = tokens[i + 1];
    return !after || isCapitalized(after.text) || /^\p{N}/u.test(after.text);
  }
  return isCapitalized(t.text) || /^\p{N}/u.test(t.text);
}

/**
 * The most tokens a sentence has: more than twice the longest of the 29,633 sentences of the TempEval-3
 * newswire (108 tokens). Later stages read a sentence's tokens again for each happening in it, so a text
 * with no sentence ends (a list, a transcript without punctuation) would cost them time growing with the
 * square of its length.
 */
const MAX_SENTENCE_TOKENS = 250;
const PAUSES = new Set([',', ';', ':']);

/** A sentence longer than {@link MAX_SENTENCE_TOKENS}, cut after its last comma, semicolon or colon that keeps a piece over half that long, else at that length. */
function cutLong([first, last]: [number, number], tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (last - first + 1 > MAX_SENTENCE_TOKENS) {
    let end = first + MAX_SENTENCE_TOKENS - 1;
    for (let k = end; k > first + MAX_SENTENCE_TOKENS / 2; k--) {
      if (PAUSES.has(tokens[k].text)) {
        end = k;
        break;
      }
    }
    out.push([first, end]);
    first = end + 1;
  }
  out.push([first, last]);
  return out;
}

/** Splits the tokens of one block into sentences: [first, last] token index pairs. */
function split(tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let end = -1;
    if (TERMINATORS.has(t.text)) {
      end = i;
      while (end + 1 < tokens.length && (TERMINATORS.has(tokens[end + 1].text) || (CLOSERS.has(tokens[end + 1].text) && tokens[end + 1].start === tokens[end].end))) end++;
      if (!startsSentence(tokens, end + 1)) end = -1;
    } else if (t.text.length > 1 && t.text.endsWith('.')) {
      // tokenize() keeps a final period only on abbreviations and dotted acronyms
      if (abbreviationEnds(t, tokens[i + 1])) end = i;
    }
    if (end >= 0) {
      out.push([first, end]);
      first = end + 1;
      i = end;
    }
  }
  if (first < tokens.length) out.push([first, tokens.length - 1]);
  return out.flatMap((sentence) => cutLong(sentence, tokens));
}

const DASHES = new Set(['-', '–', '—', '_', '--']);

/**
 * The index of the first token after a wire dateline that opens a paragraph, or 0: a place in
 * capitals ("MILAN", "NEW YORK", "WASHINGTON"), then optionally a date and an agency in
 * parentheses, then a dash: "MILAN, Nov 6 (Reuters) -", "WASHINGTON _". Only the first few tokens
 * are read, and a lower-case word outside the parentheses means it is no dateline.
 */
export function datelineEnd(tokens: Token[], last: number): number {
  const head = tokens[0];
  if (!head || !/^\p{Lu}{2,}$/u.test(head.text.replace(/[.'-]/g, ''))) return 0;
  let inParentheses = false;
  for (let k = 1; k <= Math.min(last - 1, 12); k++) {
    const t = tokens[k].text;
    if (t === '(') inParentheses = true;
    else if (t === ')') inParentheses = false;
    else if (DASHES.has(t) && !inParentheses) return k + 1 <= last ? k + 1 : 0;
    else if (!inParentheses && /^\p{Ll}/u.test(t)) return 0;
  }
  return 0;
}

/**
 * Stage 02: splits every kept block into sentences. Periods of abbreviations (Mr., Sen., U.S.,
 * U.N., initials) do not end a sentence unless a typical sentence opener follows; a sentence
 * ending inside a quotation keeps its closing quote; `“…,” he said.` stays one sentence.
 * Each sentence's `text` is exactly `original.slice(start, end)`.
 */
export function splitSentences(doc: CleanDoc, _ctx: ArticleCtx): SplitDoc {
  const text = doc.article.text;
  const sentences: Sentence[] = [];
  doc.blocks.forEach((block, b) => {
    const tokens = tokenize(text, block);
    for (const [from, last] of split(tokens)) {
      // a wire dateline ("MILAN, Nov 6 (Reuters) -") is where and when the report was filed, not part of its sentence
      const first = from === 0 && block.kind === 'paragraph' ? datelineEnd(tokens, last) : from;
      const start = tokens[first].start;
      const end = tokens[last].end;
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), block: b, kind: block.kind, tokens: tokens.slice(first, last + 1) });
    }
  });
  return { ...doc, sentences };
}
