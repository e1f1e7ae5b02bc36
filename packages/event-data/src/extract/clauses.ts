import type { Span, Token } from './types.js';

/** Words that open a subordinate or relative clause. */
const OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'whether', 'if', 'where', 'when']);
/** Punctuation that separates clauses. */
const SEPARATORS = new Set([';', ':', '–', '—', '(', ')', '“', '”', '"', '«', '»']);
/** Verbs after which a complement clause starts without "that" ("Trump said he broke …"). */
const COMPLEMENT_VERBS = new Set(['said', 'says', 'say', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'knew', 'know', 'hope', 'hopes', 'hoped', 'added', 'stressed', 'insisted', 'claimed', 'warned', 'noted']);
const NOT_SUBJECT = new Set([',', '.', 'that', 'in', 'on', 'at', 'to', 'for', 'with', 'after', 'during', 'by', 'of', 'from', 'following', 'adding', 'referring']);

/**
 * Cuts a sentence's tokens into clauses and returns, for each token, the index of its clause, plus
 * the clauses' spans. A clause starts at separating punctuation, at a subordinating or relative
 * word, at ", but", and after a verb of saying or thinking followed by its complement.
 */
const memo = new WeakMap<Token[], { of: number[]; spans: Span[] }>();

export function clauses(tokens: Token[]): { of: number[]; spans: Span[] } {
  let known = memo.get(tokens);
  if (!known) memo.set(tokens, (known = cut(tokens)));
  return known;
}

function cut(tokens: Token[]): { of: number[]; spans: Span[] } {
  const of: number[] = [];
  const spans: Span[] = [];
  let current = 0;
  let start = 0;
  const open = (i: number) => {
    if (i > start) {
      spans.push({ start: tokens[start].start, end: tokens[i - 1].end });
      current++;
      start = i;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (SEPARATORS.has(t.text)) open(i);
    else if (OPENERS.has(t.lower) && prev && prev.lower !== 'so' && prev.lower !== 'such') open(i);
    else if (t.lower === 'but' && prev?.text === ',') open(i);
    else if (prev && COMPLEMENT_VERBS.has(prev.lower) && !NOT_SUBJECT.has(t.lower)) open(i);
    of.push(current);
  }
  if (tokens.length) spans.push({ start: tokens[start].start, end: tokens[tokens.length - 1].end });
  return { of, spans };
}
