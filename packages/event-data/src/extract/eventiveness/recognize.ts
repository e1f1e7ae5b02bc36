import { tokenize } from '../tokens.js';
import type { Token } from '../types.js';
import { EVENT_MODEL } from './event-model.js';
import { tokenFeatures } from './features.js';
import { classify } from './perceptron.js';

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
export function eventClasses(tokens: readonly Token[], tags?: readonly string[]): Array<EventClass | undefined> {
  return tokens.map((_, i) => {
    const { cls } = classify(EVENT_MODEL, tokenFeatures(tokens, i, tags));
    return cls === 0 ? undefined : (EVENT_MODEL.classes[cls] as EventClass);
  });
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
