import { ADVERBS, AUXILIARIES, BE, DETERMINERS, MODALS, PERSONAL_PRONOUNS, auxiliaryWords, contractionParts } from '../language/word-classes.js';
import { isPastForm, verbBase } from '../language/morphology.js';
import type { Mood, Token } from '../types.js';

/** Words that negate the verb group they stand in. */
const NEGATORS = new Set(['not', "n't", 'never']);
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
  let reported = false;
  let negated = false;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    // a contraction is its auxiliaries ("didn't", "won't"), and after a subject ("I'll", "it's") ends the group
    const contracted = contractionParts(tokens[j].lower);
    const words = contracted ?? [tokens[j].lower];
    if (!words.some((w) => AUXILIARIES.has(w) || ADVERBS.has(w))) break;
    for (const w of words) {
      if (NEGATORS.has(w)) negated = true;
      if (w === 'will' || w === "'ll" || w === '’ll' || w === 'shall') future = true;
      if (MODALS.has(w)) {
        modal = true;
        reported = w === 'would' && reportedFuture(tokens, j);
      }
      if (BE.has(w) && j === i - 1) passive = true;
      if (BE.has(w) && j === i - 2 && ADVERBS.has(tokens[i - 1].lower)) passive = true;
      if (w === 'to') {
        to = true;
        const before = tokens[j - 1]?.lower;
        if (before && FUTURE_BEFORE_TO.has(before)) future = true;
      }
    }
    if (contracted && !/n['’]t$/.test(tokens[j].lower)) break;
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
  else if (future || (reported && !to && !alternative)) mood = 'future';
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
    // the subject of a verb still to come: "the talks will be held in May", "said the talks would be held in May"
    if (j === i + width && (tokens[j].lower === 'will' || (tokens[j].lower === 'would' && reportedFuture(tokens, j)))) return 'future';
    if (tokens[j].lower === 'to' && tokens[j + 1]?.lower === 'be') return 'future';
  }
  return 'realis';
}


/** Words that open a clause telling a condition or an open question, not a happening: "if rebels launched an assault", "unless the company raises wages", "whether the plane crashed". */
const CONDITIONS = new Set(['if', 'unless', 'whether']);
/** Words that open an adjunct of its own, out of the reach of the verb before it: "may resign after the crash", "may be resolved in a court hearing". */
const ADJUNCT_OPENERS = new Set(['after', 'before', 'since', 'following', 'during', 'amid', 'despite', 'because', 'until', 'than', 'as', 'in', 'at']);
/** Determiners that introduce a happening rather than presuppose it: "a tender offer", "any attack", "no talks". */
const INDEFINITE = new Set(['a', 'an', 'any', 'some', 'another', 'no', 'more', 'further', 'new']);
/** How far back a verb after "and" looks for the modal it shares ("would begin construction in January and deliver"). */
const COORDINATION_REACH = 10;
/** How far back a noun looks for the verb group whose object it is ("could face charges of fraud", "did not hold talks"). */
const NOUN_SCOPE = 8;

/**
 * The mood a trigger takes from its clause, beyond its own verb group (`verbMood`, `nounMood`):
 * - a condition or an open question tells no happening, whatever its tense: "the army would defend the
 *   port if rebels launched an assault" (TimeML marks these with a CONDITIONAL or MODAL subordination link);
 * - a noun told without a definite determiner is in the scope of the verb group it is the object of:
 *   "might hold talks" is a possibility and "did not hold talks" no meeting. A definite one names a
 *   happening the sentence takes as given ("would investigate the genocide", "may appeal the verdict"),
 *   and an adjunct is out of reach ("may resign after the crash").
 *
 * `of` gives each token's clause (language/clauses.ts); `determiner` is a noun's (noun-or-verb.ts, nounPhrase).
 */
export function clauseMood(tokens: Token[], i: number, of: readonly number[], pos: 'verb' | 'noun', mood: Mood, determiner = ''): Mood {
  if (mood !== 'realis') return mood;
  const first = of.indexOf(of[i]);
  if (CONDITIONS.has(tokens[first]?.lower ?? '')) return 'irrealis';
  if (pos === 'verb') return coordinatedMood(tokens, i) ?? unassertedMood(tokens, i) ?? mood;
  if (determiner && !INDEFINITE.has(determiner)) return mood;
  for (let k = i - 1; k >= first && k >= i - NOUN_SCOPE; k--) {
    const w = tokens[k].lower;
    if (w === ',' || ADJUNCT_OPENERS.has(w)) break;
    const words = auxiliaryWords(w);
    if (words.some((x) => NEGATORS.has(x))) return 'negated';
    if (words.some((x) => MODALS.has(x))) return words.includes('would') && reportedFuture(tokens, k) ? 'future' : 'irrealis';
  }
  return mood;
}

/** Past verbs of saying and deciding whose "would" clause tells what is to come ("said it would close the plant in March"). */
const REPORTED_PAST = new Set(['said', 'told', 'announced', 'added', 'stated', 'confirmed', 'indicated', 'promised', 'pledged', 'predicted', 'warned', 'insisted', 'noted', 'reported', 'agreed', 'decided', 'vowed']);
/** How many words a reported clause's subject (and a "that", or the person told) may take before its "would". */
const REPORTED_SUBJECT = 7;

/**
 * Whether the "would" at `k` is the future of a past that reports it: "Markou said the two sides would hold talks
 * in Athens in September", "The company announced that it would close the plant in March" tell what was to come,
 * as "will" does in direct speech (the SemEval-2015 timelines list such happenings at their date). Not "would have"
 * (what did not happen), nor a "would" with no verb of saying before its clause ("the army would defend the port").
 */
export function reportedFuture(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.lower === 'have' || tokens[k + 1]?.lower === "'ve") return false;
  for (let j = k - 1; j >= 0 && k - j <= REPORTED_SUBJECT + 1; j--) {
    const w = tokens[j].lower;
    if (REPORTED_PAST.has(w)) return j < k - 1;
    if (/^(?:[,;:]|and|or|but|if|when|unless|whether)$/.test(w) || MODALS.has(w)) return false;
  }
  return false;
}

/**
 * The mood a bare verb after "and"/"or" takes from the verb group it is coordinated with: "would begin
 * construction in January and deliver the first ferry", "will close the plant and cut 300 jobs". A past
 * or -s form after "and" has a tense of its own ("would begin … and delivered").
 */
function coordinatedMood(tokens: Token[], i: number): Mood | undefined {
  if (!/^(?:and|or)$/.test(tokens[i - 1]?.lower ?? '') || !bare(tokens[i])) return undefined;
  for (let k = i - 2; k >= 0 && k >= i - COORDINATION_REACH; k--) {
    const t = tokens[k].lower;
    // a series of bare verbs goes on past its commas: "to ensure peace, strengthen cooperation and adopt …"
    if (t === ',' && bare(tokens[k + 1]) && !DETERMINERS.has(tokens[k + 1].lower)) continue;
    if (/^[;:,]$/.test(t) || CONDITIONS.has(t)) return undefined;
    const words = auxiliaryWords(t);
    if (words.some((x) => NEGATORS.has(x))) return 'negated';
    if (words.some((x) => x === 'will' || x === "'ll" || x === '’ll' || x === 'shall')) return 'future';
    if (words.some((x) => MODALS.has(x))) return 'irrealis';
    // an infinitive it continues: "agreed to cut spending and raise taxes", "a pledge to ensure peace … and adopt"
    if (t === 'to' && bare(tokens[k + 1]) && !DETERMINERS.has(tokens[k + 1].lower)) return 'irrealis';
  }
  return undefined;
}

/** Verbs of belief whose clause the speaker does not assert when they are negated ("does not believe X leaked"). */
const BELIEF = new Set(['believe', 'think', 'suspect', 'expect', 'say', 'claim', 'know']);
/** Verbs whose clause, after "that", is denied or doubted as such ("denied that he had taken bribes"). */
const DOUBT = new Set(['deny', 'doubt']);
/** How many words a clause's subject and auxiliaries may take between the verb of belief and the trigger. */
const COMPLEMENT_SUBJECT = 5;

/**
 * The mood of a verb in the clause of a negated verb of belief or of a verb of denial: "he does not
 * believe Ellerman leaked the information", "denied that he had taken bribes" tell no leak and no bribe
 * (TimeML: an I_STATE or REPORTING event with a negative polarity or a denial over the event). The
 * trigger's clause must follow the verb directly, with "that" (always after a verb of denial) or a
 * subject of a few words and no "and" between ("denied the charges and resigned" resigned).
 */
function unassertedMood(tokens: Token[], i: number): Mood | undefined {
  let k = i - 1;
  while (k >= 0 && i - k <= COMPLEMENT_SUBJECT && !/^(?:[,;:]|and|or|but)$/.test(tokens[k].lower)) {
    const base = verbBase(tokens[k].lower);
    if (BELIEF.has(base) || DOUBT.has(base)) {
      const that = tokens[k + 1]?.lower === 'that';
      // without "that", a verb of denial is followed by a noun phrase ("denied the charges filed against him")
      if (DOUBT.has(base) && !that) return undefined;
      const subject = that ? k + 2 : k + 1;
      const first = tokens[subject];
      // the clause opens with its subject: a name, a determiner or a pronoun
      const opens = !!first && subject < i && (/^\p{Lu}/u.test(first.text) || DETERMINERS.has(first.lower) || PERSONAL_PRONOUNS.has(first.lower));
      if (!opens) return undefined;
      if (DOUBT.has(base)) return 'irrealis';
      for (let n = k - 1; n >= 0 && n >= k - 3; n--) if (auxiliaryWords(tokens[n].lower).some((x) => NEGATORS.has(x))) return 'negated';
      return undefined;
    }
    k--;
  }
  return undefined;
}

/** A lower-case word that may be a verb's bare form: no past, -ing or -s ending ("adopt", "raise", "pass"). */
const bare = (t: Token | undefined): boolean => !!t && /^\p{Ll}+$/u.test(t.text) && !isPastForm(t.lower) && !/ing$/.test(t.lower) && !/[^s]s$/.test(t.lower);
