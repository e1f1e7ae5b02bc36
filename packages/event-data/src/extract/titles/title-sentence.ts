import { COMPOUND } from '../actors/name-runs.js';
import { isCapitalized, normalizeSpace } from '../language/tokens.js';
import { isPastForm, SAME_FORM_VERBS } from '../language/morphology.js';
import { NOT_VERB_ED } from '../language/past-verb.js';
import { TRIGGERS } from '../triggers/lexicon.js';
import { bySentence } from '../spans/by-sentence.js';
import { sortedSpans } from '../spans/sorted-spans.js';
import { ADVERBS, ARTICLES, AUXILIARIES, CLAUSE_OPENERS, POSSESSIVES, PREPOSITIONS, RELATIVES, SAYING, SUBJECT_PRONOUNS } from './title-words.js';
import type { ActorMention, Entity, Sentence, Span, Token } from '../types.js';

/** What a title is written from: one sentence, read with what the article around it knows. */
export interface TitleSentence {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** Per token: inside a date expression. */
  readonly timex: readonly boolean[];
  /** Per token: a name (capitalised not merely because it starts the sentence or a title-case headline). */
  readonly name: readonly boolean[];
  /** The article's entities and every actor mention, in text order (pronouns are resolved among them). */
  readonly entities: readonly Entity[];
  readonly mentions: readonly ActorMention[];
  /** The actor mentions of this sentence. */
  readonly here: readonly ActorMention[];
  /** How many times the article mentions each entity (by index). */
  readonly counts: ReadonlyMap<number, number>;
  /** The whole article text, which mention offsets point into ('' when unknown). */
  readonly text: string;
  /** Lower-case words the article writes capitalised inside a sentence (see `properWords`). */
  readonly properWords: ReadonlySet<string>;
  /** The sentence before, in the same view, when the article's sentences are known and it is not the headline. */
  previous(): TitleSentence | undefined;
}

/** What the whole article gives each of its titles. */
export interface TitleDoc {
  entities: readonly Entity[];
  actorMentions: readonly ActorMention[];
  /** Lower-case words the article writes capitalised inside a sentence: names, not sentence starts. */
  properWords: ReadonlySet<string>;
  /** The article text. */
  text?: string;
  /** The article's sentences, by index: a title may read the sentence before its own. */
  sentences?: readonly Sentence[];
}

const OPENING = new Set(['“', '"', '‘', "'", '(', '«', ':', '–', '—', '-']);

/** Words capitalised where a sentence does not start, outside title-case headlines: the article's names. */
export function properWords(sentences: readonly Sentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    if (s.kind === 'headline') continue;
    const { tokens } = s;
    for (let i = 1; i < tokens.length; i++) if (isCapitalized(tokens[i].text) && !OPENING.has(tokens[i - 1].text)) out.add(tokens[i].lower);
  }
  return out;
}

const camel = (w: string) => /^\p{Ll}+\p{Lu}/u.test(w); // iPod, eBay

const countsOf = new WeakMap<readonly ActorMention[], Map<number, number>>();
const views = new WeakMap<Sentence, { dates: readonly Span[]; doc: TitleDoc; view: TitleSentence }>();

/** The view of one sentence that titles are read from (the same one for the events of one sentence). */
export function titleSentence(sentence: Sentence, dates: readonly Span[], doc: TitleDoc): TitleSentence {
  const known = views.get(sentence);
  if (known && known.dates === dates && known.doc === doc) return known.view;
  const view = buildView(sentence, dates, doc);
  views.set(sentence, { dates, doc, view });
  return view;
}

function buildView(sentence: Sentence, dates: readonly Span[], doc: TitleDoc): TitleSentence {
  const { tokens } = sentence;
  // looked up, not filtered from the whole article's lists: a pass over them for each sentence grows with the square of its length
  const here = sortedSpans(dates).overlapping(sentence.start, sentence.end);
  const timex = tokens.map((t) => here.length > 0 && here.some((x) => t.start < x.end && t.end > x.start));
  const mentions = bySentence(doc.actorMentions).of(sentence.index);
  const mentioned = (t: Token) => mentions.some((m) => t.start >= m.start && t.end <= m.end);
  // a headline in title case capitalises every word; one in sentence case only its names
  const long = sentence.kind === 'headline' ? tokens.filter((t) => /^\p{L}{4,}$/u.test(t.text)) : [];
  const titleCase = long.length >= 3 && long.filter((t) => isCapitalized(t.text)).length >= 0.7 * long.length;
  const name = tokens.map((t, i) => {
    if (!isCapitalized(t.text)) {
      if (t.text !== t.lower) return camel(t.text);
      const c = t.text.charCodeAt(0);
      return c >= 48 && c <= 57 && i > 0 && isCapitalized(tokens[i - 1].text) && !timex[i] && !ARTICLES.has(tokens[i - 1].lower);
    }
    if (ARTICLES.has(t.lower) || POSSESSIVES.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || t.lower === 'and') {
      return false;
    }
    // "Halifax-based", "Russian-backed": an adjective, which no pronoun stands for
    if (COMPOUND.test(t.text)) return false;
    const initial = i === 0 || OPENING.has(tokens[i - 1].text);
    if (!titleCase && !initial) return true;
    return mentioned(t) || doc.properWords.has(t.lower) || /^\p{Lu}{2,}/u.test(t.text);
  });
  let counts = countsOf.get(doc.actorMentions);
  if (!counts) {
    counts = new Map<number, number>();
    for (const m of doc.actorMentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    countsOf.set(doc.actorMentions, counts);
  }
  const previous = () => {
    const before = doc.sentences?.[sentence.index - 1];
    return before && before.kind !== 'headline' ? titleSentence(before, dates, doc) : undefined;
  };
  return { sentence, tokens, timex, name, entities: doc.entities, mentions: doc.actorMentions, here: mentions, counts, text: doc.text ?? '', properWords: doc.properWords, previous };
}

/** The original text of the tokens at these indices: runs of neighbours as they stand in the article ("$12 million", "AT&T"), runs joined by a space. */
export function render(ts: TitleSentence, indices: readonly number[]): string {
  const parts: string[] = [];
  const { tokens, sentence } = ts;
  for (let k = 0; k < indices.length; ) {
    let j = k;
    while (j + 1 < indices.length && indices[j + 1] === indices[j] + 1) j++;
    parts.push(sentence.text.slice(tokens[indices[k]].start - sentence.start, tokens[indices[j]].end - sentence.start));
    k = j + 1;
  }
  const text = parts.join(' ');
  // most slices have single plain spaces only: the Unicode-aware clean-up runs when they do not
  return /[^\S ]| {2}|^ | $|[\u180e\u200b]/u.test(text) ? normalizeSpace(text) : text;
}

/** Indices `from`..`to` (exclusive), without date expressions and parenthetical asides ("(WWDC)", "(33.02-cm)"). */
export function span(ts: TitleSentence, from: number, to: number): number[] {
  const out: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const w = ts.tokens[i].text;
    if (w === '(') depth++;
    else if (w === ')') depth = Math.max(0, depth - 1);
    else if (!depth && !ts.timex[i]) out.push(i);
  }
  return out;
}

/** Words that count a plural noun ("many times", "several years"): what follows them is no verb. */
const QUANTIFIERS = new Set(['many', 'few', 'several', 'some', 'all', 'both', 'most', 'more', 'fewer', 'less', 'no', 'other', 'various', 'numerous', 'two', 'three', 'four', 'five', 'ten', 'hundred', 'thousand', 'million', 'billion']);
const WH = new Set(['what', 'how', 'why', 'whether', 'there', 'here', 'yet', 'however', 'thus', 'also', 'not']);

/** Participles that mostly describe a noun in news ("the alleged plot", "limited edition"): not the verb of a title. */
const ADJECTIVE_ED = new Set(['united', 'alleged', 'armed', 'detailed', 'limited', 'concerned', 'interested', 'advanced', 'experienced', 'supposed', 'biased']);

/** Per sentence view, what `looksVerb` and `modifier` said of each token (0 unknown, 1 no, 2 yes): both are asked often. */
const verbMemo = new WeakMap<TitleSentence, Uint8Array>();
const modifierMemo = new WeakMap<TitleSentence, Uint8Array>();
const memoised = (memo: WeakMap<TitleSentence, Uint8Array>, ts: TitleSentence, i: number, compute: () => boolean): boolean => {
  if (i < 0 || i >= ts.tokens.length) return false;
  let known = memo.get(ts);
  if (!known) memo.set(ts, (known = new Uint8Array(ts.tokens.length)));
  if (!known[i]) known[i] = compute() ? 2 : 1;
  return known[i] === 2;
};

/** Whether token `i` is probably a verb: an auxiliary, a past form, a verb of saying, or a word the trigger lexicon knows only as a verb. */
export const looksVerb = (ts: TitleSentence, i: number): boolean => memoised(verbMemo, ts, i, () => verbAt(ts, i));

function verbAt(ts: TitleSentence, i: number): boolean {
  const t = ts.tokens[i];
  if (!t || ts.name[i] || ts.timex[i] || !/^\p{L}/u.test(t.text)) return false;
  const w = t.lower;
  if (AUXILIARIES.has(w)) return true;
  // "Pacific Dairy cut 300 jobs", "was set by": a verb whose past is its base, after a name, a pronoun or an auxiliary
  if (SAME_FORM_VERBS.has(w) && i > 0) {
    const p = ts.tokens[i - 1];
    const n = ts.tokens[i + 1]?.lower ?? '';
    return ts.name[i - 1] || SUBJECT_PRONOUNS.has(p.lower) || AUXILIARIES.has(p.lower) || (/^\p{Ll}+$/u.test(p.text) && !ARTICLES.has(p.lower) && (ARTICLES.has(n) || POSSESSIVES.has(n) || /^\p{N}/u.test(ts.tokens[i + 1]?.text ?? '')));
  }
  // "member states to ban", "air strikes on": a plural after a noun, with no object after it
  const next = ts.tokens[i + 1]?.lower ?? '';
  const objectNext = ARTICLES.has(next) || POSSESSIVES.has(next) || next === 'that' || /^\p{N}/u.test(ts.tokens[i + 1]?.text ?? '');
  if (/^\p{Ll}{3,}s$/u.test(t.text) && i > 0 && /^\p{Ll}+$/u.test(ts.tokens[i - 1].text) && !SUBJECT_PRONOUNS.has(ts.tokens[i - 1].lower) && !objectNext) return false;
  if (SAYING.has(w)) return true;
  if (isPastForm(w) && !NOT_VERB_ED.has(w) && !ADJECTIVE_ED.has(w)) return true;
  // "his government shares the assessment", "Apple unveils a phone": an -s form between a noun and an object
  const before = ts.tokens[i - 1]?.lower ?? '';
  if (/^\p{Ll}{3,}s$/u.test(t.text) && !/(ss|us|is|ics)$/.test(w) && i > 0 && (ts.name[i - 1] || (/^\p{Ll}+$/u.test(before) && !ARTICLES.has(before) && !PREPOSITIONS.has(before) && !QUANTIFIERS.has(before))) &&
    objectNext) return true;
  const entries = TRIGGERS.get(w);
  return !!entries && entries.some((e) => e.pos === 'verb') && !entries.some((e) => e.pos === 'noun') && !w.endsWith('ing');
}

/** Whether token `i` can stand inside a noun phrase before its head: an adjective, a noun, a number, a name, a possessive. */
export const modifier = (ts: TitleSentence, i: number): boolean => memoised(modifierMemo, ts, i, () => modifierAt(ts, i));

function modifierAt(ts: TitleSentence, i: number): boolean {
  const t = ts.tokens[i];
  if (!t || ts.timex[i]) return false;
  const w = t.lower;
  if (ts.name[i] || /^\p{N}/u.test(t.text) || /['’]s$/u.test(w) || ['$', '€', '£', '%', '-', '&', "'", '’'].includes(t.text)) return true;
  if (gluedInNumber(ts, i)) return true;
  if (!/^\p{L}/u.test(t.text) || PREPOSITIONS.has(w) || AUXILIARIES.has(w) || CLAUSE_OPENERS.has(w) || RELATIVES.has(w) || SUBJECT_PRONOUNS.has(w) || WH.has(w) || ADVERBS.has(w)) return false;
  if (/^\p{Ll}+ly$/u.test(t.text) && !['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'family', 'italy', 'july', 'supply', 'assembly', 'rally', 'ally'].includes(w)) return false;
  if (ARTICLES.has(w) || POSSESSIVES.has(w) || w === 'and' || w === 'or' || w === 'not') return false;
  // a participle is an adjective after an article or an adverb ("the banned nerve agent", "the long awaited kit"),
  // a gerund a noun's modifier after another ("annual opening keynote", "Mac OS X operating system")
  if (looksVerb(ts, i) || /ing$/.test(w)) {
    const prev = ts.tokens[i - 1];
    const p = prev?.lower ?? '';
    if (ARTICLES.has(p) || POSSESSIVES.has(p) || /ly$/.test(p) || ['very', 'long', 'much', 'newly', 'most', 'well', 'highly', 'recently'].includes(p)) return true;
    return /ing$/.test(w) && !looksVerb(ts, i) && !!prev && /^[\p{L}\p{N}]/u.test(prev.text) && !ts.timex[i - 1] && !looksVerb(ts, i - 1) && !/ing$/.test(p) &&
      !PREPOSITIONS.has(p) && !AUXILIARIES.has(p) && !ADVERBS.has(p) && !SUBJECT_PRONOUNS.has(p) && !CLAUSE_OPENERS.has(p) && !RELATIVES.has(p) && p !== 'and' && p !== 'or';
  }
  return true;
}

/** A colon, comma or period written between two digits without a space ("2:05:37", "500,000"): part of one number. */
export function gluedInNumber(ts: TitleSentence, i: number): boolean {
  const t = ts.tokens[i];
  const prev = ts.tokens[i - 1];
  const next = ts.tokens[i + 1];
  return !!t && !!prev && !!next && [':', ',', '.'].includes(t.text) && prev.end === t.start && t.end === next.start && /\p{N}$/u.test(prev.text) && /^\p{N}/u.test(next.text);
}

/** Whether a word is a plural noun ("shares", "lawmakers"), not a name ending in -s or a singular in -ss, -us, -is. */
export function pluralNoun(ts: TitleSentence, i: number): boolean {
  const t = ts.tokens[i];
  if (!t) return false;
  // a name is singular, unless it is the plural of a word the article also writes alone: "Shiites" beside "a
  // Shiite candidate", "Democrats" beside "the Democrat" (people of a faith, a party, a nation); not "Jones", "Athens",
  // nor the last word of a longer name ("the United States" beside "State Department")
  if (ts.name[i]) return /^\p{Lu}\p{Ll}{2,}s$/u.test(t.text) && !ts.name[i - 1] && !ts.name[i + 1] && ts.properWords.has(t.lower.slice(0, -1));
  if (IRREGULAR_PLURALS.has(t.lower)) return true;
  return /^\p{L}{3,}s$/u.test(t.text) && !/(ss|us|is|ics|news|series|species)$/.test(t.lower);
}

/** English plurals without an -s ("Twelve people die", "Police arrest"), a closed set. */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'policemen', 'policewomen', 'firemen', 'gunmen', 'servicemen', 'fishermen', 'cattle', 'feet', 'teeth', 'mice', 'geese', 'criteria', 'phenomena', 'data', 'media']);
