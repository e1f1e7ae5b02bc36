import { opensOrderedClause } from '../language/clauses.js';
import { isPastForm, isPastOnly, pastParticiple, verbBase } from '../language/morphology.js';
import { objectAfter, phraseAfter } from './object-words.js';
import { phraseStart } from './phrase-start.js';
import { previousVerb, type Subject } from './subject.js';
import { describe, renderNames, subjectOf } from './subject-text.js';
import { gluedInNumber, looksVerb, modifier, render, span, type TitleSentence } from './title-sentence.js';
import { ADVERBS, ARTICLES, AUXILIARIES, CLAUSE_OPENERS, POSSESSIVES, PREPOSITIONS, RELATIVES, SAYING, SUBJECT_PRONOUNS, VERB_ADVERBS } from './title-words.js';
import { referentKind, resolveReferent } from './referents.js';
import { presentTense, verbGroup, type VerbGroup } from './verb-group.js';
import { reducedRelativeSubject } from './reduced-relative.js';

/** What the caller knows of the verb. */
export interface ClauseOptions {
  /** The trigger's dictionary form ("swear in"), when the verb is the trigger. */
  lemma?: string;
  /** Where the object starts, when not right after the verb. */
  objectFrom?: number;
  /** The object never runs past this token (the end of a reported clause). */
  end?: number;
  /** The trigger finder read the verb as a passive ("Morrison sworn in"). */
  passive?: boolean;
}

/** A clause read for a title: its subject, its verb in the present tense, and what completes it. */
export interface ClauseParts {
  subject?: Subject;
  verb: string;
  object: string;
  /** "sworn in": a participle of a passive headline, whose particle is not a dangling word. */
  participle?: string;
  /** The verb as a past participle, for a title that must do without the subject: "New iTunes feature unveiled". */
  passiveForm?: string;
}

/** Nouns that say nothing of what was said: "a fact, reiterated by Putin" reiterates what the speaker said. */
const EMPTY_NOUNS = new Set(['fact', 'point', 'thing', 'view', 'idea', 'notion', 'message', 'position', 'stance', 'statement', 'remark', 'remarks', 'words']);

/** The first "by" after the verb, past dates and adverbs: the agent of a passive follows it. */
function byAt(ts: TitleSentence, from: number): number {
  for (let k = from; k < ts.tokens.length && k <= from + 4; k++) {
    // "increased by 5 percent", "by about a third": an amount, not an agent
    if (ts.tokens[k].lower === 'by') return /^[\p{N}$€£]|^(about|around|nearly|almost|roughly|half)$/u.test(ts.tokens[k + 1]?.text ?? '') ? -1 : k;
    if (!ts.timex[k] && !VERB_ADVERBS.has(ts.tokens[k].lower) && !(PREPOSITIONS.has(ts.tokens[k].lower) && ts.timex[k + 1])) return -1;
  }
  return -1;
}

/** Whether a noun phrase starts at token `i`: the verb before it has an object. */
const objectStarts = (ts: TitleSentence, i: number): boolean => {
  while (i < ts.tokens.length && (ts.timex[i] || (PREPOSITIONS.has(ts.tokens[i].lower) && ts.timex[i + 1]) || ADVERBS.has(ts.tokens[i].lower))) i++;
  const t = ts.tokens[i];
  if (!t) return false;
  if (['there', 'it'].includes(t.lower)) return true; // "agreed there were many problems"
  return ARTICLES.has(t.lower) || POSSESSIVES.has(t.lower) || (modifier(ts, i) && !looksVerb(ts, i) && t.text !== '-');
};

/** A finite verb later in the sentence than `from`, whose subject the phrase before `from` is ("The song purchased … was"). */
function laterVerb(ts: TitleSentence, from: number, aside: boolean): boolean {
  let adjectival = false;
  for (let k = from; k < ts.tokens.length; k++) {
    const t = ts.tokens[k];
    // "the stock tripled in 2004, doubled in 2005": a comma ends the phrase unless the participle opened an aside
    if (t.text === ',' && !aside) return false;
    if ([';', ':', '“', '”'].includes(t.text) || ['and', 'but', 'which', 'who', 'that', 'to', 'there'].includes(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_OPENERS.has(t.lower)) return false;
    if (ts.tokens[k + 1]?.lower === 'by') continue;
    // a participle after an adverb in -ly, and the participles that follow it, describe a noun: "the heavily armed
    // demilitarized zone", "the newly elected mayor"
    if (isPastForm(t.lower) && (adjectival || /^\p{Ll}+ly$/u.test(ts.tokens[k - 1]?.text ?? ''))) {
      adjectival = true;
      continue;
    }
    adjectival = false;
    if (AUXILIARIES.has(t.lower) || (looksVerb(ts, k) && (modifier(ts, k - 1) || ts.timex[k - 1] || ts.tokens[k - 1].text === ',') && !ARTICLES.has(ts.tokens[k - 1].lower))) return true;
  }
  return false;
}

/**
 * The noun phrase a reduced relative is about ("the event hosted by Apple", "the plan, endorsed by the
 * cabinet"); when that noun says nothing ("a fact"), the point of the speaker the sentence quotes.
 */
function antecedent(ts: TitleSentence, verb: number, agent: string): Subject | undefined {
  const { tokens } = ts;
  const end = tokens[verb - 1]?.text === ',' ? verb - 2 : verb - 1;
  if (end < 0) return undefined;
  const from = phraseStart(ts, end, 1);
  if (from < 0) return undefined;
  const found = describe(ts, from, end + 1);
  if (!found || !EMPTY_NOUNS.has(tokens[end].lower)) return found;
  // "remarks aired on TV" are the speaker's remarks; "a fact, reiterated by Putin" is the speaker's point
  const said = ['remarks', 'statement', 'words', 'message', 'remark'].includes(tokens[end].lower) ? tokens[end].lower : 'point';
  for (let s = from - 1; s > 0; s--) {
    if (SAYING.has(tokens[s].lower) && /^\p{Lu}\p{Ll}+$/u.test(tokens[s - 1].text) && !SUBJECT_PRONOUNS.has(tokens[s - 1].lower) && !ARTICLES.has(tokens[s - 1].lower) && !agent.includes(tokens[s - 1].text)) return { ...found, text: `${tokens[s - 1].text}’s ${said}` };
  }
  return found;
}

/** The voice of a verb group: a passive ("was approved"), a reduced relative ("the event hosted by Apple") or active. */
function voiceOf(ts: TitleSentence, group: VerbGroup, by: number, hint: boolean): 'active' | 'passive' | 'reduced' {
  if (group.passive) return 'passive';
  const form = ts.tokens[group.verb].lower;
  // a past that is not its participle ("began", not "begun"; "wrote", not "written") is finite: never a passive
  if (group.aux || !isPastForm(form) || isPastOnly(form)) return 'active';
  // "was taken over by regulators and sold to Eastern Trust": the auxiliary of the first verb serves the second
  // (a passive takes no object: "was started by Jobs in 1976, and launched the iTunes Store" is active)
  if (['and', 'or'].includes(ts.tokens[group.start - 1]?.lower ?? '') && !objectStarts(ts, group.end)) {
    const f = previousVerb(ts, group.start - 2);
    const first = f >= 0 ? verbGroup(ts, f) : undefined;
    if (first?.passive && !RELATIVES.has(ts.tokens[first.start - 1]?.lower ?? '')) return 'passive';
  }
  // the trigger finder's reading counts in a headline only ("Morrison sworn in"): in a sentence, a past with no object is intransitive
  hint &&= ts.sentence.kind === 'headline';
  const verb = group.start;
  const prev = ts.tokens[verb - 1];
  const object = objectStarts(ts, group.end);
  if (!prev) return hint && !object ? 'passive' : 'active';
  const noun = modifier(ts, verb - 1) || prev.text === ')';
  if (by >= 0 && (noun || prev.text === ',')) return 'reduced';
  if (object) return 'active';
  const start = noun ? phraseStart(ts, verb - 1, 1) : -1;
  const before = ts.tokens[start - 1];
  // "the event hosted by", "the profit reaped during": a noun in a phrase or an object; not a clause said to be ("said the scheme collapsed")
  // ("At least 12 people died": "at least" is an amount, not a preposition)
  const amount = before?.lower === 'at' && /^(?:least|most)$/.test(ts.tokens[start]?.lower ?? '');
  // (but "Talks held in Geneva ended": the phrase is inside a participle's clause, and this is the main verb)
  // (and not "after JPMorgan Chase agreed on Sunday": an ordering word before a subject and its verb opens a clause)
  const clauseOpens = opensOrderedClause(ts.tokens, start - 1);
  if (noun && before && !amount && !clauseOpens && (PREPOSITIONS.has(before.lower) || (looksVerb(ts, start - 1) && !AUXILIARIES.has(before.lower) && !SAYING.has(before.lower))))
    return reducedRelativeSubject(ts, start) ? 'active' : 'reduced';
  // "Pacific Dairy, founded in 1951, cut 300 jobs": a participle that opens an aside closed by a comma
  if (prev.text === ',' && asideCloses(ts, group.end)) return 'reduced';
  const opens = !before || before.text === ',' || ['that', 'as', 'while', 'because', 'although', 'if', 'when'].includes(before.lower);
  if ((prev.text === ',' || (noun && opens)) && laterVerb(ts, group.end, prev.text === ',')) return 'reduced';
  return hint ? 'passive' : 'active';
}

/**
 * The verb that an infinitive depends on, with its object between them: "told customers to hold the
 * phone" → "told" (the title is "Apple tells customers to hold phone"); -1 when there is none.
 */
export function infinitiveHost(ts: TitleSentence, i: number): number {
  const { tokens } = ts;
  let k = i - 1;
  while (k >= 0 && ['either', 'not', 'also', 'then', 'both'].includes(tokens[k].lower)) k--;
  if (tokens[k]?.lower !== 'to') return -1;
  for (let g = k - 1; g >= 0 && k - g <= 5; g--) {
    if (looksVerb(ts, g) && !AUXILIARIES.has(tokens[g].lower)) return g < k - 1 ? g : -1;
    if (!modifier(ts, g) && !ARTICLES.has(tokens[g].lower) && !POSSESSIVES.has(tokens[g].lower)) return -1;
  }
  return -1;
}

/** Whether a comma closes the phrase after a participle before any verb or clause word does. */
function asideCloses(ts: TitleSentence, from: number): boolean {
  for (let k = from; k < ts.tokens.length && k < from + 10; k++) {
    const t = ts.tokens[k];
    if (t.text === ',' && !gluedInNumber(ts, k)) return k > from;
    if (looksVerb(ts, k) || CLAUSE_OPENERS.has(t.lower) || RELATIVES.has(t.lower) || [';', ':', '.'].includes(t.text)) return false;
  }
  return false;
}

/** The parts of the clause of the verb at token `verb` (`width` tokens long). */
export function clauseParts(ts: TitleSentence, verb: number, width: number, options: ClauseOptions = {}): ClauseParts {
  const { tokens } = ts;
  const group = verbGroup(ts, verb, width);
  const by = byAt(ts, group.end);
  const voice = voiceOf(ts, group, by, options.passive ?? false);
  const word = tokens[verb].text;
  if (voice !== 'active') {
    const agentIndices = by >= 0 ? phraseAfter(ts, by + 1) : [];
    const agent = agentIndices.length ? describe(ts, agentIndices[0], agentIndices.at(-1)! + 1) : undefined;
    const patient = voice === 'passive' ? subjectOf(ts, group.start) : antecedent(ts, group.start, agent?.text ?? '');
    if (agent) return { subject: agent, verb: presentTense(word, agent.plural, options.lemma), object: patient?.text ?? '' };
    const participle = render(ts, Array.from({ length: width }, (_, k) => verb + k)).toLowerCase();
    const object = renderNames(ts, objectAfter(ts, group.end, options.end), true);
    return { subject: patient, verb: participle, object, participle };
  }
  const subject = subjectOf(ts, group.start, group.plural);
  const plural = subject?.plural ?? false;
  let verbText = presentTense(word, plural, options.lemma);
  if (group.control !== undefined) verbText = `${presentTense(tokens[group.control].text, plural)} to ${options.lemma ?? verbBase(word)}`;
  const words = objectAfter(ts, options.objectFrom ?? group.end, options.end);
  let object = renderNames(ts, words, true);
  // "The FBI arrested him": the person he is
  const first = tokens[words[0]];
  if (first && ['him', 'her'].includes(first.lower)) {
    let who = resolveReferent(ts, referentKind(first.lower)!, first.start);
    // an object pronoun is never its own clause's subject ("Judge Moreno ordered him to repay"): the person before it
    if (who && subject && (who === subject.text || subject.text.endsWith(` ${who}`))) who = resolveReferent(ts, referentKind(first.lower)!, tokens[subject.from].start);
    if (who) object = `${who} ${renderNames(ts, words.slice(1), true)}`;
  }
  // "the 59 missiles Trump launched at an air base": the noun before a named subject is the object it lacks
  const q = (subject?.from ?? 0) - 1;
  if (subject && q > 0 && (!words.length || PREPOSITIONS.has(tokens[words[0]].lower)) && (ts.name[subject.from] || SUBJECT_PRONOUNS.has(tokens[subject.from].lower)) &&
    /^\p{Ll}+$/u.test(tokens[q].text) && modifier(ts, q) && !looksVerb(ts, q) && !ts.timex[q]) {
    const start = phraseStart(ts, q, 0);
    // not a phrase that opens the clause ("In the crisis Russia launched …")
    const fronted = PREPOSITIONS.has(tokens[start - 1]?.lower ?? '') && (start < 2 || !/^[\p{L}\p{N}]/u.test(tokens[start - 2].text));
    const determined = start >= 0 && (ARTICLES.has(tokens[start].lower) || POSSESSIVES.has(tokens[start].lower) || /^\p{N}/u.test(tokens[start].text));
    if (determined && !fronted && !SAYING.has(tokens[start - 1]?.lower ?? '')) object = `${renderNames(ts, span(ts, start, q + 1), true)} ${object}`;
  }
  return { subject, verb: verbText, object, passiveForm: group.control === undefined ? pastParticiple(word) : undefined };
}
