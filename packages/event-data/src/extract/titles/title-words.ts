/**
 * Closed-class English words that the title writer reads a clause by: where a noun phrase starts and
 * ends, which words belong to a verb group, which open another clause. Grammar words only: no word
 * here names a happening or a topic.
 */

/** Articles and demonstratives: a noun phrase starts at one. */
export const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Possessive pronouns: they start a noun phrase and refer to someone named elsewhere. */
export const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Personal pronouns that can stand as a subject. */
export { PERSONAL_PRONOUNS as SUBJECT_PRONOUNS } from '../language/word-classes.js';
/** Relative pronouns: the noun phrase before them is what their clause is about. */
export const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/** Auxiliaries and modals: the verb group of a clause. */
export const AUXILIARIES = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been',
  'being', 'do', 'does', 'did', "'ll", '’ll', "'s", '’s', "'d", '’d', "'ve", '’ve', "'re", '’re',
]);
export const NEGATIONS = new Set(['not', "n't", 'never', 'no longer']);
/** Forms of "be" and "have" that say the subject is plural. */
export const PLURAL_AUX = new Set(['have', 'are', 'were', 'do', "'ve", '’ve', "'re", '’re']);
/** Forms that say it is singular. */
export const SINGULAR_AUX = new Set(['has', 'is', 'was', 'does']);

/** Adverbs that stand inside a verb group ("has also approved", "was later renovated"). */
export const VERB_ADVERBS = new Set([
  'also', 'just', 'already', 'reportedly', 'likely', 'then', 'later', 'still', 'recently', 'finally', 'again', 'now', 'even', 'first',
  'once', 'previously', 'soon', 'currently', 'officially', 'formally', 'publicly', 'jointly', 'separately', 'allegedly', 'apparently',
  'subsequently', 'eventually', 'initially', 'originally', 'immediately', 'quickly', 'last', 'today', 'yesterday', 'ever', 'only',
  'unanimously', 'narrowly', 'briefly', 'successfully', 'effectively', 'quietly', 'officially', 'both', 'all', 'each',
]);
/** Adverbs that never stand inside a noun phrase ("then", "also"; but "first" and "last" do). */
export const ADVERBS = new Set([
  'also', 'just', 'already', 'reportedly', 'then', 'still', 'recently', 'finally', 'again', 'now', 'even', 'soon', 'later', 'ever', 'once',
  'yet', 'previously', 'subsequently', 'eventually', 'initially', 'immediately', 'quickly', 'meanwhile', 'however', 'nevertheless', 'never',
  'together', 'alike', 'abroad', 'instead', 'too', 'almost', 'nearly', 'perhaps', 'partially', 'partly', 'mostly', 'largely',
]);

/**
 * Verbs before "to" that only place the happening in time ("is set to vote", "are expected to
 * address"): the title keeps the verb after "to".
 */
export const TIME_FRAMES = new Set(['set', 'expected', 'scheduled', 'due', 'going', 'about', 'slated', 'poised', 'likely', 'planned', 'supposed', 'intended']);

/** Words that open another clause: a subject's noun phrase or a verb's object never runs past them. */
export const CLAUSE_OPENERS = new Set([
  'which', 'who', 'whom', 'whose', 'while', 'because', 'although', 'though', 'after', 'before', 'since', 'when', 'where', 'as', 'if',
  'but', 'whereas', 'unless', 'until', 'whether', 'so', 'once', 'whilst', 'despite', 'amid', 'following', 'according', 'including',
]);

/** Prepositions. */
export const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'onto', 'over', 'under', 'about', 'against', 'between', 'among',
  'during', 'after', 'before', 'since', 'through', 'throughout', 'across', 'around', 'near', 'via', 'within', 'without', 'amid', 'following',
  'despite', 'toward', 'towards', 'upon', 'per', 'including', 'like', 'than', 'behind', 'beyond', 'outside', 'inside', 'alongside', 'until',
  'till', 'off', 'out', 'up', 'down', 'along', 'above', 'below', 'beneath', 'besides', 'except', 'regarding', 'concerning', 'versus', 'vs.',
]);
/** Words that lead a gerund clause: "by unveiling", "while introducing", "after meeting". */
export const GERUND_LEADS = new Set(['by', 'while', 'after', 'before', 'when', 'since', 'upon', 'on', 'without', 'through', 'in', 'whilst']);

/** Prepositions that also open clauses ("after the rebels refused", "since Hamas took power"): the phrase after them is that clause's subject. */
export const CLAUSE_OPENING = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'following', 'despite', 'than', 'like', 'because']);
/** Prepositions that may join a phrase to the noun before it inside one noun phrase ("experts in Turkey", "talks with Tillerson"). */
export const NOUN_PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'between', 'against', 'from', 'at', 'to', 'over', 'into', 'by', 'about']);

/** Particles of phrasal verbs ("took six months off", "signed up"), kept after the verb. */
export const PARTICLES = new Set(['up', 'off', 'out', 'down', 'in', 'on', 'over', 'back', 'away']);

/** Verbs of saying and telling: their clause reports another. */
export const SAYING = new Set([
  'said', 'says', 'say', 'told', 'tells', 'tell', 'stated', 'states', 'noted', 'notes', 'stressed', 'added', 'adds', 'argued', 'argues',
  'insisted', 'insists', 'explained', 'warned', 'warns', 'wrote', 'writes', 'announced', 'announces', 'claimed', 'claims', 'reported',
  'reports', 'confirmed', 'confirms', 'revealed', 'reveals', 'declared', 'declares', 'believed', 'believes', 'thought', 'thinks',
  'predicted', 'predicts', 'estimated', 'estimates', 'acknowledged', 'admitted', 'denied', 'suggested', 'suggests', 'indicated', 'indicates',
  'retorted', 'replied', 'responded', 'answered', 'commented', 'remarked', 'recalled', 'conceded', 'countered', 'asserted', 'maintained',
  'emphasized', 'emphasised', 'underlined', 'observed', 'tweeted', 'testified', 'stressed', 'reiterated', 'alleged', 'vowed', 'promised',
]);

/** Nouns for an organisation that a definite description refers back to ("the company said", "his company sold"). */
export const ORGANISATION_NOUNS = new Set(['company', 'firm', 'group', 'corporation', 'business', 'carrier', 'airline', 'automaker', 'bank', 'retailer', 'manufacturer', 'maker']);

/**
 * Last words of a company's name ("Apple Computer", "Apple Corps", "Acme Motors"): such a name is an
 * organisation whatever kind an earlier stage gave it.
 */
/** Words that end a title badly: it is cut before them. */
export const DANGLING = new Set([
  'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'the', 'a', 'an', 'that', 'as', 'about', 'into', 'between',
  'against', 'over', 'its', 'their', 'his', 'her', 'also', 'both', 'but', 'than', 'which', 'who', 'while', 'after', 'before', 'during',
  'under', 'through', 'via', 'amid', 'including', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'this',
  'these', 'those', 'our', 'my', 'your', 'not', 'just', 'some', 'any', 'such', 'more', 'most', 'very', 'so', 'then', 'when', 'where',
  'along', 'even', 'alongside', 'like', 'whether', 'if', 'because',
]);
