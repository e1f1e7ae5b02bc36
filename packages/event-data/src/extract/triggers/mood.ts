import { ADVERBS, AUXILIARIES, BE, MODALS } from '../language/word-classes.js';
import type { Mood, Token } from '../types.js';

const FUTURE_BEFORE_TO = new Set(['set', 'expected', 'scheduled', 'due', 'going', 'plans', 'planned', 'plan', 'poised', 'slated', 'about', 'intends', 'intended']);
const NOUN_FUTURE_AFTER = new Set(['set', 'scheduled', 'planned', 'expected', 'due', 'slated']);
const NOUN_FUTURE_BEFORE = new Set(['upcoming', 'planned', 'proposed', 'forthcoming', 'scheduled']);
const IRREALIS_NOUN_BEFORE = new Set(['possible', 'potential', 'proposed', 'hypothetical', 'future']);

/** Reads the verb group to the left of a verb: negation, future, irrealis, passive. */
export function verbMood(tokens: Token[], i: number, headline = false): { mood: Mood; passive: boolean } {
  let mood: Mood = 'realis';
  let passive = false;
  let to = false;
  let future = false;
  let modal = false;
  let negated = false;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const w = tokens[j].lower;
    if (!AUXILIARIES.has(w) && !ADVERBS.has(w)) break;
    if (w === 'not' || w === "n't" || w === 'never') negated = true;
    if (w === 'will' || w === "'ll" || w === '’ll' || w === 'shall') future = true;
    if (MODALS.has(w)) modal = true;
    if (BE.has(w) && j === i - 1) passive = true;
    if (BE.has(w) && j === i - 2 && ADVERBS.has(tokens[i - 1].lower)) passive = true;
    if (w === 'to') {
      to = true;
      const before = tokens[j - 1]?.lower;
      if (before && FUTURE_BEFORE_TO.has(before)) future = true;
    }
  }
  const word = tokens[i].lower;
  if (passive && !/(ed|en|wn|rn|met|held|told|said|shot|struck|made|won|led|built|sent|kept|paid|sold|bought|brought|caught|fought|left|lost|hit|cut|put|set)$/.test(word)) passive = false;
  // "a fact, reiterated by Putin": a participle with its agent
  if (!passive && /ed$/.test(word) && tokens[i + 1]?.lower === 'by') passive = true;
  // headlines use the present for what happened, so a participle there is a passive: "Kavanaugh sworn in", "Five killed"
  if (!passive && headline && i > 0 && /(ed|en|wn|rn)$/.test(word) && !AUXILIARIES.has(tokens[i - 1].lower)) passive = true;
  // "Rather than recall the devices, …", "instead of raising rates": an alternative, not what happened (TimeML
  // keeps such events positive, so this is no negation)
  const k = i - 1 - (ADVERBS.has(tokens[i - 1]?.lower ?? '') ? 1 : 0);
  const alternative = /^(?:rather than|instead of)$/.test(`${tokens[k - 1]?.lower} ${tokens[k]?.lower}`);
  if (negated) mood = 'negated';
  else if (future) mood = 'future';
  else if (modal || to || alternative) mood = 'irrealis';
  return { mood, passive };
}

export function nounMood(tokens: Token[], i: number, width: number): Mood {
  const prev = tokens[i - 1]?.lower;
  if (prev === 'no') return 'negated';
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if (NOUN_FUTURE_BEFORE.has(tokens[j].lower) || tokens[j].lower === 'next') return 'future';
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) if (IRREALIS_NOUN_BEFORE.has(tokens[j].lower)) return 'irrealis';
  for (let j = i + width; j < tokens.length && j < i + width + 3; j++) {
    if (NOUN_FUTURE_AFTER.has(tokens[j].lower)) return 'future';
    if (tokens[j].lower === 'to' && tokens[j + 1]?.lower === 'be') return 'future';
  }
  return 'realis';
}

