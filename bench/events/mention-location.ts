/**
 * Where an extracted mention lies in the source's terms: the sentence number of tokens.json and,
 * when the mention names its trigger word, the word as a gold mention id writes it.
 */
import type { Mention } from '../../packages/event-data/src/index.js';
import { sentenceAt, wordAt, type TokenIndex } from './token-index.js';

/** The trigger span a mention may carry (`mention.trigger`, being added to the schema). */
export interface TriggerSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * The mention's trigger, read without assuming the schema has the field yet: undefined until the
 * pipeline writes `{text, start, end}` there.
 */
export function triggerOf(mention: Mention): TriggerSpan | undefined {
  const trigger: unknown = (mention as Mention & { trigger?: unknown }).trigger;
  if (!trigger || typeof trigger !== 'object') return undefined;
  const { text, start, end } = trigger as Partial<TriggerSpan>;
  return typeof start === 'number' && typeof end === 'number' && end > start ? { text: typeof text === 'string' ? text : '', start, end } : undefined;
}

export interface MentionLocation {
  doc: string;
  sentence: number;
  /** `DOCID-SENTENCE-WORD`, when the mention has a trigger that covers source tokens. */
  id?: string;
}

/**
 * Locates a mention: by its trigger's tokens when it has a trigger, else by the start of its
 * sentence (which then has no word). Undefined when the offsets fall outside the source's sentences.
 */
export function locateMention(index: TokenIndex, mention: Mention): MentionLocation | undefined {
  const trigger = triggerOf(mention);
  const word = trigger && wordAt(index, mention.articleId, trigger.start, trigger.end);
  if (word) return { doc: mention.articleId, sentence: word.sentence, id: `${mention.articleId}-${word.sentence}-${word.word}` };
  const sentence = sentenceAt(index, mention.articleId, mention.start);
  return sentence === undefined ? undefined : { doc: mention.articleId, sentence };
}
