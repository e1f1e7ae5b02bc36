import { isCapitalized } from './tokens.js';
import { DETERMINERS, PREPOSITIONS } from './word-classes.js';
import type { Token } from '../types.js';

export const IRREGULAR_PAST = new Set([
  'went', 'came', 'took', 'made', 'gave', 'sent', 'won', 'lost', 'left', 'saw', 'began', 'brought', 'fought', 'wrote', 'ran', 'found',
  'kept', 'led', 'paid', 'sold', 'threw', 'broke', 'chose', 'drove', 'fell', 'flew', 'froze', 'grew', 'hid', 'knew', 'laid', 'rode',
  'rose', 'sat', 'stood', 'stole', 'swore', 'tore', 'woke', 'wore', 'held', 'built', 'bought', 'caught', 'dealt', 'fled', 'forgave',
  'heard', 'lent', 'meant', 'sought', 'spent', 'taught', 'understood', 'withdrew', 'overtook', 'undertook', 'became',
]);
/** Words in -ed that are never the past of a verb: adjectives and nouns ("naked", "hundred", "sacred"). */
export const NOT_VERB_ED = new Set([
  'red', 'need', 'speed', 'feed', 'seed', 'weed', 'bed', 'hundred', 'unprecedented', 'so-called', 'sophisticated', 'indeed', 'proceed',
  'succeed', 'exceed', 'shed', 'wed', 'creed', 'greed', 'tweed', 'embed', 'naked', 'wicked', 'sacred', 'beloved', 'rugged', 'ragged',
  'crooked', 'aged', 'blessed', 'dogged', 'breed', 'deed', 'heed', 'reed', 'steed', 'skilled', 'talented',
]);
/** Words in -ed read as a past only in a clause of their own: mostly adjectives or participles before a noun ("based", "X-led"). */
const NOT_PAST_VERB = new Set([
  ...NOT_VERB_ED, 'united', 'based', 'related', 'alleged', 'armed', 'detailed', 'limited', 'concerned', 'interested', 'advanced', 'experienced',
  'supposed', 'used', 'learned', 'biased', 'compared', 'owned', 'followed', 'expected', 'scheduled', 'planned', 'proposed', 'estimated',
  'adjusted', 'combined', 'listed', 'named', 'called', 'dubbed', 'titled', 'entitled', 'associated', 'affiliated', 'controlled', 'backed',
  'led', 'funded', 'fled', 'bled',
]);

/** A past-tense verb that no trigger names ("provided", "gave"), read only in a clause with its own date. */
export function pastVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (isCapitalized(t.text) && i > 0) continue;
    const w = t.lower;
    const past = IRREGULAR_PAST.has(w) || (/^[a-z]{3,}ed$/.test(w) && !NOT_PAST_VERB.has(w));
    if (!past) continue;
    const prev = tokens[i - 1];
    if (!prev || DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower)) continue;
    return i;
  }
  return -1;
}

