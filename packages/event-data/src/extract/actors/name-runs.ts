import { CASE_SENSITIVE, FIRST_WORDS, GAZETTEER, LONGEST_NAME, type GazetteerEntry } from './gazetteer.js';
import { HONORIFICS, OCCUPATIONS, TITLE_WORDS } from './cue-words.js';
import { COMPANY_WORDS, EVENT_WORDS, NAME_OPENERS, NAME_PARTICLES, NOT_NAME, NOT_NAME_ACRONYMS, ORG_HEADS, ORG_WORDS, PLACE_WORDS, isOrgSuffix } from './name-words.js';
import { isCapitalized, normalizeSpace } from '../language/tokens.js';
import { NUMBER_WORDS } from '../../timex/lexicon.js';
import type { Span, Token } from '../types.js';

/**
 * A run of capitalised words that may name someone or something ("Steve Jobs", "Apple Inc.", "Royal Courts
 * of Justice", "iPhone 4", "AT&T"), with what its own shape says.
 */
export interface NameRun extends Span {
  /** Tokens [first, after) of the sentence's tokens (possessives split off). */
  first: number;
  after: number;
  text: string;
  /** The name with its white space collapsed. */
  name: string;
  /** The last word of the name before any "of" tail, corporate suffix or model number, lower-case ("courts", "store"). */
  head: string;
  /** Ends in a corporate suffix ("Inc.", "Ltd", "AG"). */
  suffix: boolean;
  /** Ends in a model number ("iPhone 4", "Boeing 747", "iPhone 3G"). */
  model: boolean;
  /** One word in capitals ("NPD", "FAA", "AT&T"). */
  acronym: boolean;
  /** Has a word in capitals among others ("MP3 Player", "NPD Group"): not a person's name. */
  capitals: boolean;
  /** A word written with a lower-case first letter and a capital inside ("iPhone", "eBay"). */
  camel: boolean;
}

/** Words that can head an organisation or a place before an "of" tail ("Bank of America", "Gulf of Mexico"). */
const HEADS_BEFORE_OF = (lower: string) => ORG_WORDS.has(lower) || ORG_HEADS.has(lower) || COMPANY_WORDS.has(lower) || PLACE_WORDS.has(lower) || EVENT_WORDS.has(lower);
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words after a number that make it a quantity, not a model number ("Apple 5 percent", "Jobs 10 years"). */
const UNITS = new Set(['percent', '%', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'years', 'year', 'days', 'day', 'months', 'weeks', 'hours', 'minutes', 'times', 'points', 'to', 'of']);
const MAX_WORDS = 7;

export const isCamel = (text: string): boolean => /^\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}]+$/u.test(text);
const isAllCaps = (text: string): boolean => /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(text) && !/^\p{Lu}\p{N}+$/u.test(text);

/** A capitalised compound with a lower-case last part ("Intel-based", "Structure-wise", "Russian-backed"): an adjective or adverb. */
export const COMPOUND = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * A capitalised word that can be part of a name: "Lavrov", "McDonald", "al-Assad" (not "Mr.", "The", "Council",
 * nor a number word opening a sentence: "Three Lufthansa pilots resigned").
 */
export const isNameWord = (t: Token): boolean =>
  isCapitalized(t.text) &&
  !HONORIFICS.has(t.lower) &&
  /^\p{Lu}[\p{Ll}’'\-]*\p{Ll}[\p{L}’'\-]*$/u.test(t.text) &&
  !NOT_NAME.has(t.lower) &&
  !ORG_WORDS.has(t.lower) &&
  !COMPOUND.test(t.text) &&
  !NUMBER_WORDS.has(t.lower);

/** A pair of capitalised names joined by a hyphen ("Lavrov-Tillerson", "Wal-Mart"). */
export const isHyphenPair = (t: Token): boolean => /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text);

/** "Cupertino-based", "Texas-based": the place a company is based in, not a name of its own. */
export const isBasedWord = (t: Token): boolean => /^\p{Lu}[\p{L}.]*-based$/u.test(t.text);

/**
 * An acronym at token i (all capitals, "AT&T" across its three tokens): its width in tokens, or 0. Words in
 * capitals next to other such words are shouting ("MUST WATCH"), not acronyms; "CEO", "GMT" name nothing.
 */
export function acronymAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!isAllCaps(t.text)) return 0;
  let w = 1;
  // "AT&T", "P&G": capitals joined by "&" with no space between
  while (tokens[i + w]?.text === '&' && tokens[i + w].start === tokens[i + w - 1].end && tokens[i + w + 1] && tokens[i + w + 1].start === tokens[i + w].end && /^\p{Lu}+\.?$/u.test(tokens[i + w + 1].text)) w += 2;
  if (w === 1 && NOT_NAME_ACRONYMS.has(t.lower)) return 0;
  const shouting = (k: number) => !!tokens[k] && tokens[k].text.length >= 3 && /^\p{Lu}+$/u.test(tokens[k].text) && !NOT_NAME_ACRONYMS.has(tokens[k].lower);
  if (w === 1 && t.text.length >= 3 && (shouting(i - 1) || shouting(i + 1))) return 0;
  return w;
}

/** The longest gazetteer name starting at token i: [entry, width]. */
export function gazetteerAt(tokens: readonly Token[], i: number): [GazetteerEntry, number] | undefined {
  if ((!isCapitalized(tokens[i].text) && !tokens[i].lower.startsWith('al-')) || !FIRST_WORDS.has(tokens[i].lower)) return undefined;
  for (let w = Math.min(LONGEST_NAME, tokens.length - i); w >= 1; w--) {
    let key = tokens[i].lower;
    for (let k = 1; k < w; k++) key += ` ${tokens[i + k].lower}`;
    const entry = GAZETTEER.get(key);
    if (!entry) continue;
    const surface = tokens.slice(i, i + w).map((t) => t.text).join(' ');
    const bare = surface.replace(/\./g, '');
    if (w === 1 && CASE_SENSITIVE.has(bare.toUpperCase()) && bare !== bare.toUpperCase()) continue;
    return [entry, w];
  }
  return undefined;
}

/** A title or an occupation before a capitalised name ("CEO Steve Jobs", "Analyst Shawn Wu"): the role, not part of the name. */
export const isTitleBefore = (tokens: readonly Token[], j: number): boolean => {
  const t = tokens[j];
  const next = tokens[j + 1];
  return (TITLE_WORDS.has(t.lower) || OCCUPATIONS.has(t.lower)) && !!next && isCapitalized(next.text) && !ORG_WORDS.has(next.lower) && !GENERATIONS.test(next.text);
};
/** "Jr.", "Sr.", "III" after a name belong to it ("Martin Luther King Jr."). */
const GENERATIONS = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** Whether token i can open a name: a name word, an acronym, a camel-case brand, or a word that opens an organisation's name. */
function opensName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // most words have no capital at all: they open nothing (a cheap test before the patterns below)
  if (t.text === t.lower) return false;
  if (!isCapitalized(t.text)) return isCamel(t.text);
  const next = tokens[i + 1];
  if (isBasedWord(t)) return false;
  if (acronymAt(tokens, i) > 0) return true;
  // "Foreign Ministry", "General Motors": a title word that opens an organisation's name
  if (isCapitalized(t.text) && next && isCapitalized(next.text) && !NOT_NAME.has(t.lower) && (ORG_WORDS.has(next.lower) || COMPANY_WORDS.has(next.lower))) return true;
  // "Bank of America", "Court of Appeal": a head word with its "of" tail
  if (isCapitalized(t.text) && HEADS_BEFORE_OF(t.lower) && next?.lower === 'of' && tokens[i + 2] && isCapitalized(tokens[i + 2].text)) return true;
  // "Wal-Mart Stores", "Hewlett-Packard Co.": a hyphenated pair is a company's name when a company word follows
  if (isHyphenPair(t)) return !!next && (COMPANY_WORDS.has(next.lower) || isOrgSuffix(next.text));
  // "St. Mary's Hospital", "Mt. Everest", "Ft. Worth"
  if (/^(?:St|Mt|Ft)\.$/.test(t.text) && next && isNameWord(next)) return true;
  return isNameWord(t) && !TITLE_WORDS.has(t.lower) && !isTitleBefore(tokens, i);
}

/** Whether token j continues the name run that ends before it. */
function continuesName(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  // a title ends a name: "Apple | CEO Steve Jobs", "Chief Operating | Officer", but "Martin Luther King Jr."
  if ((TITLE_WORDS.has(t.lower) || OCCUPATIONS.has(t.lower)) && !(tokens[j + 1] && (ORG_WORDS.has(tokens[j + 1].lower) || GENERATIONS.test(tokens[j + 1].text)))) return 0;
  if (isOrgSuffix(t.text)) return 0; // "Apple | Inc": the suffix closes the name below
  if (isNameWord(t) || (ORG_WORDS.has(t.lower) && isCapitalized(t.text)) || isCamel(t.text)) return 1;
  // initials and generations inside a person's name: "Timothy D. Cook", "Martin Luther King Jr."
  if (/^\p{Lu}\.$/u.test(t.text) && tokens[j + 1] && isNameWord(tokens[j + 1])) return 1;
  if (GENERATIONS.test(t.text)) return 1;
  const acronym = acronymAt(tokens, j);
  if (acronym) return acronym;
  if (NAME_PARTICLES.has(t.lower) && tokens[j + 1] && isCapitalized(tokens[j + 1].text)) return 1;
  // "Procter & Gamble", "Barnes & Noble": names joined by an ampersand are one company
  if (t.text === '&' && tokens[j + 1] && isCapitalized(tokens[j + 1].text) && !TITLE_WORDS.has(tokens[j + 1].lower)) return 1;
  return 0;
}

/** The width of an "of" tail at token j after a head word ("of America", "of the Treasury", "of Justice"), or 0. */
function ofTail(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.lower !== 'of') return 0;
  let k = j + 1;
  if (tokens[k]?.lower === 'the') k++;
  const from = k;
  while (k < tokens.length && k - j <= 4 && isCapitalized(tokens[k].text) && /^\p{L}/u.test(tokens[k].text) && !CALENDAR.test(tokens[k].lower) && !HONORIFICS.has(tokens[k].lower)) k++;
  return k > from ? k - j : 0;
}

/** Builds the run that starts at token i (which `opensName` accepted). */
function runAt(tokens: readonly Token[], i: number, text: string): NameRun {
  let j = i + (acronymAt(tokens, i) || 1);
  let head = j - 1;
  while (j < tokens.length && j - i < MAX_WORDS) {
    const w = continuesName(tokens, j);
    if (w) {
      j += w;
      head = j - 1;
      continue;
    }
    const tail = HEADS_BEFORE_OF(tokens[j - 1].lower) ? ofTail(tokens, j) : 0;
    if (!tail) break;
    j += tail;
  }
  let joined: string | undefined;
  // "the Disaster and Emergency Management Authority", "the Bill and Melinda Gates Foundation": a word joined by
  // "and" to a body's name after "the" (people's names take no article: "Jobs and Apple Computer" are two)
  if (tokens[j]?.lower === 'and' && j - i === 1 && tokens[i - 1]?.lower === 'the' && !HEADS_BEFORE_OF(tokens[j - 1].lower) && tokens[j + 1] && opensName(tokens, j + 1)) {
    const tail = runAt(tokens, j + 1, text);
    if (!tail.suffix && (ORG_HEADS.has(tail.head) || ORG_WORDS.has(tail.head) || COMPANY_WORDS.has(tail.head)) && tail.after - tail.first >= 2) {
      j = tail.after;
      joined = tail.head;
    }
  }
  // "Worldwide Developer's Conference", "Children's Hospital": a possessive inside the name of an event or a
  // body, when the words before it name nothing themselves (unlike the owner in "Apple's iTunes Store")
  if (/^['’]s$/.test(tokens[j]?.text ?? '') && (j - i >= 2 || /(?:ren|men|people)$/.test(tokens[j - 1].lower)) && !HEADS_BEFORE_OF(tokens[j - 1].lower) && tokens[j + 1] && opensName(tokens, j + 1)) {
    const tail = runAt(tokens, j + 1, text);
    if (!tail.suffix && (ORG_HEADS.has(tail.head) || ORG_WORDS.has(tail.head) || COMPANY_WORDS.has(tail.head) || EVENT_WORDS.has(tail.head))) {
      j = tail.after;
      joined = tail.head;
    }
  }
  let suffix = false;
  let model = false;
  // "Apple Inc.", "Apple, Inc.": a corporate suffix closes a company's name
  const comma = tokens[j]?.text === ',' ? 1 : 0;
  if (tokens[j + comma] && isOrgSuffix(tokens[j + comma].text) && (comma === 0 || tokens[j + 2]?.text !== ',' || !/^\p{Lu}/u.test(tokens[j + 3]?.text ?? ''))) {
    j += comma + 1;
    suffix = true;
  } else if (tokens[j] && /^(?:\p{N}{1,3}\p{L}{0,2}|\p{Lu}\p{N}{2,4})$/u.test(tokens[j].text) && tokens[j].start === tokens[j - 1].end + 1 && !UNITS.has(tokens[j + 1]?.lower ?? '')) {
    // "iPhone 4", "Boeing 747", "iPhone 3G": a name with a model number names a product
    j++;
    model = true;
  }
  const acronym = j - i === acronymAt(tokens, i) && !suffix;
  // "National Transportation Safety Board": words such as "National" open a body's or a place's name
  if (HEADS_BEFORE_OF(joined ?? tokens[head].lower) || suffix)
    while (i > 0 && NAME_OPENERS.has(tokens[i - 1].lower) && isCapitalized(tokens[i - 1].text)) i--;
  const start = tokens[i].start;
  // "AT&T." at the end of a sentence: the period is the sentence's
  const end = tokens[j - 1].end - (/^\p{Lu}\.$/u.test(tokens[j - 1].text) && tokens[j - 2]?.text === '&' ? 1 : 0);
  const surface = text.slice(start, end);
  return {
    first: i,
    after: j,
    start,
    end,
    text: surface,
    name: normalizeSpace(surface),
    head: joined ?? tokens[head].lower,
    suffix,
    capitals: tokens.slice(i, j).some((t) => isAllCaps(t.text)),
    model,
    acronym,
    camel: tokens.slice(i, j).some((t) => isCamel(t.text)),
  };
}

/** The name run that starts at token i, if one does (gazetteer names are looked up first, by `gazetteerAt`). */
export function nameRunAt(tokens: readonly Token[], i: number, text: string): NameRun | undefined {
  return opensName(tokens, i) ? runAt(tokens, i, text) : undefined;
}
