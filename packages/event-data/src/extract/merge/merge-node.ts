import { COUNTRY_FORMS } from '../actors/gazetteer.js';
import { TYPE_FAMILY } from '../triggers/lexicon.js';
import type { DateSource } from '../types.js';
import type { NodeTable } from './node-table.js';

export const DAY = 86_400_000;
const SOURCE_RANK: Record<DateSource, number> = { clause: 0, sentence: 1, 'previous-sentence': 2, 'main-event': 3, story: 4, publication: 5 };

export type Relation = 'same' | 'conflicting' | 'different';

/** Happenings that take place somewhere at some time, and are rare enough there: accidents, attacks, deaths, protests. */
export const PHYSICAL = new Set(['accident', 'attack', 'death', 'military-action', 'protest']);

/** A lemma without the endings that make a noun of a verb: "resignation" and "resign", "launches" and "launch", "unveiling" and "unveil" share one. */
export function wordStem(lemma: string): string {
  const w = lemma.split(' ')[0];
  return w.length > 5 ? w.replace(/(?:ations?|ions?|ments?|ings?|als?|es|s|e)$/, '') : w;
}

/** Whether reports a and b name one thing (a product, a service, a work) in common. */
function sharedThing(t: NodeTable, a: number, b: number): boolean {
  const y = t.named(b);
  for (const k of t.named(a)) if (t.thing(k) && y.includes(k)) return true;
  return false;
}

/**
 * The kind of happening a report's word makes it, when it is specific enough that two reports of it
 * about one thing are one happening: a launch ("unveiled", "introduced", "launched"), an acquisition,
 * a recall … Not 'other' (any word) and not saying (one thing is talked about on many days).
 */
export const specificType = (t: NodeTable, n: number): boolean => t.type(n) !== 'other' && TYPE_FAMILY[t.type(n)] !== 'speech';

/** Whether reports a and b give a figure in common ("24 percent" and "24%", "$4.2 billion" and "$4.2bn"). */
function sharedFigure(t: NodeTable, a: number, b: number): boolean {
  const y = t.figures(b);
  for (const f of t.figures(a)) if (y.includes(f)) return true;
  return false;
}

function sharedNames(t: NodeTable, a: number, b: number): number {
  const x = t.named(a);
  const y = t.named(b);
  let shared = 0;
  for (let i = 0; i < x.length; i++) if (y.includes(x[i])) shared++;
  return shared;
}

/** Whether reports a and b (nodes of `t`) tell one happening, two, or one with dates that disagree. */
export function relation(t: NodeTable, a: number, b: number): Relation {
  const typeA = t.type(a);
  const typeB = t.type(b);
  if (TYPE_FAMILY[typeA] !== TYPE_FAMILY[typeB]) return 'different';
  // Untyped happenings are one only when told with the same word: "Jobs demoed …" and "Jobs moved on …" are two.
  if (typeA === 'other' && typeB === 'other' && t.lemma(a) !== t.lemma(b)) return 'different';
  const shared = sharedNames(t, a, b);
  const compatible = t.overlaps(a, b);
  // Reports of one happening a few days apart (a weekday read as next week's, a wrong day): same people, same place.
  const near = !compatible && Math.abs(t.start(a) - t.start(b)) <= 7 * DAY && t.width(a) <= DAY && t.width(b) <= DAY;
  if (!compatible && !near) return 'different';
  // the same word for what happened ("launched" … "its launch", "resigned" … "resignation"), by the same actor
  // (not for saying: one person says things on many days)
  const sameWord = TYPE_FAMILY[typeA] !== 'speech' && wordStem(t.lemma(a)) === wordStem(t.lemma(b));
  // Dates at different precision ("2005" and "12 October 2005") agree with any of hundreds of happenings: that
  // they nest says little, so the reports must also tell it with the same word and name someone in common.
  const nested = compatible && Math.max(t.width(a), t.width(b)) > 1.5 * Math.min(t.width(a), t.width(b));
  // What happened, told in other words: outlets write "unveiled", "introduced" or "launched" for one launch.
  // The type of happening says what happened as well as the word when the reports are about one named thing
  // (a product, a service) on one day or within the week: a company launches many things a year, and one
  // thing is unveiled in March and goes on sale in June, so at different precision the word must still agree.
  const sameWhat = sameWord || (!nested && typeA === typeB && specificType(t, a) && sharedThing(t, a, b));
  const mainA = t.main(a);
  const mainB = t.main(b);
  if (t.article(a) === t.article(b)) {
    // a report of the main happening dated only by the publication is the dated one's guess, not another happening
    const guessed = (n: number) => t.source(n) === 'publication' || t.source(n) === 'main-event';
    if (mainA && mainB) return compatible || guessed(a) || guessed(b) ? 'same' : 'different';
    if (!compatible) return 'different';
    if (shared >= 1) return 'same';
    // "a sarin attack last week" … "last week's chemical attack": one happening told twice; not for statements,
    // where two people saying something on the same day are two events.
    // (for other kinds, in the same word: "oil fell" and "Omnicare shares jumped" on one market day are two)
    const sameTelling = t.value(a) === t.value(b) && typeA === typeB && TYPE_FAMILY[typeA] !== 'speech' && (PHYSICAL.has(typeA) || sameWord);
    return sameTelling && (t.named(a).length === 0 || t.named(b).length === 0) ? 'same' : 'different';
  }
  const placeA = t.place(a);
  const placeB = t.place(b);
  const samePlace = !!placeA && placeA === placeB;
  // Happenings nobody is named for (an earthquake, a crash) are one across reports when they are of one
  // specific type, on the same day or at the same time, and no place or actor tells them apart.
  const precise = t.width(a) <= DAY && t.width(b) <= DAY;
  // (a blaze, a crash, a bombing that one report names a company or a group for and the other names no one for:
  // no name tells those apart, since such happenings are rare on one day in one place)
  const unnamed = (t.named(a).length === 0 && t.named(b).length === 0) || (PHYSICAL.has(typeA) && (t.named(a).length === 0 || t.named(b).length === 0));
  // a country does not tell apart two reports of which one names a town in it
  const noOtherPlace = !placeA || !placeB || samePlace || COUNTRY_FORMS.has(placeA) || COUNTRY_FORMS.has(placeB);
  // (only reports dated by their own words: a headline dated by its publication says nothing of which one it is)
  const ownDate = (n: number) => t.source(n) !== 'publication' && t.source(n) !== 'story' && t.source(n) !== 'main-event';
  if (compatible && precise && unnamed && ownDate(a) && ownDate(b) && noOtherPlace && typeA !== 'other' && TYPE_FAMILY[typeA] !== 'speech') return 'same';
  // One person's statements on one day, each report dated in its own words, are one occasion told by several
  // outlets (a press conference, an interview). Only at one precision: "said in 2010" is every statement of a year.
  if (TYPE_FAMILY[typeA] === 'speech' && compatible && precise && t.width(a) === t.width(b) && shared >= 1 && ownDate(a) && ownDate(b)) return 'same';
  // (a figure both give says it is the same: "Omnicare shares rose 24%" and "Omnicare's shares jumped 24 percent")
  const strong = nested ? shared >= 1 && sameWord : shared >= 2 || (shared >= 1 && (samePlace || sameWhat || (mainA && mainB) || (typeA === typeB && sharedFigure(t, a, b))));
  if (!strong) return 'different';
  if (compatible) return 'same';
  return (shared >= 2 || sameWhat) && (samePlace || sameWhat || (mainA && mainB)) ? 'conflicting' : 'different';
}

/** The better-sourced report first: dated in its own words, surer, more precise; then by article id and position. */
export const rankNode = (t: NodeTable, a: number, b: number): number =>
  SOURCE_RANK[t.source(a)] - SOURCE_RANK[t.source(b)] ||
  t.confidence(b) - t.confidence(a) ||
  t.width(a) - t.width(b) ||
  t.articleOrder(a) - t.articleOrder(b) ||
  t.triggerStart(a) - t.triggerStart(b);
