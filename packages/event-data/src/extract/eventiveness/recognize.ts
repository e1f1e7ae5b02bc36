import { isWordCode, tokenize } from '../language/tokens.js';
import type { Token } from '../types.js';
import { EVENT_MODEL } from './event-model.js';
import { contextFeatures, wordFeatures } from './features.js';
import { addScores, best, scorer } from './perceptron.js';

const SCORER = scorer(EVENT_MODEL);

/**
 * Words that never name an event, so the model need not score them (a third of news text):
 * punctuation, numbers, and the function words of English: determiners, prepositions, conjunctions,
 * pronouns. In the TempEval-3 corpus these are 15 of 11,128 EVENTs. Forms of "be", "have" and "do"
 * are scored: they are events as main verbs ("had a stake", "was ill").
 */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'into', 'about', 'and',
  'or', 'but', 'nor', 'if', 'than', 'as', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its',
  'their', 'our', 'my', 'your', 'who', 'whom', 'whose', 'which', 'what', 'there', 'not', 'very', 'also', 'just', 'only', 'all', 'some',
  'any', 'each', 'every', 'both', 'either', 'neither', 'such', 'same', 'another', 'more', 'most', 'less', 'much', 'many', 'few', 'then',
  'when', 'where', 'why', 'how', 'since', 'until', 'while', 'because', 'although', 'though', 'among', 'per', 'via', "'s", '’s', "n't",
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
]);

/** TimeML's event classes (TimeML 1.2.1). */
export const EVENT_CLASSES = ['OCCURRENCE', 'REPORTING', 'STATE', 'I_ACTION', 'I_STATE', 'ASPECTUAL', 'PERCEPTION'] as const;
export type EventClass = (typeof EVENT_CLASSES)[number];

/** A word the event model reads as naming an event, with TimeML's class for it. */
export interface RecognizedEvent {
  start: number;
  end: number;
  text: string;
  class: EventClass;
}

/**
 * For each token, the TimeML class of the event it names, or undefined when it names none: the
 * averaged perceptron of event-model.ts (trained on the TempEval-3 corpus's EVENT annotations by
 * scripts/train-event-model.ts) over the word, its form and its neighbours.
 */
export function eventClasses(tokens: readonly Token[]): Array<EventClass | undefined> {
  return tokens.map((t, i) => {
    if (!isWordCode(t.text.charCodeAt(0)) || /^\d/.test(t.text) || FUNCTION_WORDS.has(t.lower)) return undefined;
    const scores = addScores(SCORER, contextFeatures(tokens, i), Float64Array.from(wordScores(t.lower)));
    const cls = best(scores);
    return cls === 0 ? undefined : (SCORER.classes[cls] as EventClass);
  });
}

// The weights of a word's own features, summed once per word: news repeats its words, and these are
// five of the twelve features (a bounded cache; the same sums either way).
const byWord = new Map<string, Float64Array>();
function wordScores(w: string): Float64Array {
  let scores = byWord.get(w);
  if (!scores) {
    if (byWord.size > 100_000) byWord.clear();
    byWord.set(w, (scores = addScores(SCORER, wordFeatures(w))));
  }
  return scores;
}

/**
 * The words of a text that name events (TimeML EVENTs), with their class.
 *
 * @example
 * recognizeEvents('The company filed for bankruptcy on Tuesday.');
 * // [{ start: 12, end: 17, text: 'filed', class: 'OCCURRENCE' }, { start: 22, end: 32, text: 'bankruptcy', class: 'STATE' }]
 */
export function recognizeEvents(text: string): RecognizedEvent[] {
  const tokens = tokenize(text);
  const classes = eventClasses(tokens);
  const out: RecognizedEvent[] = [];
  classes.forEach((cls, i) => {
    if (cls) out.push({ start: tokens[i].start, end: tokens[i].end, text: tokens[i].text, class: cls });
  });
  return out;
}
