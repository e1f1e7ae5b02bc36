/**
 * Crude checks of event titles as headlines ("Jobs unveils iPhone 4"): does the title start with a
 * name, contain a finite verb, have a headline's length? Word lists, not a parser: the point is to
 * see a rewrite move these shares, and to show sample titles beside them.
 */

/** Words that start a title without naming anyone: pronouns, conjunctions, prepositions, determiners. */
const NOT_A_NAME = new Set(
  ('he she it they we i you his her its their our this that these those there here who what which ' +
    'and but or so then also in on at after before as with of for to by from into over a an some many most').split(' '),
);
const DATE_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight').split(' '),
);
/** Finite verbs that do not end in -s, and lower-case words ending in -s that are not verbs. */
const FINITE_IRREGULAR = new Set('is are was were has have had will would can could does did do may might must shall should'.split(' '));
const NOT_VERBS_IN_S = new Set('its his this thus plus us news series always perhaps whereas towards afterwards besides yes less unless across'.split(' '));

/** The words of a title (letters, digits, apostrophes and hyphens inside a word). */
export function titleWords(title: string): string[] {
  return title.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Capitalised ("Jobs", "EU") or a product name with a capital after a small first letter ("iPod", "eBay"). */
const capitalised = (word: string) => /^\p{Lu}/u.test(word) || /^\p{Ll}\p{Lu}/u.test(word);

/**
 * Whether the title starts with a name: a capitalised first word that is not a pronoun, a function
 * word, a date word or a number. "The" counts when a capitalised word follows ("The Beatles").
 */
export function startsWithName(title: string): boolean {
  const [first, second] = titleWords(title);
  if (!first || !capitalised(first) || /^\p{N}/u.test(first)) return false;
  const lower = first.toLowerCase();
  if (lower === 'the') return second !== undefined && capitalised(second) && !DATE_WORDS.has(second.toLowerCase()) && !/^\p{N}/u.test(second);
  return !NOT_A_NAME.has(lower) && !DATE_WORDS.has(lower);
}

/**
 * Whether the title has a finite verb, crudely: an all-lower-case word after the first ending in -s
 * ("unveils", "passes"; but not "-ss" or the listed non-verbs), or a finite form that does not end
 * in -s ("are", "was", "will"). Plural nouns ("prices") count too: that is the crudeness. A headline's
 * future, "to" and a verb after the subject ("Company to close plant", "Talks to be held"), stands for
 * "will" and counts as well.
 */
export function hasFiniteVerb(title: string): boolean {
  const words = titleWords(title);
  return words
    .slice(1)
    .some((w, n) => w === w.toLowerCase() && /^\p{L}+$/u.test(w) && (FINITE_IRREGULAR.has(w) || (w === 'to' && /^\p{Ll}+$/u.test(words[n + 2] ?? '')) || (w.length >= 3 && /s$/.test(w) && !/ss$/.test(w) && !NOT_VERBS_IN_S.has(w))));
}

export interface TitleChecks {
  titles: number;
  startsWithName: number;
  hasFiniteVerb: number;
  nameAndVerb: number;
  threeToTwelveWords: number;
  oneWord: number;
}

/** Shares (0..1) of the titles that pass each check; `titles` is the count. */
export function titleChecks(titles: readonly string[]): TitleChecks {
  const share = (test: (t: string) => boolean) => (titles.length === 0 ? 0 : titles.filter(test).length / titles.length);
  const words = (t: string) => titleWords(t).length;
  return {
    titles: titles.length,
    startsWithName: share(startsWithName),
    hasFiniteVerb: share(hasFiniteVerb),
    nameAndVerb: share((t) => startsWithName(t) && hasFiniteVerb(t)),
    threeToTwelveWords: share((t) => words(t) >= 3 && words(t) <= 12),
    oneWord: share((t) => words(t) === 1),
  };
}

/** `count` titles spread evenly over the list (the same list gives the same sample). */
export function sampleTitles(titles: readonly string[], count: number): string[] {
  if (titles.length <= count) return [...titles];
  return Array.from({ length: count }, (_, i) => titles[Math.floor((i * titles.length) / count)]);
}
