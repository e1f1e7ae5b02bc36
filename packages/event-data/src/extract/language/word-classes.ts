import type { Token } from '../types.js';

/** Closed-class English words that the trigger finder reads around a candidate word. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'any', 'no', 'every', 'each', 'another', 'other', 'such', 'first', 'last', 'latest', 'new', 'next', 'previous']);
export const PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'after', 'before', 'during', 'against', 'over', 'by', 'about', 'from', 'since', 'at', 'into', 'amid', 'following', 'despite']);
export const ADVERBS = new Set(['also', 'just', 'already', 'reportedly', 'likely', 'still', 'then', 'later', 'recently', 'finally', 'again', 'publicly', 'formally', 'officially', 'jointly', 'separately', 'allegedly', 'apparently', 'reportedly', 'previously', 'once', 'first', 'now', 'even', 'both', 'all']);
/** Words of DETERMINERS that are adverbs after a subject: "Jobs first introduced the phone", "the company last raised prices". */
const ORDINAL_ADVERBS = new Set(['first', 'last', 'next']);
/**
 * Whether the word before token `i` is a determiner of it ("the banned agent", "a first release"), not an
 * ordinal used as an adverb after a subject ("Jobs first introduced", "the company last raised").
 */
export function determinedAt(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !DETERMINERS.has(prev.lower)) return false;
  const before = tokens[i - 2];
  return !ORDINAL_ADVERBS.has(prev.lower) || !before || DETERMINERS.has(before.lower) || /['’]s?$/u.test(before.text);
}
export const AUXILIARIES = new Set(['will', "'ll", 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'did', 'do', 'does', 'to', 'not', "n't", 'never', "’ll"]);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const MODALS = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'can']);
/** Whether a word is probably an adjective or noun modifier standing before a noun. */
export const looksAdjectival = (t: Token): boolean => /(al|ic|ous|ive|ful|less|ary|ern|ian|ese|ish|led|[^e]ed)$/.test(t.lower) && !AUXILIARIES.has(t.lower);

/** The personal pronouns that stand as a subject. */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Words that stand as the subject of a verb right after them: the personal pronouns and the relative ones. */
export const SUBJECT_PRONOUNS = new Set([...PERSONAL_PRONOUNS, 'who', 'which', 'that']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** A capitalised weekday or month name: a date, not a name ("confirmed Tuesday", "in May"). */
export const CALENDAR_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** A compass word that names a part of a place: "western Nepal", "north-eastern Syria", "Central China", "Upper Egypt". */
export const isCompassWord = (word: string): boolean => /^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central|upper|lower)$/i.test(word);

/** The full form of the auxiliary a negated contraction starts with, where it differs ("won't" → "will"). */
const NEGATED_STEMS: Record<string, string> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };
/** The full forms of the auxiliaries contractions end with. */
const CONTRACTED: Record<string, string> = { ll: 'will', ve: 'have', d: 'would', re: 'are', m: 'am' };

/**
 * The auxiliaries and negation a contracted word holds, as separate words: "didn't" → ["did", "not"], "won't"
 * → ["will", "not"], "I'll" → ["will"], "we've" → ["have"], "it's" → ["is"]; undefined for a word that is no
 * contraction. The tokenizer keeps contractions whole, as it keeps "Apple's".
 */
export function contractionParts(lower: string): string[] | undefined {
  const w = lower.replace(/’/g, "'");
  const negated = /^([a-z]+)n't$/.exec(w);
  if (negated) return [NEGATED_STEMS[negated[1]] ?? negated[1], 'not'];
  if (w === 'cannot') return ['can', 'not'];
  const ending = /^(?:i|you|he|she|it|we|they|that|there|who)'(ll|ve|d|re|m|s)$/.exec(w);
  if (!ending) return undefined;
  return [ending[1] === 's' ? 'is' : CONTRACTED[ending[1]]];
}

/** The words a token stands for when it reads a verb group: a contraction's parts, else the word itself. */
export const auxiliaryWords = (lower: string): string[] => contractionParts(lower) ?? [lower];
