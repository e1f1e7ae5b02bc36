/**
 * The trial corpus' tokens.json as a lookup from character offsets in articles/DOCID.txt to the
 * source's sentence numbers and tokens: how an offset becomes the `SENTENCE` and `WORD` of a gold
 * mention id.
 */

export interface SourceToken {
  start: number;
  end: number;
  sentence: number;
  text: string;
}

interface DocTokens {
  /** In text order. */
  tokens: SourceToken[];
  /** Sentence number and its character range, in text order. */
  sentences: { sentence: number; start: number; end: number }[];
}

export type TokenIndex = ReadonlyMap<string, DocTokens>;

/** The shape of tokens.json (see the corpus README). */
export interface TokensJson {
  articles: Record<string, { tokens: [number, number, number, number, string][]; sentences: Record<string, [number, number]> }>;
}

export function tokenIndex(json: TokensJson): TokenIndex {
  const index = new Map<string, DocTokens>();
  for (const [doc, { tokens, sentences }] of Object.entries(json.articles)) {
    index.set(doc, {
      tokens: tokens.map(([, sentence, start, end, text]) => ({ start, end, sentence, text })).sort((a, b) => a.start - b.start),
      sentences: Object.entries(sentences)
        .map(([n, [start, end]]) => ({ sentence: Number(n), start, end }))
        .sort((a, b) => a.start - b.start),
    });
  }
  return index;
}

/**
 * The number of the source sentence an offset falls in; an offset between two sentences (a blank
 * line) belongs to the next one. Undefined for an unknown document or an offset past the last sentence.
 */
export function sentenceAt(index: TokenIndex, doc: string, offset: number): number | undefined {
  return index.get(doc)?.sentences.find((s) => offset < s.end)?.sentence;
}

/**
 * The source tokens under a character span, as the sentence number and word of a mention id
 * (tokens joined by `_`, as the gold writes `court_case`). Only tokens of the first token's
 * sentence count. Undefined when no token overlaps the span.
 */
export function wordAt(index: TokenIndex, doc: string, start: number, end: number): { sentence: number; word: string } | undefined {
  const under = (index.get(doc)?.tokens ?? []).filter((t) => t.start < end && start < t.end);
  if (under.length === 0) return undefined;
  const sentence = under[0].sentence;
  return { sentence, word: under.filter((t) => t.sentence === sentence).map((t) => t.text).join('_') };
}
