import { THIRD_PERSON } from '../triggers/lexicon.js';
import { isPastForm, presentBase, SAME_FORM_VERBS, thirdPerson, verbBase } from '../language/morphology.js';
import { looksVerb, type TitleSentence } from './title-sentence.js';
import { AUXILIARIES, NEGATIONS, PLURAL_AUX, SINGULAR_AUX, TIME_FRAMES, VERB_ADVERBS } from './title-words.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", '’ll', "'d", '’d']);

/** A verb and the words that go with it: "has also been approved", "decided to take", "is set to vote". */
export interface VerbGroup {
  /** First token of the group (an auxiliary or adverb before the verb, or the verb). */
  start: number;
  /** The verb itself. */
  verb: number;
  /** After the verb (and its own words, for a multi-word trigger). */
  end: number;
  /** "was approved": a form of "be" before a past participle. */
  passive: boolean;
  /** Whether an auxiliary or modal stands in the group ("has approved", "will meet"). */
  aux: boolean;
  /** Number read from the auxiliary or the verb's own form ("have decided", "meets"), when they tell. */
  plural?: boolean;
  /** A verb that the happening depends on and the title keeps: "decided" in "decided to take". */
  control?: number;
}

/** The verb group of the verb at token `verb` (`width` tokens long). */
export function verbGroup(ts: TitleSentence, verb: number, width = 1): VerbGroup {
  const { tokens } = ts;
  let start = verb;
  let control: number | undefined;
  let plural: boolean | undefined;
  let passive = false;
  for (;;) {
    const prev = tokens[start - 1];
    if (!prev) break;
    const w = prev.lower;
    if (w === 'longer' && tokens[start - 2]?.lower === 'no') {
      start -= 2; // "would no longer require"
      continue;
    }
    if (AUXILIARIES.has(w) || NEGATIONS.has(w) || VERB_ADVERBS.has(w) || /^\p{Ll}+ly$/u.test(prev.text)) {
      const participle = isPastForm(tokens[verb].lower) || SAME_FORM_VERBS.has(tokens[verb].lower);
      if (BE.has(w) && participle && tokens.slice(start, verb).every((t) => !AUXILIARIES.has(t.lower))) passive = true;
      if (plural === undefined && PLURAL_AUX.has(w)) plural = true;
      if (plural === undefined && SINGULAR_AUX.has(w)) plural = false;
      start--;
      continue;
    }
    // "is set to vote", "are expected to address": the time frame goes; "decided to take" keeps its verb
    if (w === 'to' && tokens[start - 2] && (TIME_FRAMES.has(tokens[start - 2].lower) || looksVerb(ts, start - 2)) && !ts.name[start - 2]) {
      if (!TIME_FRAMES.has(tokens[start - 2].lower) && control === undefined && !AUXILIARIES.has(tokens[start - 2].lower)) control = start - 2;
      start -= 2;
      continue;
    }
    break;
  }
  if (plural === undefined && start === verb && !ts.timex[verb]) {
    const w = tokens[verb].lower;
    if (/[^s]s$/.test(w) && presentBase(w) !== w && !isPastForm(w)) plural = false;
  }
  const aux = tokens.slice(start, verb).some((t) => AUXILIARIES.has(t.lower));
  return { start, verb, end: verb + width, passive, aux, plural, control };
}

/** Whether the verb group is a modal's or the future's: "will meet", "would happen", "is set to vote". */
export function isFuture(ts: TitleSentence, group: VerbGroup): boolean {
  for (let i = group.start; i < group.verb; i++) if (MODALS.has(ts.tokens[i].lower) || TIME_FRAMES.has(ts.tokens[i].lower)) return true;
  return false;
}

/** Whether the verb of the group is in the present tense in the text ("shares", "is used"), not a past, a perfect or a future. */
export function isPresentTense(ts: TitleSentence, group: VerbGroup): boolean {
  for (let i = group.start; i < group.verb; i++) {
    const w = ts.tokens[i].lower;
    if (AUXILIARIES.has(w)) return ['is', 'are', 'am', 'do', 'does', "'s", '’s', "'re", '’re'].includes(w);
  }
  const w = ts.tokens[group.verb].lower;
  return !isPastForm(w) && !w.endsWith('ing');
}

/** Present tense of a verb for a headline: "met" → "meets" (or "meet" for a plural subject), "has banned" → "bans". */
export function presentTense(word: string, plural: boolean, lemma?: string): string {
  const lower = word.toLowerCase();
  const [word0, ...rest] = (lemma ?? verbBase(lower)).split(' ');
  // a lemma that is the word itself ("goes" learned as it stands) is brought to its base
  const head = word0 === lower && !isPastForm(lower) ? presentBase(word0) : word0;
  const form = plural ? head : THIRD_PERSON.get(head)?.split(' ')[0] ?? thirdPerson(head);
  return [form, ...rest].join(' ');
}
