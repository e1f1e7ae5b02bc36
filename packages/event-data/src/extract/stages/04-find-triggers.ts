import { clauses } from '../clauses.js';
import { MULTIWORD, TRIGGERS, type LexEntry } from '../lexicon.js';
import { isCapitalized, quotedMask } from '../tokens.js';
import { canDate } from '../time.js';
import type { ArticleCtx, Mood, Sentence, TimedDoc, Token, Trigger, TriggerDoc } from '../types.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'any', 'no', 'every', 'each', 'another', 'other', 'such', 'first', 'last', 'latest', 'new', 'next', 'previous']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'for', 'with', 'after', 'before', 'during', 'against', 'over', 'by', 'about', 'from', 'since', 'at', 'into', 'amid', 'following', 'despite']);
const ADVERBS = new Set(['also', 'just', 'already', 'reportedly', 'likely', 'still', 'then', 'later', 'recently', 'finally', 'again', 'publicly', 'formally', 'officially', 'jointly', 'separately', 'allegedly', 'apparently', 'reportedly', 'previously', 'once', 'first', 'now', 'even', 'both', 'all']);
const AUXILIARIES = new Set(['will', "'ll", 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'did', 'do', 'does', 'to', 'not', "n't", 'never', "’ll"]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const MODALS = new Set(['would', 'could', 'should', 'might', 'may', 'must', 'can']);
const FUTURE_BEFORE_TO = new Set(['set', 'expected', 'scheduled', 'due', 'going', 'plans', 'planned', 'plan', 'poised', 'slated', 'about', 'intends', 'intended']);
const NOUN_FUTURE_AFTER = new Set(['set', 'scheduled', 'planned', 'expected', 'due', 'slated']);
const NOUN_FUTURE_BEFORE = new Set(['upcoming', 'planned', 'proposed', 'forthcoming', 'scheduled']);
const IRREALIS_NOUN_BEFORE = new Set(['possible', 'potential', 'proposed', 'hypothetical', 'future']);
const PHRASAL_NOT_EVENT: Record<string, Set<string>> = {
  pass: new Set(['on', 'away', 'through', 'by', 'along']),
  passed: new Set(['on', 'away', 'through', 'by', 'along']),
  passes: new Set(['on', 'away', 'through', 'by', 'along']),
};

/**
 * Taking office, CAMEO-wise an appointment rather than a visit: "took office", "assumed power", "came to power",
 * "arrival of Trump in the White House", "moved into the Kremlin". The seats of office count with "in"/"into"
 * only: "arrived at the White House" is a visit.
 */
const OFFICE_WORDS = new Set(['office', 'power', 'presidency', 'premiership', 'throne']);
const OFFICE_SEATS = ['white house', 'oval office', 'kremlin', 'élysée', 'elysee', 'élysée palace', 'downing street', 'chancellery', 'blue house'];
const TAKE_OFFICE_VERBS = new Set(['took', 'assumed', 'entered', 'came', 'swept', 'rose', 'returned', 'moved', 'ascended']);

/** Whether the words after token `i` (at most `reach` of them) say that someone takes office: "in office", "to power", "into the White House". */
function takesOffice(tokens: Token[], i: number, reach: number, seatsToo: boolean): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + reach; k++) {
    const t = tokens[k];
    if (/^[,;:.!?()]$/.test(t.text)) return false;
    const prep = t.lower === 'in' || t.lower === 'into' || t.lower === 'to';
    if (k === i + 1 && OFFICE_WORDS.has(t.lower) && t.lower !== 'throne') return true; // "took office", "assumed power"
    if (!prep) continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    if (OFFICE_WORDS.has(tokens[j]?.lower ?? '')) return true;
    if (!seatsToo || t.lower === 'to') continue;
    const two = `${tokens[j]?.lower ?? ''} ${tokens[j + 1]?.lower ?? ''}`;
    if (OFFICE_SEATS.includes(two) || OFFICE_SEATS.includes(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}

/** Whether a word is probably an adjective or noun modifier standing before a noun. */
const looksAdjectival = (t: Token): boolean => /(al|ic|ous|ive|ful|less|ary|ern|ian|ese|ish|led|[^e]ed)$/.test(t.lower) && !AUXILIARIES.has(t.lower);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'who', 'which', 'that', 'they', 'we', 'i', 'you']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/** Picks the noun or the verb reading of an ambiguous word from its neighbours. */
function choose(entries: LexEntry[], tokens: Token[], i: number, headline: boolean): LexEntry | undefined {
  if (entries.length === 1) return entries[0];
  const prev = tokens[i - 1];
  const noun = entries.find((e) => e.pos === 'noun')!;
  const verb = entries.find((e) => e.pos === 'verb')!;
  const word = tokens[i].lower;
  if (!prev) return headline && !word.endsWith('ing') ? verb : noun;
  if (prev.lower === 'to' || MODALS.has(prev.lower) || prev.lower === 'will' || prev.lower === 'did' || prev.lower === "n't" || prev.lower === 'not') return verb;
  // "meeting" is a noun unless a form of "be" makes it a progressive ("were meeting").
  if (word.endsWith('ing')) return BE_FORMS.has(prev.lower) ? verb : noun;
  if (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || /['’]s$/.test(prev.lower) || prev.lower === "'s" || prev.lower === '’s') return noun;
  if (/^\p{N}/u.test(prev.text) || prev.text === '-' || prev.text.includes('-')) return noun;
  // determiner + modifiers + noun: "a sarin attack", "the increasing sanctions", "a massive missile attack"
  for (let k = i - 2; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k];
    const between = tokens.slice(k + 1, i);
    if (between.some((b) => AUXILIARIES.has(b.lower) || ADVERBS.has(b.lower) || SUBJECT_PRONOUNS.has(b.lower) || !/^[\p{Ll}\p{N}-]+$/u.test(b.text))) break;
    if (DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower)) return noun;
  }
  if (isCapitalized(prev.text) && i - 1 > 0 && !headline && !word.endsWith('s')) return noun; // "US missile strike", "Sunday's attack"
  // A third-person "-s" form is a verb only after a name or a pronoun: "Russia sanctions …", "he attacks …".
  if (word.endsWith('s') && !word.endsWith('ss')) return isCapitalized(prev.text) || SUBJECT_PRONOUNS.has(prev.lower) ? verb : noun;
  if (looksAdjectival(prev) || prev.lower.endsWith('ing')) return noun;
  return verb;
}

/** Reads the verb group to the left of a verb: negation, future, irrealis, passive. */
function verbMood(tokens: Token[], i: number, headline = false): { mood: Mood; passive: boolean } {
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
  if (negated) mood = 'negated';
  else if (future) mood = 'future';
  else if (modal || to) mood = 'irrealis';
  return { mood, passive };
}

function nounMood(tokens: Token[], i: number, width: number): Mood {
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

/** The determiner of a noun trigger and whether a capitalised or numeric modifier names it ("the G7 meeting"). */
function nounPhrase(tokens: Token[], i: number): { determiner: string; namedModifier: boolean } {
  let namedModifier = false;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j];
    if (DETERMINERS.has(t.lower) || /['’]s$/.test(t.lower) || t.lower === "'s" || t.lower === '’s') {
      return { determiner: t.lower === "'s" || t.lower === '’s' ? tokens[j - 1]?.lower ?? '' : t.lower, namedModifier };
    }
    if (PREPOSITIONS.has(t.lower) || t.text === ',' || AUXILIARIES.has(t.lower)) break;
    if (j > 0 && (isCapitalized(t.text) || /^\p{N}/u.test(t.text))) namedModifier = true;
    else if (!looksAdjectival(t)) break; // a verb or a noun before the phrase: "held talks"
  }
  return { determiner: '', namedModifier };
}

/** Matches the longest trigger starting at token i: [entries, width in tokens]. */
const MULTIWORD_BY_FIRST = new Map<string, string[][]>();
for (const words of MULTIWORD) MULTIWORD_BY_FIRST.set(words[0], [...(MULTIWORD_BY_FIRST.get(words[0]) ?? []), words]);

function match(tokens: Token[], i: number): [LexEntry[], number] | undefined {
  for (const words of MULTIWORD_BY_FIRST.get(tokens[i].lower) ?? []) {
    if (i + words.length > tokens.length) continue;
    if (words.every((w, k) => tokens[i + k].lower === w)) return [TRIGGERS.get(words.join(' '))!, words.length];
  }
  const entries = TRIGGERS.get(tokens[i].lower);
  return entries ? [entries, 1] : undefined;
}

const IRREGULAR_PAST = new Set([
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
function pastVerb(tokens: Token[], from: number, to: number): number {
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

function sentenceTriggers(sentence: Sentence, dated: Set<number>): Trigger[] {
  const { tokens } = sentence;
  const headline = sentence.kind === 'headline';
  const quoted = quotedMask(tokens);
  const { of, spans, resumes } = clauses(tokens);
  const resumed = (token: number) => (resumes[of[token]] >= 0 ? { resumes: spans[resumes[of[token]]] } : {});
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = match(tokens, i);
    if (!found) continue;
    const [entries, width] = found;
    const t = tokens[i];
    const prev = tokens[i - 1];
    // A capitalised word inside a sentence is part of a name ("State Department", "Security Council").
    if (!headline && width === 1 && isCapitalized(t.text) && prev && !/^[“‘"'(«]$/.test(prev.text)) continue;
    const entry = choose(entries, tokens, i, headline);
    if (!entry) continue;
    const next = tokens[i + width];
    if (entry.pos === 'verb') {
      if (prev && DETERMINERS.has(prev.lower)) continue; // "the banned agent": an adjective
      if (PHRASAL_NOT_EVENT[t.lower]?.has(next?.lower ?? '')) continue;
      if (/ing$/.test(t.lower) && prev && !AUXILIARIES.has(prev.lower) && !ADVERBS.has(prev.lower) && !/^[,–—]$/.test(prev.text)) {
        // a gerund or participle used as a modifier ("the ongoing issues") is not a happening of its own
        if (prev && (PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower))) continue;
      }
    }
    const end = tokens[i + width - 1].end;
    const clause = spans[of[i]];
    const { mood, passive } = entry.pos === 'verb' ? verbMood(tokens, i, headline) : { mood: nounMood(tokens, i, width), passive: false };
    const np = entry.pos === 'noun' ? nounPhrase(tokens, i) : { determiner: '', namedModifier: false };
    let type = entry.type;
    let reporting = entry.reporting ?? false;
    // "the Senate confirmed him" appoints; "officials confirmed (that) …" reports.
    if (entry.lemma === 'confirm' && next && (isCapitalized(next.text) || /^(him|her|them)$/.test(next.lower))) {
      type = 'vote';
      reporting = false;
    }
    // "welcomed Tillerson to Moscow" is a visit; "welcomed the extension" a statement.
    if (entry.lemma === 'welcome' && next && !isCapitalized(next.text)) {
      type = 'statement';
      reporting = true;
    }
    // "the arrival of Donald Trump in the White House", "arrived in office": taking office, not a visit.
    if (entry.lemma === 'arrive' || (entry.pos === 'noun' && t.lower === 'arrival')) {
      if (takesOffice(tokens, i + width - 1, 6, true)) type = 'election';
    }
    // "we agree (that) …", "agreed with" report a position; "agreed to", "agreed on" a deal.
    if (entry.lemma === 'agree' && !['to', 'on', 'upon'].includes(next?.lower ?? '')) {
      type = 'statement';
      reporting = true;
    }
    out.push({
      start: t.start,
      end,
      sentence: sentence.index,
      token: i,
      text: sentence.text.slice(t.start - sentence.start, end - sentence.start),
      lemma: entry.lemma,
      type,
      pos: entry.pos,
      mood,
      reporting,
      clause,
      ...resumed(i),
      determiner: np.determiner,
      namedModifier: np.namedModifier,
      quoted: quoted[i],
      passive,
      perfect: entry.pos === 'verb' && tokens[i - 1]?.lower === 'had' || (tokens[i - 1] && ADVERBS.has(tokens[i - 1].lower) && tokens[i - 2]?.lower === 'had'),
      lexical: true,
    });
    i += width - 1;
  }
  // A clause with a date of its own but no trigger still reports a happening through its verb.
  for (let c = 0; c < spans.length; c++) {
    if (!dated.has(c) || out.some((t) => of[t.token] === c && t.pos === 'verb')) continue;
    const first = of.indexOf(c);
    const last = of.lastIndexOf(c) + 1;
    const i = pastVerb(tokens, first, last);
    if (i < 0 || quoted[i]) continue;
    // "The inauguration … took place on Monday": the noun before names the happening; the verb only dates it.
    const happens = (tokens[i].lower === 'took' && tokens[i + 1]?.lower === 'place') || ['happened', 'occurred', 'unfolded'].includes(tokens[i].lower);
    if (happens && out.some((t) => of[t.token] === c && t.token < i)) continue;
    const { mood, passive } = verbMood(tokens, i);
    const office = TAKE_OFFICE_VERBS.has(tokens[i].lower) && takesOffice(tokens, i, 3, tokens[i].lower === 'moved');
    out.push({
      start: tokens[i].start, end: tokens[i].end, sentence: sentence.index, token: i, text: tokens[i].text, lemma: tokens[i].lower,
      type: office ? 'election' : 'other', pos: 'verb', mood, reporting: false, clause: spans[c], ...resumed(i), determiner: '', namedModifier: false, quoted: false, passive, lexical: false,
    });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Stage 04: finds the words that name happenings (verbs and nouns such as met, talks, visit,
 * strike, vote, approved, banned, speech, interview) and types each in the closed vocabulary. Each
 * trigger records its clause, its mood (realis, future, irrealis, negated), its voice, and for
 * nouns the determiner and whether a name modifies it, which later stages use to date it and to
 * tell the article's main happening from other ones.
 */
export function findTriggers(doc: TimedDoc, _ctx: ArticleCtx): TriggerDoc {
  const triggers: Trigger[] = [];
  const datedClauses = new Map<number, Set<number>>();
  for (const timex of doc.timexes) {
    if (!canDate(timex)) continue;
    const sentence = doc.sentences[timex.sentence];
    const { of } = clauses(sentence.tokens);
    const k = sentence.tokens.findIndex((t) => t.start >= timex.start);
    if (k < 0) continue;
    const set = datedClauses.get(sentence.index) ?? new Set<number>();
    set.add(of[k]);
    datedClauses.set(sentence.index, set);
  }
  for (const sentence of doc.sentences)
    if (sentence.kind !== 'heading') triggers.push(...sentenceTriggers(sentence, datedClauses.get(sentence.index) ?? new Set()));
  return { ...doc, triggers };
}
