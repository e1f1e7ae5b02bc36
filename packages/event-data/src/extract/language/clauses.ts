import { IRREGULAR_PAST, pastVerb } from './past-verb.js';
import { ADVERBS, DETERMINERS, PERSONAL_PRONOUNS, PREPOSITIONS } from './word-classes.js';
import type { Span, Token } from '../types.js';

/** Words that open a subordinate or relative clause. */
const OPENERS = new Set(['which', 'who', 'whom', 'whose', 'that', 'while', 'whereas', 'although', 'though', 'because', 'unless', 'whether', 'if', 'where', 'when']);
/** Relative words whose clause, after a comma, is an aside that a second comma closes ("Biden, who spoke on Sunday, welcomed …"). */
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
/** Punctuation that separates clauses. */
const SEPARATORS = new Set([';', ':', '–', '—', '(', ')', '“', '”', '"', '«', '»']);
/**
 * Verbs after which a complement clause starts without "that" ("Trump said he broke …"), and the participles that
 * open such a clause after a comma ("rejected the offer in January, saying it undervalued the company"): in
 * TempEval-3, "saying" is followed by a subject 21 times, as often as "says". Verbs that mostly take a noun
 * object ("announced the deal") are not here.
 */
const COMPLEMENT_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'knew', 'know', 'hope', 'hopes', 'hoped',
  'added', 'adding', 'stressed', 'stressing', 'insisted', 'insisting', 'claimed', 'warned', 'noted', 'noting', 'arguing',
]);
/** Words after such a verb that belong to it rather than open the complement: prepositions, and words that start a date ("said last week that"). */
const NOT_SUBJECT = new Set([
  ',', '.', 'that', 'in', 'on', 'at', 'to', 'for', 'with', 'after', 'during', 'by', 'of', 'from', 'following', 'adding', 'referring',
  'last', 'this', 'next', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'late', 'early', 'recently', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'previously', 'again', 'repeatedly', 'publicly', 'privately',
]);


/**
 * Whether the words after ", and" start a clause of their own: a past-tense verb ("…, and launched
 * the store in 2003") or a subject pronoun within the next few words ("…, and on Monday it closed its
 * plant"), as opposed to the last item of a list ("goods, services, and technology").
 */
function opensClause(tokens: Token[], from: number): boolean {
  // "…in 1976, and launched the store in 2003": a second verb phrase of the same subject, with its own date
  const first = tokens[from];
  if (first && /^\p{Ll}/u.test(first.text) && (IRREGULAR_PAST.has(first.lower) || /^\p{Ll}{3,}ed$/u.test(first.text))) return true;
  // "He started Apple in 1976, and in 1984 the first Macintosh was released": a date that opens what follows sets a
  // clause of its own with its own time, which no list item does
  if (first && /^(?:in|on|during|by)$/.test(first.lower) && /^(?:\d{4}|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[from + 1]?.lower ?? '')) return true;
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    if (PERSONAL_PRONOUNS.has(tokens[k].lower)) return true;
    if (tokens[k].text === ',') return false;
  }
  return false;
}

/** Nouns of time that "that" can determine ("that day", "later that night", "that year", "that season"). */
const TIME_NOUNS = new Set(['day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year', 'quarter', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Names of months and weekdays, which "that" determines only written with a capital ("that June", not "a march that …"). */
const TIME_NAMES = /^(?:(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words that can follow a time phrase and start what comes after it ("that night and …", "that June the plant …", "that day, …"). */
const AFTER_TIME = new Set([...DETERMINERS, ...PREPOSITIONS, ...PERSONAL_PRONOUNS, ...ADVERBS, 'and', 'or', 'but', 'when', 'as', 'while', 'there', 'to', 'until', 'through', 'alone', 'too']);

/**
 * Whether the "that" at i determines a time word ("began repairs that afternoon", "later that day", "that
 * June and …", "that same night") rather than opening a complement or relative clause ("said that …", "the
 * plant that …"). The time phrase must end there: at punctuation, at the end, at a name, or at a word that
 * goes on after a phrase (a conjunction, a pronoun, a preposition, a determiner, an adverb). A time word
 * followed by any other word is the subject or a noun's modifier of a clause that "that" opens ("said that
 * night clubs would close", "said that June sales rose", "warned that winter was coming").
 */
function determinesTime(tokens: readonly Token[], i: number): boolean {
  let j = i + 1;
  if (tokens[j]?.lower === 'same' || tokens[j]?.lower === 'very') j++;
  const time = tokens[j];
  if (!time || !(TIME_NOUNS.has(time.lower) || (TIME_NAMES.test(time.lower) && /^\p{Lu}/u.test(time.text)))) return false;
  const next = tokens[j + 1];
  // in a headline written in Title Case ("Storm That May Hit Coast") a capital names nothing
  const titleCase = /^\p{Lu}/u.test(tokens[i].text);
  return !next || !/^[\p{L}\p{N}]/u.test(next.text) || (!titleCase && /^\p{Lu}/u.test(next.text)) || AFTER_TIME.has(next.lower);
}

/** Whether the word at i opens a subordinate or relative clause: one of the openers, but not "that" determining a time. */
const opensAt = (tokens: readonly Token[], i: number) => OPENERS.has(tokens[i].lower) && !(tokens[i].lower === 'that' && determinesTime(tokens, i));

const ATTRIBUTION_AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'did']);
const ATTRIBUTION_VERBS = new Set(['said', 'says', 'say', 'told', 'reported', 'reports', 'added', 'announced', 'confirmed', 'stated', 'according']);

/**
 * Whether the words after a comma are only the attribution that ends a sentence: ", the US
 * Geological Survey said.", ", officials told reporters.", ", according to police." Its speaker is
 * the source of the report, not a participant of the happening before the comma.
 */
function attributionFollows(tokens: Token[], from: number): boolean {
  let end = tokens.length;
  while (end > from && /^[.!?”"’]$/.test(tokens[end - 1].text)) end--;
  if (end - from > 8 || end <= from) return false;
  for (let k = from; k < end; k++) {
    if (tokens[k].text === ',' || SEPARATORS.has(tokens[k].text)) return false;
    // ", workers had reported a leak." is a clause of its own, not an attribution
    if (ATTRIBUTION_AUXILIARIES.has(tokens[k].lower)) return false;
    if (tokens[k].lower === 'according') return k === from;
    // the verb ends the sentence, or nearly: ", officials said on Monday.", ", police told reporters."
    if (ATTRIBUTION_VERBS.has(tokens[k].lower)) return k > from && end - k <= 3;
  }
  return false;
}

const NOT_ASIDE = new Set(['said', 'told', 'added', 'reported', 'noted', 'stated', 'announced', 'based']);

/**
 * Whether the word after a comma opens a participle phrase that describes the noun before it: ",
 * founded in 1951,", ", built in 1911,", ", backed by the family,". A verb of saying there is an
 * attribution (", said Kemp's lawyer"), not an aside.
 */
function participleAside(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (NOT_ASIDE.has(w) || !/^\p{Ll}/u.test(tokens[i].text)) return false;
  if (!/^\p{L}{3,}ed$/u.test(w) && !IRREGULAR_PAST.has(w) && !IRREGULAR_PARTICIPLES.has(w)) return false;
  // the phrase goes on with a preposition or "by": "founded in", "backed by", "built for"
  return /^(?:in|on|by|at|for|from|to|with|during|after|before|last|this|as)$/.test(tokens[i + 1]?.lower ?? '');
}

/**
 * Words that end a date ("on Thursday", "in 1985", "early December", "two weeks ago"): after one, ", when"
 * opens a relative clause about that time, as ", where" does about a place ("In contrast to Thursday, when
 * 133 people were arrested, protesters were calmer Friday").
 */
const DATE_END = /^(?:\d{4}|(?:jan|febr)uary|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|night|morning|afternoon|evening|spring|summer|autumn|fall|winter|ago|today|yesterday|\d{1,2})$/;

/** Words that open an adverbial clause of time at the start of a sentence ("When Jobs introduced the phone, he …"). */
const TIME_OPENERS = new Set(['when', 'while', 'as', 'once', 'after', 'before']);
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did', 'does', 'do']);

/**
 * The index of the comma that ends a sentence-initial adverbial clause of time, or -1: "When Jobs first
 * introduced iPhone 4, he praised …", "While introducing iPhone 4, Jobs …", "After the case closed, Jobs
 * …". The words before the comma must hold a verb (a finite form, or a participle after "when"/"while"),
 * so that a phrase ("After the vote, …", "As a result, …") stays in the main clause.
 */
function leadingTimeClause(tokens: Token[]): number {
  const opener = tokens[0]?.lower ?? '';
  if (!TIME_OPENERS.has(opener)) return -1;
  for (let k = 1; k < tokens.length && k < 30; k++) {
    const t = tokens[k];
    if (t.text === ',') {
      const words = tokens.slice(1, k);
      const finite = words.some((w, j) => FINITE.has(w.lower) || IRREGULAR_PAST.has(w.lower) || (j > 0 && /^\p{Ll}{3,}ed$/u.test(w.text)));
      const participle = (opener === 'when' || opener === 'while') && /^\p{Ll}{3,}(?:ing|ed)$/u.test(words[0]?.text ?? '');
      // "when", "while" and "once" before a subject open a clause whatever its verb ("When the storm hit the coast,"), but
      // not before a preposition or an adverb ("While in office,", "Once again,")
      const subject = opener !== 'as' && words.length >= 2 && !PREPOSITIONS.has(words[0].lower) && !ADVERBS.has(words[0].lower);
      return finite || participle || subject ? k : -1;
    }
    if (SEPARATORS.has(t.text) || opensAt(tokens, k)) return -1;
  }
  return -1;
}

/** Words that order one happening against another and, before a clause of their own, open it ("rose in March after the company warned"). */
const ORDER_OPENERS = new Set(['after', 'before', 'until', 'since']);

/**
 * Whether the word at i opens an adverbial clause of time that orders its happening against the main one (TimeML:
 * BEFORE, AFTER): an ordering word inside the sentence followed, before any comma, by a subject and a finite verb
 * ("Talks resumed in March after the largest shareholder urged the board to negotiate"), not by a noun phrase alone
 * ("after the vote") nor by a participle with no subject of its own ("after being arrested"). A title's object
 * ends there. (Dating does not cut the sentence there: a happening ordered this way most often falls in the
 * period its sentence names, "In 2000, they found themselves in the water after their boat capsized".)
 */
export function opensOrderedClause(tokens: readonly Token[], i: number): boolean {
  if (i <= 0 || i >= tokens.length || !ORDER_OPENERS.has(tokens[i].lower) || /^\p{Ll}+ing$/u.test(tokens[i + 1]?.text ?? '')) return false;
  // the subject opens the clause: no date ("since 2004 and has been"), and no conjunction before the verb
  const next = tokens[i + 1]?.lower ?? '';
  if (/^\d/.test(next) || TIME_NAMES.test(next)) return false;
  let end = i + 1;
  while (end < tokens.length && end <= i + 10 && tokens[end].text !== ',' && !SEPARATORS.has(tokens[end].text) && !OPENERS.has(tokens[end].lower) && !['and', 'or', 'but'].includes(tokens[end].lower)) end++;
  if (pastVerb(tokens, i + 2, end) >= 0) return true;
  for (let k = i + 2; k < end; k++) if (FINITE.has(tokens[k].lower) && !PREPOSITIONS.has(tokens[k - 1].lower) && !DETERMINERS.has(tokens[k - 1].lower)) return true;
  return false;
}

const IRREGULAR_PARTICIPLES = new Set(['born', 'known', 'taken', 'given', 'written', 'chosen', 'driven', 'shown', 'seen', 'beaten', 'stolen', 'sworn', 'thrown', 'grown', 'drawn', 'forgiven']);

/** The clauses of a sentence. */
export interface Clauses {
  /** For each token, the index of its clause. */
  of: number[];
  spans: Span[];
  /** For each clause, the clause it continues after a closed aside (the main clause after ", who …,"), or -1. */
  resumes: number[];
  /** For each clause, whether it is a relative clause (opened by who, which, whom, whose, where). */
  relative: boolean[];
}

const memo = new WeakMap<Token[], Clauses>();

/**
 * Cuts a sentence's tokens into clauses. A clause starts at separating punctuation, at a
 * subordinating or relative word, at ", but", and after a verb of saying or thinking followed by
 * its complement; an aside opened by ", who" or ", which" ends at the next comma, where the clause
 * it interrupted resumes.
 */
export function clauses(tokens: Token[]): Clauses {
  let known = memo.get(tokens);
  if (!known) memo.set(tokens, (known = cut(tokens)));
  return known;
}

function cut(tokens: Token[]): Clauses {
  const of: number[] = [];
  const spans: Span[] = [];
  const resumes: number[] = [];
  const relative: boolean[] = [];
  let current = 0;
  let start = 0;
  let isRelative = false;
  let resume = -1;
  let aside = -1; // the clause an open ", who …" aside interrupted
  // a sentence-initial clause of time ends at its comma, where the main clause it modifies begins
  const leading = leadingTimeClause(tokens);
  const open = (i: number, nextRelative: boolean, nextResume = -1) => {
    if (i > start) {
      spans.push({ start: tokens[start].start, end: tokens[i - 1].end });
      relative.push(isRelative);
      resumes.push(resume);
      current++;
      start = i;
    }
    isRelative = nextRelative;
    resume = nextResume;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    // the colon of a clock time ("09:30 GMT") is part of the time, not a break between clauses
    const clockColon = t.text === ':' && !!prev && prev.end === t.start && /^\d{1,2}$/.test(prev.text) && /^\d{2}$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 1].start === t.end;
    if (SEPARATORS.has(t.text) && !clockColon) {
      open(i, false);
      aside = -1;
    } else if (prev?.text === ',' && i >= 2 && participleAside(tokens, i)) {
      // ", founded in 1951," is an aside about the noun before it, like ", which was founded in 1951,"
      const interrupted = current;
      open(i, true);
      aside = interrupted;
    } else if (leading > 0 && i === leading + 1) open(i, false);
    else if (t.lower === 'when' && prev?.text === ',' && i >= 2 && DATE_END.test(tokens[i - 2].lower)) {
      // ", when" after a date: an aside about that time that the next comma closes, like ", where" after a place
      const interrupted = current;
      open(i, true);
      aside = interrupted;
    } else if (t.lower === 'and' && prev?.text === ',' && opensClause(tokens, i + 1)) open(i, false);
    else if (t.text === ',' && attributionFollows(tokens, i + 1)) open(i, false);
    else if (opensAt(tokens, i) && prev && prev.lower !== 'so' && prev.lower !== 'such') {
      const interrupted = current;
      open(i, RELATIVE.has(t.lower));
      aside = prev.text === ',' && RELATIVE.has(t.lower) ? interrupted : -1;
    } else if (t.lower === 'but' && prev?.text === ',') open(i, false);
    else if (aside >= 0 && prev?.text === ',' && i - 1 > start) {
      open(i, false, aside);
      aside = -1;
    } else if (prev && COMPLEMENT_VERBS.has(prev.lower) && !NOT_SUBJECT.has(t.lower)) open(i, false);
    of.push(current);
  }
  if (tokens.length) {
    spans.push({ start: tokens[start].start, end: tokens[tokens.length - 1].end });
    relative.push(isRelative);
    resumes.push(resume);
  }
  return { of, spans, resumes, relative };
}
