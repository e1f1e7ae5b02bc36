import { clauseParts, type ClauseParts } from './clause-title.js';
import { LIGHT_VERBS } from '../triggers/lexicon.js';
import { isPastForm } from '../language/morphology.js';
import { phraseAfter } from './object-words.js';
import { referentKind, resolveReferent } from './referents.js';
import { looksVerb, modifier, render, span, type TitleSentence } from './title-sentence.js';
import { ARTICLES, AUXILIARIES, CLAUSE_OPENERS, NOUN_PREPOSITIONS, POSSESSIVES, PREPOSITIONS, VERB_ADVERBS } from './title-words.js';
import { verbGroup } from './verb-group.js';

/** The first token of the noun phrase whose head (or a modifier of it) is token `i`: its modifiers and article. */
function phraseFrom(ts: TitleSentence, i: number): number {
  const verbal = (k: number) => {
    const t = ts.tokens[k];
    // a light verb, or a present tense after a name ("Jobs gives opening keynote")
    return LIGHT_VERBS.has(t.lower) || AUXILIARIES.has(ts.tokens[k - 1]?.lower ?? '') || (/^\p{Ll}{3,}s$/u.test(t.text) && !/(ss|us|is)$/.test(t.lower) && ts.name[k - 1]) || (looksVerb(ts, k) && !ARTICLES.has(ts.tokens[k - 1]?.lower ?? ''));
  };
  let k = i;
  while (k > 0 && i - k < 4 && modifier(ts, k - 1) && !ts.timex[k - 1] && !verbal(k - 1)) k--;
  const before = ts.tokens[k - 1]?.lower ?? '';
  return ARTICLES.has(before) || POSSESSIVES.has(before) ? k - 1 : k;
}

/**
 * The clause of a noun that is the object of a verb: "Jobs gave his annual opening keynote to …",
 * "Russia launched a massive missile attack on Kyiv". Undefined when no verb with a subject governs it.
 */
export function governingClause(ts: TitleSentence, i: number): ClauseParts | undefined {
  const from = phraseFrom(ts, i);
  const g = from - 1;
  const verb = ts.tokens[g];
  if (!verb || ts.timex[g] || ts.name[g] || AUXILIARIES.has(verb.lower) && !LIGHT_VERBS.has(verb.lower)) return undefined;
  // a light verb, a verb, or a base form after a modal ("could call further strikes")
  if (!LIGHT_VERBS.has(verb.lower) && !looksVerb(ts, g) && !(AUXILIARIES.has(ts.tokens[g - 1]?.lower ?? '') && /^\p{Ll}+$/u.test(verb.text))) return undefined;
  const parts = clauseParts(ts, g, 1, { objectFrom: from });
  return parts.subject && parts.object ? parts : undefined;
}

/** The clause of the verb whose phrase the noun stands in: "the release is scheduled for release next summer" → "… scheduled for release". */
export function prepositionClause(ts: TitleSentence, i: number): ClauseParts | undefined {
  const from = phraseFrom(ts, i);
  const g = from - 2;
  if (!PREPOSITIONS.has(ts.tokens[from - 1]?.lower ?? '') || g < 0 || !looksVerb(ts, g) || AUXILIARIES.has(ts.tokens[g].lower)) return undefined;
  const parts = clauseParts(ts, g, 1);
  return parts.subject ? parts : undefined;
}

/**
 * The clause a short noun phrase is the subject of: "Floods kill 12 in northern Italy", "New settlement
 * replaces 1991 agreement" (not a copula: "The agreement was that …" says no more than the noun).
 */
export function subjectClause(ts: TitleSentence, i: number, width: number, short = true): ClauseParts | undefined {
  let v = i + width;
  if (/^\p{Ll}+$/u.test(ts.tokens[v]?.text ?? '') && modifier(ts, v) && !looksVerb(ts, v)) v++; // "email announcement"
  // the noun's own phrases and its date before the verb: "An explosion at a chemical plant on Monday injured 12
  // workers", "a mortar attack Friday that killed four children" (a relative clause on the noun is its clause too)
  for (let phrases = 0; phrases < 3 && v < ts.tokens.length; phrases++) {
    if (ts.timex[v] || (PREPOSITIONS.has(ts.tokens[v].lower) && ts.timex[v + 1])) {
      v++;
      while (ts.timex[v]) v++;
      continue;
    }
    if (!NOUN_PREPOSITIONS.has(ts.tokens[v].lower)) break;
    const np = phraseAfter(ts, v + 1);
    if (!np.length) break;
    v = np.at(-1)! + 1;
  }
  if (/^(?:that|which)$/.test(ts.tokens[v]?.lower ?? '') && v > i + width) v++;
  const reached = v > i + width + 1;
  while (VERB_ADVERBS.has(ts.tokens[v]?.lower ?? '')) v++;
  const t = ts.tokens[v];
  if (!t || AUXILIARIES.has(t.lower) || !looksVerb(ts, v) || ts.timex[v]) return undefined;
  // beside a noun phrase that already tells something, "took place", "happened" and a verb with nothing after it
  // ("Trial in Berlin accuses") say no more
  if (!short && (/^(?:happen|occur)/.test(t.lower) || (/^t[ao]ok/.test(t.lower) && ts.tokens[v + 1]?.lower === 'place'))) return undefined;
  const parts = clauseParts(ts, v, 1);
  if ((!short || reached) && !parts.object) return undefined;
  return parts.subject && parts.subject.from <= i && parts.subject.to >= i + width ? parts : undefined;
}

/**
 * The passive a noun is the subject of: "a class-action lawsuit was filed against Apple" → "Class-action
 * lawsuit filed against Apple", "the deal was approved by regulators" → "Regulators approve deal".
 */
export function passiveClause(ts: TitleSentence, i: number, width: number): ClauseParts | undefined {
  let v = i + width;
  if (!AUXILIARIES.has(ts.tokens[v]?.lower ?? '')) return undefined;
  while (v < ts.tokens.length && (AUXILIARIES.has(ts.tokens[v].lower) || VERB_ADVERBS.has(ts.tokens[v].lower))) v++;
  if (!ts.tokens[v] || !isPastForm(ts.tokens[v].lower) || !verbGroup(ts, v).passive) return undefined;
  const parts = clauseParts(ts, v, 1);
  return parts.subject ? parts : undefined;
}

/**
 * The noun phrase of a noun trigger, from the text: its modifiers (not a date), the nouns it modifies
 * ("opening keynote", "hearing loss") and up to two phrases after it ("Minsk agreement on the conflict in
 * Ukraine"). A possessive pronoun is the name it stands for ("his keynote address" → "Jobs’s keynote address").
 */
export function nounPhrase(ts: TitleSentence, i: number, width: number): string {
  const { tokens } = ts;
  const from = phraseFrom(ts, i);
  const pre = span(ts, from, i).filter((k) => !/^['’]s$/u.test(tokens[k].text));
  while (pre.length && ARTICLES.has(tokens[pre[0]].lower)) pre.shift();
  let owner = '';
  if (pre.length && POSSESSIVES.has(tokens[pre[0]].lower)) {
    const kind = referentKind(tokens[pre[0]].lower);
    const name = kind && resolveReferent(ts, kind, tokens[pre[0]].start);
    owner = name ? `${name}’s ` : '';
    pre.shift();
  }
  const post: number[] = [];
  let j = i + width;
  // nouns the trigger modifies: "opening keynote", "hearing loss"
  while (
    j < tokens.length && j - (i + width) < 2 && /^\p{Ll}+$/u.test(tokens[j].text) && modifier(ts, j) && !looksVerb(ts, j) && !NOUN_PREPOSITIONS.has(tokens[j].lower) &&
    !CLAUSE_OPENERS.has(tokens[j].lower) && !/ing$/.test(tokens[j].lower) && !ARTICLES.has(tokens[j + 1]?.lower ?? '') && !POSSESSIVES.has(tokens[j + 1]?.lower ?? '')
  )
    post.push(j++);
  // a participle and its phrase: "the settlement reached between the two parties"
  if (isPastForm(tokens[j]?.lower ?? '') && NOUN_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 1].lower !== 'of' && !ts.timex[j + 2]) post.push(j++);
  for (let preps = 0; preps < 2 && j < tokens.length; preps++) {
    const p = tokens[j];
    if (!NOUN_PREPOSITIONS.has(p.lower) || ts.timex[j + 1] || (preps === 0 && p.lower === 'by' && !post.length)) break;
    const np = phraseAfter(ts, j + 1);
    if (!np.length || np.some((k) => /^\p{Ll}+ing$/u.test(tokens[k].text) && k === np[0])) break;
    post.push(j, ...np);
    j = np.at(-1)! + 1;
    while (tokens[j]?.text === ')' ) j++;
  }
  const body = render(ts, [...pre, ...Array.from({ length: width }, (_, k) => i + k), ...post]);
  return `${owner}${body}`;
}
