/**
 * The rule table: every rule with the first tokens it can start on, and the lookup that picks
 * the rules worth trying at a token.
 */
import { type Ctx, type Match } from './context.js';
import { dayFirst, monthFirst, numericDate, yearOrDecade } from './dates.js';
import { bareUnits, comingUnits, countedUnit, spanWithDeterminer, theCountedUnit } from './durations.js';
import {
  centuryOrWords, fiscalOrYearEnd, fiscalYear, quarterOrHalf, season, yearAgoAdjective,
} from './periods.js';
import { reportingPeriod } from './reporting.js';
import { deictic, deicticPeriod, earlierLater, REFS, vague, weekday } from './relative.js';
import { ADVERBS, everyUnit, frequencyAdverb, pluralWeekday, rateUnit, timesPer } from './sets.js';
import { clockTime } from './times.js';
import { eraYear } from './eras.js';
import { holiday } from './holidays.js';
import { relativeDay, weekOf } from './anchored.js';
import { Kind } from './tokenizer.js';
import {
  MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS, UNITS, VAGUE_QUANTITIES, WEEKDAYS, WEEKDAYS_PLURAL,
} from './lexicon.js';

export type Rule = (ctx: Ctx, i: number) => Match | undefined;

const NUM = '#num';
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const QUANTITY_STARTS = [NUM, 'a', 'an', 'one', 'half', 'couple', 'dozens', 'hundreds', 'thousands',
  ...VAGUE_QUANTITIES, ...NUMBER_WORDS.keys()];
const ORDINALS = [NUM, ...ORDINAL_WORDS.keys(), ...TENS];

/**
 * Rules in priority order (the earlier wins when two matches end at the same token), each with
 * the first tokens it can start on (lower-cased; `#num` for any number). Looking rules up by
 * their first token keeps the tagger fast: most words start no rule at all.
 */
const RULES: Array<[Rule, Iterable<string>]> = [
  [numericDate, [NUM]],
  [monthFirst, MONTHS.keys()],
  [dayFirst, ['the', ...ORDINALS]],
  [clockTime, [NUM, 'noon', 'midday', 'midnight']],
  [quarterOrHalf, ['the', 'fiscal', 'q', 'last', 'final', ...ORDINALS]],
  [fiscalYear, ['the', 'fy', 'fiscal']],
  [fiscalOrYearEnd, ['the', 'this', 'last', 'next', 'year']],
  [centuryOrWords, ['the', 'nineteen', 'eighteen', ...ORDINALS]],
  [yearOrDecade, ['the', NUM, "'"]],
  [eraYear, ['the', NUM, 'ad', 'a']],
  [reportingPeriod, ['the']],
  [yearAgoAdjective, ['year']],
  [season, ['the', ...SEASONS.keys()]],
  [deicticPeriod, ['the', 'this', 'last', 'next', 'coming', 'previous', 'current', 'following', 'that', 'same']],
  [earlierLater, ['earlier', 'later']],
  [deictic, ['today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'the']],
  [weekday, WEEKDAYS.keys()],
  [holiday, ['last', 'next', 'this', 'christmas', 'new', 'independence', 'halloween', 'valentine', 'veterans', 'boxing',
    'bastille', 'thanksgiving', 'labor', 'memorial', 'election', 'easter', 'good']],
  [relativeDay, ['the', 'that']],
  [weekOf, ['the']],
  [spanWithDeterminer, ['the', 'past']],
  [comingUnits, ['the', 'coming']],
  [rateUnit, ['a', 'an']],
  [countedUnit, QUANTITY_STARTS],
  [theCountedUnit, ['the']],
  [timesPer, ['once', 'twice', 'thrice', ...QUANTITY_STARTS]],
  [everyUnit, ['every', 'each', 'per']],
  [frequencyAdverb, ADVERBS.keys()],
  [pluralWeekday, [...WEEKDAYS_PLURAL.keys(), ...WEEKDAYS.keys()]],
  [vague, ['current', 'recent', 'past', 'these', 'the', ...REFS.keys()]],
  [bareUnits, UNITS.keys()],
];

/** Words that begin a modifier phrase (see prefix()). */
const PREFIX_WORDS = ['about', 'around', 'approximately', 'roughly', 'circa', 'nearly', 'almost', 'some', 'over',
  'under', 'more', 'less', 'fewer', 'at', 'up', 'no', 'just', 'the', 'early', 'late', 'mid', 'middle', 'end',
  'beginning', 'start', 'close', 'turn'];

const BY_FIRST = new Map<string, Rule[]>();
for (const [rule, starts] of RULES) {
  for (const w of new Set(starts)) {
    const list = BY_FIRST.get(w);
    if (list) list.push(rule); else BY_FIRST.set(w, [rule]);
  }
}
for (const w of PREFIX_WORDS) if (!BY_FIRST.has(w)) BY_FIRST.set(w, []);

/**
 * Words that can follow "the" in some rule. "the" is the commonest English word; checking its
 * successor first saves running a dozen rules that would all fail.
 */
const AFTER_THE = new Set<string>([
  ...ORDINAL_WORDS.keys(), ...TENS, ...NUMBER_WORDS.keys(), ...VAGUE_QUANTITIES, ...UNITS.keys(), ...SEASONS.keys(),
  'fiscal', 'comparable', 'same', 'year', 'last', 'final', 'q', 'fy', 'latest', 'current', 'past', 'previous', 'next',
  'coming', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties', 'nineteen',
  'eighteen', 'recent', 'just', 'most', 'full', 'entire', 'whole', 'period', 'morning', 'afternoon', 'evening',
  'following', 'first', 'initial', 'remaining', 'preceding', 'a', 'an', 'one', 'half', 'couple', 'dozens', 'hundreds',
  'thousands', 'future', 'near', 'distant', 'foreseeable', 'immediate', 'present', 'short', 'long', 'early', 'late',
  'mid', 'middle', 'end', 'beginning', 'start', 'close', 'turn', 'day', 'week', 'weekend', 'month', 'decade',
]);

/** Rules that may start at token i, or undefined when no expression can start there. */
export function rulesAt(ctx: Ctx, i: number): Rule[] | undefined {
  const t = ctx.toks[i];
  if (t === undefined) return undefined;
  if (t.k === Kind.Num) return BY_FIRST.get(NUM);
  if (t.l === 'the') {
    const n = ctx.toks[i + 1];
    if (n === undefined || !(n.k === Kind.Num || n.l === "'" || AFTER_THE.has(n.l))) return undefined;
  }
  return BY_FIRST.get(t.l);
}
