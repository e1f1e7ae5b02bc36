import { isCapitalized } from './tokens.js';
import { DETERMINERS, PREPOSITIONS } from './word-classes.js';
import type { Token } from './types.js';

export const IRREGULAR_PAST = new Set([
  'went', 'came', 'took', 'made', 'gave', 'sent', 'won', 'lost', 'left', 'saw', 'began', 'brought', 'fought', 'wrote', 'ran', 'found',
  'kept', 'led', 'paid', 'sold', 'threw', 'broke', 'chose', 'drove', 'fell', 'flew', 'froze', 'grew', 'hid', 'knew', 'laid', 'rode',
  'rose', 'sat', 'stood', 'stole', 'swore', 'tore', 'woke', 'wore', 'held', 'built', 'bought', 'caught', 'dealt', 'fled', 'forgave',
  'heard', 'lent', 'meant', 'sought', 'spent', 'taught', 'understood', 'withdrew', 'overtook', 'undertook', 'became',
]);
const NOT_PAST_VERB = new Set([
  'united', 'based', 'related', 'alleged', 'armed', 'red', 'need', 'speed', 'feed', 'seed', 'weed', 'bed', 'hundred', 'unprecedented',
  'detailed', 'limited', 'concerned', 'interested', 'so-called', 'advanced', 'experienced', 'sophisticated', 'supposed', 'used',
  'indeed', 'proceed', 'succeed', 'exceed', 'shed', 'wed', 'fled', 'bled', 'led', 'creed', 'greed', 'tweed', 'embed', 'naked',
  'wicked', 'sacred', 'beloved', 'rugged', 'ragged', 'crooked', 'aged', 'blessed', 'learned', 'dogged', 'alleged', 'biased',
  'breed', 'deed', 'heed', 'reed', 'steed', 'compared', 'owned', 'followed', 'expected', 'scheduled', 'planned', 'proposed', 'estimated', 'adjusted', 'combined', 'listed',
  'named', 'called', 'dubbed', 'titled', 'entitled', 'associated', 'affiliated', 'controlled', 'backed', 'led', 'funded',
]);

/** A past-tense verb that no trigger names ("provided", "gave"), read only in a clause with its own date. */
export function pastVerb(tokens: Token[], from: number, to: number): number {
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

