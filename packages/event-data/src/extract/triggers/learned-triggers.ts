import { verbBase } from '../language/morphology.js';
import { TRIGGERS, type LexEntry } from './lexicon.js';
import { choose } from './noun-or-verb.js';
import { IRREGULAR_PAST, NOT_VERB_ED } from '../language/past-verb.js';
import { isCapitalized } from '../language/tokens.js';
import { determinedAt } from '../language/word-classes.js';
import type { EventClass } from '../eventiveness/recognize.js';
import type { EventType, Token } from '../types.js';

/** Classes of TimeML events that are happenings a timeline can show; states and mental states are not. */
const HAPPENING_CLASSES: ReadonlySet<EventClass> = new Set(['OCCURRENCE', 'ASPECTUAL', 'I_ACTION', 'PERCEPTION', 'REPORTING']);
/** Derivational endings of English nouns that name an action or its result ("collision", "settlement", "closure"). */
const NOUN_ENDING = /(?:tion|sion|ment|ance|ence|ure|sis|ity|ship|age|ery|ism|al|cy)$/;

/** A word the event model found that the trigger lexicon does not type: its part of speech, lemma and type. */
export interface LearnedWord {
  pos: 'verb' | 'noun';
  lemma: string;
  type: EventType;
  reporting: boolean;
}

/**
 * Reads a word that the event model marked as an event: undefined when its class is not a happening
 * (STATE, I_STATE) or it is part of a name; otherwise whether it is used as a verb or a noun, its
 * dictionary form, and its type (the lexicon's type for its lemma when it has one, `statement` for
 * verbs of saying, else `other`).
 */
export function learnedWord(tokens: readonly Token[], i: number, cls: EventClass | undefined, headline: boolean): LearnedWord | undefined {
  if (!cls || !HAPPENING_CLASSES.has(cls)) return undefined;
  const t = tokens[i];
  if (!/^\p{L}/u.test(t.text)) return undefined;
  const prev = tokens[i - 1];
  if (!headline && i > 0 && isCapitalized(t.text) && prev && !/^[“‘"'(«]$/.test(prev.text)) return undefined;
  const pos = partOfSpeech(tokens, i, headline);
  if (!pos) return undefined;
  const lemma = pos === 'verb' ? verbBase(t.lower) : t.lower;
  const known = (TRIGGERS.get(lemma) ?? TRIGGERS.get(t.lower))?.find((e) => e.pos === pos);
  const reporting = cls === 'REPORTING' || !!known?.reporting;
  return { pos, lemma, type: known?.type ?? (reporting ? 'statement' : 'other'), reporting };
}

/** Verb or noun, from the word's form and its neighbours; undefined for an adjective ("the injured man"). */
function partOfSpeech(tokens: readonly Token[], i: number, headline: boolean): 'verb' | 'noun' | undefined {
  const w = tokens[i].lower;
  if (NOT_VERB_ED.has(w)) return undefined; // "naked", "wicked", "hundred"
  const pastForm = IRREGULAR_PAST.has(w) || /[a-z]ed$/.test(w);
  if (pastForm) return determinedAt(tokens, i) ? undefined : 'verb';
  if (NOUN_ENDING.test(w) && !w.endsWith('ing')) return 'noun';
  const both: LexEntry[] = [
    { lemma: w, type: 'other', pos: 'noun' },
    { lemma: w, type: 'other', pos: 'verb' },
  ];
  return choose(both, tokens as Token[], i, headline)?.pos;
}
