import { opensOrderedClause } from '../language/clauses.js';
import { isPastForm } from '../language/morphology.js';
import { gluedInNumber, looksVerb, modifier, type TitleSentence } from './title-sentence.js';
import { ADVERBS, ARTICLES, AUXILIARIES, CLAUSE_OPENERS, POSSESSIVES, PREPOSITIONS, RELATIVES, VERB_ADVERBS } from './title-words.js';

const STOP_PUNCT = new Set([';', ':', '.', '?', '!', '—', '–', '”', '»', '[', ']']);
const QUOTES = new Set(['“', '"', '‘', '«', '”', '»']);
const WH = new Set(['how', 'what', 'why', 'whether']);
/** Particles of phrasal verbs that are also prepositions ("stepped in", "took over", "gave up"). */
const PARTICLES = new Set(['in', 'over', 'up', 'off', 'out', 'down', 'back', 'away']);
/** Days named without a preposition of their own ("Saturday", "yesterday"). */
const DAY_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow)$/;

const isWord = (ts: TitleSentence, i: number) => /^[\p{L}\p{N}$€£]/u.test(ts.tokens[i]?.text ?? '');

/** Whether token `i` is a word that carries content (not an article, a possessive or a preposition). */
const content = (ts: TitleSentence, i: number) => isWord(ts, i) && ![ARTICLES, POSSESSIVES, PREPOSITIONS, AUXILIARIES].some((set) => set.has(ts.tokens[i].lower));

/** The first token of the phrase that ends at token `i`, as far back as `from`: its modifiers and article. */
function phraseBegin(ts: TitleSentence, i: number, from: number): number {
  let k = i;
  while (k > from && (modifier(ts, k - 1) || ARTICLES.has(ts.tokens[k - 1].lower) || POSSESSIVES.has(ts.tokens[k - 1].lower))) k--;
  return k;
}

/**
 * The words after a verb that complete it, as token indices: its object, complement and the phrases
 * that belong to them ("Congress with a list of entities", "to lower its prices for media"), up to
 * where another clause starts: a comma that is not a list's, a clause word, a date after the object,
 * a new subject and its verb, the end of the sentence or `end`.
 */
export function objectAfter(ts: TitleSentence, from: number, end = ts.tokens.length, max = 16): number[] {
  const { tokens } = ts;
  const out: number[] = [];
  let words = 0;
  let wh = false;
  let whVerb = false;
  const last = Math.min(end, tokens.length);
  for (let i = from; i < last && out.length < max; i++) {
    const t = tokens[i];
    const w = t.lower;
    const next = tokens[i + 1];
    const prev = tokens[i - 1]?.lower ?? '';
    if (t.text === '(') {
      // an aside in parentheses is left out: "Apple's 13-inch (33.02-cm) MacBook Pro"
      while (i < tokens.length && tokens[i].text !== ')') i++;
      continue;
    }
    // a particle before a weekday is the verb's, since no phrase says "in Saturday": "Denmark stepped in Saturday"
    if (!words && PARTICLES.has(w) && ts.timex[i + 1] && DAY_WORDS.test(next?.lower ?? '')) {
      out.push(i);
      continue;
    }
    if (ts.timex[i] || (PREPOSITIONS.has(w) && ts.timex[i + 1] && w !== 'of')) {
      // a date right after the verb is skipped ("deliver on Tuesday a speech"); after the object it ends it,
      // with the word that only led to it ("happen beginning next year")
      if (!words) continue;
      // a date inside the phrase ("its decades-long trademark dispute", "the 1991 agreement") is only left out
      const after = tokens.findIndex((_, k) => k > i && !ts.timex[k]);
      if (!PREPOSITIONS.has(w) && after > 0 && /^\p{Ll}/u.test(tokens[after].text) && modifier(ts, after) && !PREPOSITIONS.has(tokens[after].lower) && modifier(ts, out.at(-1)!)) continue;
      // a date between the phrases of one clause ("has a meeting set later Wednesday in Moscow with Lavrov")
      const led = PREPOSITIONS.has(tokens[out.at(-1)!].lower);
      if (!led && after > 0 && PREPOSITIONS.has(tokens[after].lower) && tokens[after].lower !== 'of' && !ts.timex[after + 1] && !CLAUSE_OPENERS.has(tokens[after].lower)) {
        while (out.length && (VERB_ADVERBS.has(tokens[out.at(-1)!].lower) || ADVERBS.has(tokens[out.at(-1)!].lower))) out.pop();
        i = after - 1;
        continue;
      }
      // with the word that only led to it ("happen beginning next year", "called the strike late on Tuesday")
      while (out.length && ['beginning', 'starting', 'ending', 'effective', 'late', 'early', 'earlier', 'later', 'until', 'from', 'since'].includes(tokens[out.at(-1)!].lower)) out.pop();
      break;
    }
    if (QUOTES.has(t.text)) {
      // a quoted name or what the verb quotes goes on ("the “Lion” release", "urged to “review this policy”",
      // "called the software “the most advanced system”"); a long quotation after the object does not
      const close = tokens.findIndex((x, k) => k > i && QUOTES.has(x.text));
      if (words && (close < 0 || close - i > 12) && ['“', '«', '"'].includes(t.text)) break;
      continue;
    }
    if (gluedInNumber(ts, i)) {
      out.push(i); // "500,000", "2:05:37"
      continue;
    }
    if (STOP_PUNCT.has(t.text)) break;
    if (t.text === ',') {
      // a list goes on after a comma ("goods, services or technology", "new, faster iPhone"); an aside or another clause does not
      const list = next && /^\p{Ll}/u.test(next.text) && !ARTICLES.has(next.lower) && !PREPOSITIONS.has(next.lower) && !CLAUSE_OPENERS.has(next.lower) &&
        !['and', 'or', 'but', 'which', 'who', 'that'].includes(next.lower) && !looksVerb(ts, i + 1) && !/ing$/.test(next.lower) &&
        (tokens.slice(i + 2, i + 6).some((x) => x.lower === 'and' || x.lower === 'or') || (words === 1 && /^\p{Ll}/u.test(tokens[out.at(-1)!].text) && modifier(ts, i + 2)));
      const names = ts.name[i - 1] && ts.name[i + 1] && !tokens.slice(i + 1, i + 5).some((x, k) => looksVerb(ts, i + 1 + k) || x.text === ',');
      if (!words || (!list && !names)) break;
      out.push(i);
      continue;
    }
    if (CLAUSE_OPENERS.has(w) && words) break;
    // "resumed in March after the shareholder urged the board": a clause of time tells another happening
    if (opensOrderedClause(tokens, i)) break;
    if (RELATIVES.has(w) && (words || w === 'that')) break;
    // "showed the court how many times the logo appeared": a question after the object, with its one verb
    if (WH.has(w) && words) {
      if (wh || !(modifier(ts, i - 1) || ['just', 'exactly', 'precisely'].includes(prev)) || ARTICLES.has(prev)) break;
      wh = true;
      whVerb = false;
    }
    if (['and', 'or', 'but'].includes(w) && !words) break; // "doubled in 2005 and increased …": no object
    if ((w === 'and' || w === 'or') && words) {
      // "the iPhone and Apple TV" goes on; "… and launched", "… and in a reaction" do not
      if (!next || words >= 5 || (!modifier(ts, i + 1) && !ARTICLES.has(next.lower) && !POSSESSIVES.has(next.lower)) || looksVerb(ts, i + 1) || PREPOSITIONS.has(next.lower)) break;
    }
    // "by saying", "while visiting": a manner or time clause
    if (words && next && ['by', 'while', 'when'].includes(w) && /^\p{Ll}+ing$/u.test(next.text)) break;
    // another verb: "… drew attention"; but "agreed there were many problems" goes on
    const existential = out.length > 0 && ['there', 'it'].includes(tokens[out[0]].lower) && out.every((k, n) => n === 0 || AUXILIARIES.has(tokens[k].lower));
    if (AUXILIARIES.has(w) && prev !== 'to' && !existential) break;
    const whClause = wh && !whVerb && looksVerb(ts, i);
    if (whClause) whVerb = true;
    if (!whClause && looksVerb(ts, i) && !existential && next?.lower !== 'by' && !['to', 'and', 'or'].includes(prev) && !AUXILIARIES.has(prev) && !modifier(ts, i)) {
      if (!words) {
        if (isPastForm(w)) break;
      } else if (isWord(ts, i - 1) && !PREPOSITIONS.has(prev) && !/ly$/.test(prev) && !(isPastForm(prev) && /ly$/.test(tokens[i - 2]?.lower ?? ''))) {
        // (participles after an adverb describe the noun that follows: "the heavily armed demilitarized zone")
        // a new subject and its verb: "After the case closed Apple Computer CEO Steve Jobs extended …" ends at "closed";
        // a name inside a phrase of the object stays ("revealed at the company's annual Conference drew …")
        const start = phraseBegin(ts, i - 1, from);
        if (!PREPOSITIONS.has(tokens[start - 1]?.lower ?? '')) while (out.length && out.at(-1)! >= start) out.pop();
        break;
      }
    }
    out.push(i);
    if (content(ts, i)) words++;
  }
  while (out.length && (!isWord(ts, out.at(-1)!) || VERB_ADVERBS.has(tokens[out.at(-1)!].lower))) out.pop();
  return out;
}

/** The noun phrase that starts at token `from` (with one "of" phrase: "the release of Apple's MacBook Pro"), as token indices. */
export function phraseAfter(ts: TitleSentence, from: number): number[] {
  const { tokens } = ts;
  const out: number[] = [];
  let joined = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '(' && out.length) {
      while (i < tokens.length && tokens[i].text !== ')') i++;
      continue;
    }
    if (ts.timex[i]) {
      if (!out.length && modifier(ts, i + 1)) continue; // "by current Apple CEO Steve Jobs"
      // a date between a determiner and its noun modifies the noun: "the December 15-16 summit"
      let after = i;
      while (ts.timex[after]) after++;
      if (out.length && (ARTICLES.has(tokens[out.at(-1)!].lower) || POSSESSIVES.has(tokens[out.at(-1)!].lower)) && modifier(ts, after) && !looksVerb(ts, after)) {
        i = after - 1;
        continue;
      }
      break;
    }
    const prev = tokens[i - 1]?.lower ?? '';
    if ((ARTICLES.has(t.lower) || POSSESSIVES.has(t.lower)) && (!out.length || prev === 'of')) out.push(i);
    else if (modifier(ts, i) && !looksVerb(ts, i)) out.push(i);
    else if (out.length && joined < 1 && (t.lower === 'of' || t.lower === '&') && (modifier(ts, i + 1) || ARTICLES.has(tokens[i + 1]?.lower ?? ''))) {
      joined++;
      out.push(i);
    } else if (out.length && t.lower === 'and' && ts.name[i - 1] && ts.name[i + 1]) out.push(i);
    else break;
  }
  while (out.length && !isWord(ts, out.at(-1)!)) out.pop();
  return out;
}
