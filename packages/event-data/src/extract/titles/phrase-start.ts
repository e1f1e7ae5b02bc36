import { looksVerb, modifier, pluralNoun, type TitleSentence } from './title-sentence.js';
import { ARTICLES, NOUN_PREPOSITIONS, POSSESSIVES, PREPOSITIONS } from './title-words.js';

/** Words that join the names of one name: "Bank of America", "AT&T", "Secretary of State". */
export const NAME_JOINERS = new Set(['&', '-', 'of', 'de', 'del', 'du', 'von', 'van', 'for', "'", '’']);
const CLOSING_PUNCT = new Set([',', ';', ':', '“', '”', '"', '(', '—', '–']);

/** A verb after "to" ("to strike the base"), which no noun phrase runs through. */
export const infinitive = (ts: TitleSentence, i: number): boolean => ts.tokens[i - 1]?.lower === 'to' && /^\p{Ll}+$/u.test(ts.tokens[i].text) && !ARTICLES.has(ts.tokens[i].lower) && !POSSESSIVES.has(ts.tokens[i].lower);

/** Whether the token before index `at` puts what follows in someone else's phrase (a preposition or a verb). */
export const governed = (ts: TitleSentence, at: number): boolean => at >= 0 && (PREPOSITIONS.has(ts.tokens[at].lower) || looksVerb(ts, at));

/**
 * The first token of the noun phrase whose last token is `p`, or -1 when `p` ends none: a run of names
 * with the words that describe it ("The Beatles' label Apple Corps", "technology blog Gizmodo"), or a
 * noun with its modifiers and at most `preps` phrases joined to it ("shares of the American company").
 */
export function phraseStart(ts: TitleSentence, p: number, preps = 1): number {
  const { tokens, name } = ts;
  if (p < 0) return -1;
  if (tokens[p].text === ')') {
    let q = p;
    while (q >= 0 && tokens[q].text !== '(') q--;
    return q > 0 ? phraseStart(ts, q - 1, preps) : -1;
  }
  if (!modifier(ts, p) || tokens[p].text === '-') return -1;
  let from: number;
  if (name[p]) {
    let r = p;
    while (r > 0 && (name[r - 1] || (NAME_JOINERS.has(tokens[r - 1].lower) && name[r - 2] && name[r]))) r--;
    let d = r;
    while (d > 0 && r - d < 4 && modifier(ts, d - 1) && !/^\p{N}+$/u.test(tokens[d - 1].text) && !infinitive(ts, d - 1)) d--;
    // a plural noun before a name is not a title that presents it ("the long hours Rex Tillerson and I spent")
    if (d < r && pluralNoun(ts, r - 1)) d = r;
    const before = tokens[d - 1];
    if (d < r && before && (ARTICLES.has(before.lower) || POSSESSIVES.has(before.lower))) from = governed(ts, d - 2) ? r : d - 1;
    else if (d < r && (!before || CLOSING_PUNCT.has(before.text))) from = d;
    else from = r;
    // a run after a preposition that joins two names ("In San Francisco Jobs"): the last name mentioned is the phrase
    if (from === r && PREPOSITIONS.has(tokens[r - 1]?.lower ?? '') && !(r >= 2 && modifier(ts, r - 2) && NOUN_PREPOSITIONS.has(tokens[r - 1].lower))) {
      const inside = ts.here.filter((m) => m.start > tokens[r].start && m.start <= tokens[p].start);
      const last = inside.sort((a, b) => b.start - a.start)[0];
      if (last) from = tokens.findIndex((t) => t.start === last.start);
    }
  } else {
    let k = p;
    while (k > 0 && p - k < 8) {
      const t = tokens[k - 1];
      // a quoted name inside the phrase: the “Lion” release
      if (['”', '"'].includes(t.text) && ['“', '"'].includes(tokens[k - 3]?.text ?? '') && modifier(ts, k - 2)) k -= 3;
      else if (modifier(ts, k - 1) && !infinitive(ts, k - 1)) k--;
      else {
        if ((ARTICLES.has(t.lower) && t.lower !== 'that') || POSSESSIVES.has(t.lower)) k--;
        break;
      }
    }
    from = k;
  }
  // a phrase joined to the noun before it: "talks with Tillerson", "experts in Turkey", "the beginning of the year"
  const s = ARTICLES.has(tokens[from - 1]?.lower ?? '') && tokens[from - 1].lower !== 'that' ? from - 1 : from;
  const prep = tokens[s - 1];
  if (preps > 0 && prep && NOUN_PREPOSITIONS.has(prep.lower) && s >= 2 && modifier(ts, s - 2) && !name[s - 2] && !looksVerb(ts, s - 2) && !infinitive(ts, s - 2)) {
    const outer = phraseStart(ts, s - 2, preps - 1);
    if (outer >= 0) return outer;
  }
  return from;
}
