/**
 * Which way an under-specified date points (a bare weekday, "April 12", "the fourth quarter"):
 * the tense of its clause. News reports mostly look back, so callers default to the past.
 */
import { type Ctx, endsSentence, isCap, isP, word, low } from './context.js';
import { TIME_ZONES } from './lexicon.js';
import { Kind } from './tokenizer.js';

/** Direction of a clause: -1 past, +1 future, 0 no cue found. */
export type Direction = -1 | 0 | 1;

const FUTURE = new Set([
  'will', 'shall', 'would', 'tomorrow', 'next', 'upcoming', 'intends', 'hopes', 'aims', 'forthcoming', 'coming',
  'payable',
]);
/** Words that announce a plan unless a past auxiliary precedes them ("was expected to", "had been due to"). */
const PLAN = new Set(['expected', 'expects', 'scheduled', 'due', 'set', 'slated', 'plans', 'plan', 'going', 'planning', 'planned',
  'preparing', 'intend', 'intending', 'expecting', 'hoping']);
/** Plan words that need a following "to" ("plans to", not "the plan"). */
const NEEDS_TO = new Set(['set', 'going', 'plans', 'plan', 'planning', 'preparing', 'intend', 'intending', 'hoping']);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'ago', 'last', 'yesterday', 'earlier', 'said', 'told', 'met', 'came', 'went', 'took',
  'gave', 'made', 'began', 'saw', 'held', 'left', 'won', 'lost', 'fell', 'rose', 'got', 'sent', 'struck', 'spoke',
  'wrote', 'found', 'previously', 'already', 'been', 'killed', 'announced', 'reported', 'arrived', 'opened', 'closed',
  'signed', 'joined', 'vowed', 'condemned', 'visited', 'agreed', 'ended', 'died', 'attacked', 'launched', 'rejected',
  'approved', 'voted', 'passed', 'filed', 'released', 'returned', 'resigned', 'elected', 'called', 'declared',
]);
const PAST_AUX = new Set(['was', 'were', 'had', 'been']);
/** Past cues that are not participles. */
const PAST_ADVERBS_AUX = new Set(['was', 'were', 'had', 'did', 'been', 'ago', 'last', 'yesterday', 'earlier',
  'previously', 'already']);
/** Words before a participle that make it a present/future passive or perfect ("be held", "has met"). */
const PRESENT_PERFECT_PASSIVE = new Set(['be', 'being', 'is', 'are', 'has', 'have', 'to']);
const PRESENT_AUX = new Set(['is', 'are', 'be', 'being', 'has', 'have']);
const ADJECTIVE_CONTEXT = new Set(['a', 'an', 'the', 'still', 'its', 'their', 'his', 'her', 'our', 'very', 'more',
  'most', 'less', 'well', 'newly', 'recently', 'so', 'too', 'un', 'this', 'that', 'these', 'those']);

/** Present-tense verbs that announce a scheduled event when right before the date ("talks resume Monday"). */
const SCHEDULE = new Set(['begins', 'starts', 'opens', 'resumes', 'meets', 'visits', 'arrives', 'travels', 'heads',
  'hosts', 'expires', 'ends', 'convenes', 'kicks', 'closes', 'leaves', 'votes', 'debates', 'testifies']);

/**
 * Present-tense reporting and stative verbs: in headlines they report past events ("Tillerson says
 * he met Lavrov"), so they are never a schedule cue.
 */
const REPORTING = new Set(['says', 'tells', 'announces', 'reports', 'claims', 'confirms', 'denies', 'insists',
  'warns', 'adds', 'notes', 'admits', 'reveals', 'writes', 'explains', 'argues', 'believes', 'thinks', 'knows',
  'recalls', 'remembers', 'accuses', 'blames', 'urges', 'calls', 'asks', 'replies', 'responds', 'agrees', 'refers',
  'relates', 'belongs', 'seems', 'appears', 'means', 'wants', 'needs', 'likes', 'hopes', 'wishes', 'points', 'links',
  'listens', 'speaks', 'talks', 'objects', 'reacts', 'turns', 'looks', 'returns', 'amounts', 'applies', 'does', 'has',
  'goes', 'comes', 'gets', 'puts', 'owes', 'sticks']);
/** Words after which an -s word is a plural noun ("the talks", "his visits", "U.S. efforts to"), not a verb. */
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 's', 'this', 'that',
  'these', 'those', 'of', 'for', 'in', 'on', 'to', 'by', 'with', 'from', 'and', 'or', 'new', 'more', 'many', 'several',
  'some', 'any', 'no', 'further', 'recent', 'other', 'such', 'two', 'three', 'four', 'few', 'all', 'peace', 'weekly',
  'daily', 'regular', 'direct', 'official', 'state', 'first', 'last', 'next', 'future', 'u', 'both', 'each', 'most',
  'fewer', 'various', 'numerous', 'multiple', 'foreign', 'international', 'domestic', 'at', 'as', 'than']);

/**
 * A third-person present verb announcing a scheduled move or event: "the minister flies to
 * Guangzhou on Friday", "Obama visits Tokyo on Monday". Either a schedule verb, or any word in -s
 * followed by "to" and a capitalised destination; a determiner, preposition or possessive before
 * it makes it a plural noun ("his visits to China", "U.S. efforts to ..."), and reporting verbs
 * ("says", "announces") report the past in headlines.
 */
function presentMotion(ctx: Ctx, j: number, w: string): boolean {
  const prev = word(ctx, j - 1);
  if (prev === '' || NOUN_BEFORE.has(prev) || REPORTING.has(w)) return false;
  if (SCHEDULE.has(w)) return true;
  if (w.length < 4 || !w.endsWith('s') || /(?:ss|us|is|ics|ings?)$/.test(w)) return false;
  return word(ctx, j + 1) === 'to' && isCap(ctx, j + 2);
}

/** Tokens of a clock time before a day: "9", ":", "30", "a", ".", "m", "noon", "EST", "on", ",". */
function clockPart(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j]!;
  if (t.k === Kind.Num) return true;
  if (t.k === Kind.Punct) return (t.l === ':' || t.l === '.' || t.l === ',') && !endsSentence(ctx, j);
  return CLOCK_WORDS.has(t.l) || TIME_ZONES.has(t.l);
}
const CLOCK_WORDS = new Set(['a', 'p', 'm', 'am', 'pm', 'noon', 'midnight', 'on', 'o', 'clock']);

/** Looks for the nearest tense cue around tokens `[s, e)` inside the same sentence. */
export function direction(ctx: Ctx, s: number, e: number): Direction {
  const before = word(ctx, s - 1) === 'on' ? s - 2 : s - 1;
  if (SCHEDULE.has(word(ctx, before))) return 1;
  // "postponed until Tuesday" looks forward; "Until Thursday, they had not …" opens a sentence.
  // A clock time may stand between them: "until 9 a.m. Tuesday", "until noon on Friday".
  let u = s - 1;
  for (let n = 0; u > 0 && n < 8 && clockPart(ctx, u); n++) u--;
  if ((word(ctx, u) === 'until' || word(ctx, u) === 'till') && u > 0 && !endsSentence(ctx, u - 1)) return 1;
  // "Wednesday's ruling": the clause around a possessive date is about something else.
  const possessive = low(ctx, e) === "'" && word(ctx, e + 1) === 's';
  // Up to 15 words back (punctuation inside "p.m." or "U.S." does not count).
  let wordsBefore = 0;
  let reachedStart = false;
  for (let j = s - 1, k = 0; !possessive && wordsBefore < 15 && k < 45; j--, k++) {
    if (j < 0) { reachedStart = true; break; }
    const t = ctx.toks[j]!;
    if (t.k === Kind.Punct && endsSentence(ctx, j)) { reachedStart = true; break; }
    if (t.k !== Kind.Word) continue;
    wordsBefore++;
    const c = cue(ctx, j);
    if (c !== 0) {
      // "A rally planned for Saturday was canceled": a plan in a reduced relative clause is dated by
      // the main verb after it, when there is one.
      if (c > 0 && reducedPlan(ctx, j, s)) return forward(ctx, e, false) || c;
      return c;
    }
  }
  return forward(ctx, e, reachedStart && wordsBefore <= 3 && isP(ctx, e, ','));
}

/** "a rally planned for", "the vote scheduled on": a plan participle right after a noun. */
function reducedPlan(ctx: Ctx, j: number, s: number): boolean {
  const w = word(ctx, j);
  if (w !== 'planned' && w !== 'scheduled' && w !== 'slated' && w !== 'expected') return false;
  // Right before the date or a few words before "for/on <date>" ("planned at the university for Saturday").
  const prep = word(ctx, s - 1);
  if (j + 1 !== s && !((prep === 'for' || prep === 'on') && s - j <= 8)) return false;
  // "exiles planned a demonstration on Saturday": with an object it is the main verb, not a relative.
  if (OBJECT_START.has(word(ctx, j + 1))) return false;
  const t = ctx.toks[j - 1];
  return t !== undefined && t.k === Kind.Word && !PAST_AUX.has(t.l) && !PRESENT_AUX.has(t.l) &&
    !REDUCED_NOT_AFTER.has(t.l);
}
const OBJECT_START = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'this', 'that',
  'these', 'those', 'some', 'two', 'three', 'several', 'another', 'more', 'to']);
const REDUCED_NOT_AFTER = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'as',
  'previously', 'originally', 'initially', 'not', 'also', 'still', 'had', 'have', 'has', 'will', 'would']);

/** The tense cue after a date, in its clause (or, for a fronted date, in the main clause). */
function forward(ctx: Ctx, e: number, fronted: boolean): Direction {
  // A date in a short phrase opening the sentence ("In February, Russian forces captured …",
  // "On Friday, the minister will …") takes the tense of the main clause after the comma.
  // A fronted date sets the time of the main verb, so a simple past "planned"/"expected" there is
  // past ("On Friday, the government planned to pay …"), unlike "the team planned to leave on Thursday".
  // Its main verb may come after a long subject or an aside ("On Tuesday, the National Abortion and
  // Reproductive Rights Action League plans to …"), so the scan goes on to the end of the sentence.
  for (let j = fronted ? e + 1 : e, n = 0; j < ctx.toks.length && n < (fronted ? 24 : 8); j++, n++) {
    const t = ctx.toks[j]!;
    if (t.k === Kind.Punct && (endsSentence(ctx, j) || (t.l === ',' && !fronted))) break;
    if (t.k !== Kind.Word) continue;
    if (fronted && PLAN.has(t.l) && t.l.endsWith('ed') && !PRESENT_AUX.has(word(ctx, j - 1))) return -1;
    const c = cue(ctx, j);
    if (c !== 0) return c;
  }
  return 0;
}

function cue(ctx: Ctx, j: number): Direction {
  const cached = ctx.cues[j];
  if (cached !== undefined && cached !== 2) return cached as Direction;
  const c = computeCue(ctx, j);
  if (j < ctx.cues.length) ctx.cues[j] = c;
  return c;
}

function computeCue(ctx: Ctx, j: number): Direction {
  const w = word(ctx, j);
  if (w === 'next' && word(ctx, j + 1) === 'to') return 0;
  if (FUTURE.has(w)) return 1;
  if (w === 'll' && low(ctx, j - 1) === "'") return 1;
  if (w === 'won' && low(ctx, j + 1) === "'") return 1;
  if (PLAN.has(w)) {
    if (NEEDS_TO.has(w) && word(ctx, j + 1) !== 'to') return 0;
    // "were planning to" still looks forward; "was expected to", "as previously planned" look back.
    if (w.endsWith('ing')) return 1;
    const prev = word(ctx, j - 1);
    if (prev === 'previously' || prev === 'originally' || prev === 'as') return -1;
    return PAST_AUX.has(prev) || PAST_AUX.has(word(ctx, j - 2)) ? -1 : 1;
  }
  if ((w === 'is' || w === 'are') && word(ctx, j + 1) === 'to') return 1;
  if (PAST.has(w)) {
    // An irregular participle in a passive or perfect after a present/future auxiliary ("will be
    // held on April 24", "is made", "has sent") says nothing about the past, like "-ed" below.
    if (!PAST_ADVERBS_AUX.has(w) && PRESENT_PERFECT_PASSIVE.has(word(ctx, j - 1))) return 0;
    return -1;
  }
  if (presentMotion(ctx, j, w)) return 1;
  // A simple past in -ed ("launched"), unless it is a passive or perfect after a present/future
  // auxiliary ("will be completed", "has been delayed", "to be signed").
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) {
    const prev = word(ctx, j - 1);
    if (prev === 'be' || prev === 'being' || prev === 'is' || prev === 'are' || prev === 'has' || prev === 'have' ||
      prev === 'to') {
      return 0;
    }
    // An adjective in -ed ("a still unspecified date", "the expanded plant") says nothing about tense.
    if (ADJECTIVE_CONTEXT.has(prev)) return 0;
    if (prev === 'been' && (word(ctx, j - 2) === 'has' || word(ctx, j - 2) === 'have')) return 0;
    return -1;
  }
  return 0;
}
