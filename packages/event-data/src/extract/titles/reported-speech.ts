import { clauseParts, type ClauseParts } from './clause-title.js';
import { thirdPerson, verbBase } from '../language/morphology.js';
import { objectAfter, phraseAfter } from './object-words.js';
import { subjectSpan } from './subject.js';
import { describe, subjectOf } from './subject-text.js';
import { looksVerb, render, span, type TitleSentence } from './title-sentence.js';
import { ARTICLES, AUXILIARIES, NEGATIONS, POSSESSIVES, PREPOSITIONS, RELATIVES, SAYING, SUBJECT_PRONOUNS, VERB_ADVERBS } from './title-words.js';
import { isFuture, isPresentTense, presentTense, verbGroup } from './verb-group.js';

const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);
const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);

/** Where what was said lies: tokens `from`..`to`, less an aside (", he said,") inside it. */
interface Content {
  from: number;
  to: number;
  gap?: [number, number];
  /** Whether it follows the verb ("said that …"), as opposed to standing before it ("…, Apple announced"). */
  after: boolean;
}

/** A verb of saying in any form: "said", "says", "revealing". */
export const isSaying = (w: string): boolean => SAYING.has(w) || (w.endsWith('ing') && SAYING.has(thirdPerson(verbBase(w))));

/** The clause a verb of saying reports: after it ("said (that) …", "announced in a memo that …") or before it ("…, Apple announced"). */
function contentOf(ts: TitleSentence, verb: number, width: number): Content | undefined {
  const { tokens } = ts;
  const group = verbGroup(ts, verb, width);
  let k = group.end;
  while (k < tokens.length && (ts.timex[k] || VERB_ADVERBS.has(tokens[k].lower) || (PREPOSITIONS.has(tokens[k].lower) && ts.timex[k + 1]))) k++;
  // "retorted: “This is …”"
  if (tokens[k]?.text === ':') return { from: k + 1, to: tokens.length, after: true };
  // "that" after the phrases of the verb ("told the committee on Monday that", "announced in an internal memo that")
  for (let j = k; j < tokens.length && j <= (isSaying(tokens[verb].lower) ? k + 8 : k); j++) {
    if (tokens[j].lower === 'that') return { from: j + 1, to: tokens.length, after: true };
    if ([',', ';', ':', '“', '"'].includes(tokens[j].text) || (j > k && looksVerb(ts, j)) || RELATIVES.has(tokens[j].lower)) break;
  }
  // "told analysts on Tuesday the airline would …": past the person told
  if (['told', 'tells', 'tell', 'telling'].includes(tokens[verb].lower)) {
    const hearer = phraseAfter(ts, k);
    let after = hearer.length ? hearer.at(-1)! + 1 : k;
    while (after < tokens.length && (ts.timex[after] || (PREPOSITIONS.has(tokens[after].lower) && ts.timex[after + 1]))) after++;
    if (hearer.length && tokens[after]?.lower === 'that') return { from: after + 1, to: tokens.length, after: true };
    if (hearer.length && after > k) k = after;
  }
  // "said his company sold …": a subject and its verb right after the verb of saying
  for (let j = k + 1; isSaying(tokens[verb].lower) && j < tokens.length && j <= k + 10; j++) {
    if (!looksVerb(ts, j) || ARTICLES.has(tokens[j - 1].lower) || POSSESSIVES.has(tokens[j - 1].lower)) continue;
    const start = verbGroup(ts, j).start;
    if (RELATIVES.has(tokens[start - 1]?.lower ?? '')) break;
    const s = subjectSpan(ts, start);
    if (s && s.from === k) return { from: k, to: tokens.length, after: true };
    break;
  }
  const speaker = subjectSpan(ts, group.start);
  let open = speaker ? speaker.from - 1 : group.start - 1;
  // '"… our principles," a junior minister said': the comma stands inside the closing quotation mark
  if (CLOSING_QUOTES.has(tokens[open]?.text ?? '') && [',', '!', '?'].includes(tokens[open - 1]?.text ?? '')) open--;
  if (open > 0 && tokens[open].text === ',') {
    let from = 0;
    while (from < open && OPENING_QUOTES.has(tokens[from].text)) from++;
    // ", he said, would happen …": what was said goes on after the aside
    const after = tokens[group.end]?.text === ',' && group.end + 1 < tokens.length - 1;
    return after ? { from, to: tokens.length, gap: [open, group.end + 1], after: false } : { from, to: open, after: false };
  }
  return undefined;
}

/** The first verb of the reported clause with a subject inside it, past relative clauses ("the release, which is scheduled …, will include"). */
function contentVerb(ts: TitleSentence, content: Content): number {
  const { tokens } = ts;
  for (let j = content.from; j < content.to; j++) {
    if (content.gap && j >= content.gap[0] && j < content.gap[1]) continue;
    if (!looksVerb(ts, j) || ['a', 'an', 'the'].includes(tokens[j - 1]?.lower ?? '') || POSSESSIVES.has(tokens[j - 1]?.lower ?? '')) continue;
    // a gerund or participle is not the clause's own verb ("while abseiling"); "is rising" is found by its "is"
    if (/^\p{Ll}{3,}ing$/u.test(tokens[j].text) && !AUXILIARIES.has(tokens[j - 1]?.lower ?? '')) continue;
    // the verb of an auxiliary ("would no longer require"), or the auxiliary itself ("is obviously the subject")
    let v = j;
    const adverb = (k: number) => NEGATIONS.has(tokens[k].lower) || VERB_ADVERBS.has(tokens[k].lower) || ['no', 'longer'].includes(tokens[k].lower) || /^\p{Ll}+ly$/u.test(tokens[k].text);
    let k = j + 1;
    while (k < content.to && (AUXILIARIES.has(tokens[k].lower) || adverb(k))) k++;
    const next = tokens[k];
    if (AUXILIARIES.has(tokens[j].lower) && next && /^\p{Ll}+$/u.test(next.text) && !ARTICLES.has(next.lower) && !POSSESSIVES.has(next.lower) && !PREPOSITIONS.has(next.lower) && k < content.to) v = k;
    else if (AUXILIARIES.has(tokens[j].lower)) v = [...Array(k - j).keys()].map((n) => j + n).filter((n) => AUXILIARIES.has(tokens[n].lower)).at(-1)!;
    const group = verbGroup(ts, v);
    if (RELATIVES.has(tokens[group.start - 1]?.lower ?? '')) {
      // a relative clause closed by a comma is passed whole; one with none ("A climber who fell … has died")
      // only up to its verb
      let c = j;
      while (c < content.to && tokens[c].text !== ',') c++;
      j = c < content.to ? c : group.end - 1;
      continue;
    }
    const s = subjectSpan(ts, group.start);
    return s && s.from >= content.from ? v : -1;
  }
  return -1;
}

/**
 * The speaker after a verb of saying that follows a quotation, and the quotation: '"We will not stop,"
 * said Prime Minister Ibrahim Jaafari', '"…," announced Interior Minister Bayan Jabr Solagh'. News puts the
 * speaker after the verb when the quotation comes first; the phrase before the verb is then inside the quote.
 */
function invertedQuote(ts: TitleSentence, verb: number, width: number): { speaker: { from: number; to: number }; content: Content } | undefined {
  const { tokens } = ts;
  const group = verbGroup(ts, verb, width);
  let q = group.start - 1;
  if (!CLOSING_QUOTES.has(tokens[q]?.text ?? '')) return undefined;
  // the comma (or ! ?) that ends the quoted words inside the quotation marks
  if (![',', '!', '?'].includes(tokens[q - 1]?.text ?? '')) return undefined;
  q -= 1;
  let k = group.end;
  while (k < tokens.length && ts.timex[k]) k++;
  const phrase = phraseAfter(ts, k);
  if (!phrase.length) return undefined;
  let from = 0;
  while (from < q && OPENING_QUOTES.has(tokens[from].text)) from++;
  return from < q ? { speaker: { from: phrase[0], to: phrase.at(-1)! + 1 }, content: { from, to: q, after: false } } : undefined;
}

/**
 * A verb of saying titled by what it reports: the happening itself when the reported clause tells one
 * ("Jobs said that his company sold 13.7 million Macs" → "Apple sells 13.7 million Macs"), else who said
 * what ("Jobs says Lion release will include more support for multitouch"). Undefined when the verb
 * reports no clause ("Apple told customers to hold the phone" is titled as any verb).
 */
export function reportedParts(ts: TitleSentence, verb: number, width: number, lemma?: string): ClauseParts | undefined {
  const inverted = invertedQuote(ts, verb, width);
  const content = inverted?.content ?? contentOf(ts, verb, width);
  if (!content) return undefined;
  const speaker = inverted ? describe(ts, inverted.speaker.from, inverted.speaker.to) : subjectOf(ts, verbGroup(ts, verb, width).start);
  // "told analysts the airline would …" says it without the analysts
  const told = ['told', 'tells', 'tell', 'telling'].includes(ts.tokens[verb].lower);
  const says = speaker && (told ? presentTense('say', speaker.plural) : presentTense(ts.tokens[verb].text, speaker.plural, lemma));
  const j = contentVerb(ts, content);
  if (j < 0) return content.after && speaker && says ? { subject: speaker, verb: says, object: render(ts, objectAfter(ts, content.from, content.gap?.[0] ?? content.to)) } : undefined;
  const group = verbGroup(ts, j);
  const end = content.gap && j < content.gap[0] ? content.gap[0] : content.to;
  const reported = clauseParts(ts, j, 1, { end });
  const said = subjectSpan(ts, group.start)!;
  const first = ts.tokens[said.from].lower;
  // "there were …", "this is …": no happening, but what was said
  const plain = first === 'there' || (said.to - said.from === 1 && ['this', 'that', 'these', 'those'].includes(first));
  if (!isFuture(ts, group) && !isPresentTense(ts, group) && !plain && reported.subject) return reported;
  if (!speaker || !says) return reported.subject ? reported : undefined;
  // a plan, a view or a state: who said it, and what, in the words of the text ("Apple announces it will give …");
  // after the speaker, a pronoun reads as in the text: "Apple announces it will …", "Rycroft says his government shares …"
  const subject = span(ts, said.from, said.to).filter((k, n) => n > 0 || first === 'this' || !ARTICLES.has(ts.tokens[k].lower));
  const who = plain || SUBJECT_PRONOUNS.has(first) || POSSESSIVES.has(first) ? render(ts, subject).replace(/^\S+/, first === 'i' ? 'I' : first) : reported.subject?.text ?? render(ts, subject);
  const verbWords = render(ts, Array.from({ length: group.end - group.start }, (_, k) => group.start + k).filter((k) => !ts.timex[k]));
  return { subject: speaker, verb: says, object: `${who} ${verbWords} ${render(ts, objectAfter(ts, group.end, end))}` };
}
