import type { Token } from '../types.js';

/** Closed-class English words that the trigger finder reads around a candidate word. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'any', 'no', 'every', 'each', 'another', 'other', 'such', 'first', 'last', 'latest', 'new', 'next', 'previous']);
export const PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'after', 'before', 'during', 'against', 'over', 'by', 'about', 'from', 'since', 'at', 'into', 'amid', 'following', 'despite']);
export const ADVERBS = new Set(['also', 'just', 'already', 'reportedly', 'likely', 'still', 'then', 'later', 'recently', 'finally', 'again', 'publicly', 'formally', 'officially', 'jointly', 'separately', 'allegedly', 'apparently', 'reportedly', 'previously', 'once', 'first', 'now', 'even', 'both', 'all']);
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
