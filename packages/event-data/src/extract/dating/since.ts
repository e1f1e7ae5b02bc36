import { ADVERBS } from '../language/word-classes.js';
import { bySentence } from '../spans/by-sentence.js';
import type { ActorDoc, SentenceTimex, Trigger } from '../types.js';
import { canDate } from './time.js';

const inside = (span: { start: number; end: number }, outer: { start: number; end: number }) => span.start >= outer.start && span.end <= outer.end;

/**
 * The date an activity began, for a verb in the perfect progressive that a "since" date bounds: "has
 * been fighting pancreatic cancer since 2004" began in 2004. The TimeML corpus links such a verb to the
 * date as BEGUN_BY, and the SemEval-2015 timelines place it there, so a timeline shows it there. A simple
 * perfect is left alone: "have been killed since 1985", "has held since Monday" mostly tell of what
 * happened after the date (TimeML: AFTER), not when. Only for a verb with no date of its own, and only
 * a date in its clause after it.
 */
export function sinceStart(doc: ActorDoc, trigger: Trigger): SentenceTimex | undefined {
  if (trigger.pos !== 'verb' || trigger.mood !== 'realis') return undefined;
  const tokens = doc.sentences[trigger.sentence].tokens;
  let k = trigger.token - 1;
  if (tokens[k]?.lower !== 'been' || !/ing$/.test(tokens[trigger.token].lower)) return undefined;
  k--;
  while (k > 0 && ADVERBS.has(tokens[k].lower)) k--;
  if (!/^(?:has|have|had|'s|’s)$/.test(tokens[k]?.lower ?? '')) return undefined;
  const text = doc.article.text;
  return bySentence(doc.timexes)
    .of(trigger.sentence)
    .find((x) => x.start > trigger.end && inside(x, trigger.clause) && canDate(x) && /\bsince\s+$/i.test(text.slice(Math.max(0, x.start - 8), x.start)));
}
