import type { DatedEvent, Token, Trigger } from '../types.js';
import { bounds } from './time.js';
import { inTimeClause } from './time-clauses.js';

/**
 * Whether a happening is told as following the one its sentence dates ("…, later revealing he had
 * undergone a transplant", "and subsequently resigned"): it takes the date for want of its own, but is
 * another happening, not a second word for the dated one.
 */
export function toldAsLater(tokens: readonly Token[], trigger: Trigger): boolean {
  return /^(?:later|afterwards|afterward|subsequently)$/.test(tokens[trigger.token - 1]?.lower ?? '');
}

/**
 * Whether a happening only the event model names, told by a noun, restates a dated verb of its sentence
 * at a coarser date: "raised rates on Wednesday, the third rise this year" is one happening. A verb on the other
 * side of a clause of time tells another one ("When Acme opened the plant, the mayor cut the ribbon on Monday").
 */
export function restates(e: DatedEvent, sentenceEvents: readonly DatedEvent[]): boolean {
  if (!e.trigger.learned || e.trigger.pos !== 'noun' || toldAsLater(e.sentence.tokens, e.trigger)) return false;
  const [start, end] = bounds(e.time);
  const when = inTimeClause(e.sentence.tokens, e.trigger);
  return sentenceEvents.some(
    (o) => o !== e && o.trigger.pos === 'verb' && !o.trigger.reporting && inTimeClause(o.sentence.tokens, o.trigger) === when && bounds(o.time)[0] >= start && bounds(o.time)[1] <= end,
  );
}

/**
 * Whether a noun is the setting in which a verb's happening took place ("apologised to residents at a news
 * conference on Wednesday", "spoke at a rally"): the verb tells what happened there. ("During the meeting, they
 * discussed trade" names the happening first, and the verb tells what it was about.)
 */
export function isSetting(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.pos !== 'noun') return false;
  for (let k = trigger.token - 1; k >= 0 && k >= trigger.token - 4; k--) {
    if (tokens[k].lower === 'at') return true;
    if (!/^[\p{Ll}\p{N}-]+$/u.test(tokens[k].text)) return false;
  }
  return false;
}
