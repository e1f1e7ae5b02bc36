import { COUNTRY_FORMS } from '../actors/gazetteer.js';
import { TYPE_FAMILY } from '../triggers/lexicon.js';
import type { EventType } from '../../schema/index.js';
import type { DateSource } from '../types.js';

export const DAY = 86_400_000;
const SOURCE_RANK: Record<DateSource, number> = { clause: 0, sentence: 1, 'previous-sentence': 2, 'main-event': 3, story: 4, publication: 5 };

/**
 * What the merge keeps of one event of one article: the keys that decide which reports tell one
 * happening, not the texts. The full event stays in an `EventStore` under `handle` until the
 * merged event is written.
 */
export interface MergeNode {
  article: string;
  /** The article's publication time (ms): the event's id comes from its earliest report. */
  published: number;
  /** Index of the event in its article's result. */
  index: number;
  handle: number;
  type: EventType;
  lemma: string;
  lexical: boolean;
  learned: boolean;
  /** The time as a half-open interval of UTC milliseconds, and its TIMEX3 value and modifier. */
  start: number;
  end: number;
  value: string;
  mod: boolean;
  source: DateSource;
  confidence: number;
  main: boolean;
  place?: string;
  triggerStart: number;
  /** The canonical keys of its people, organisations and groups (set once every article's names are known). */
  named: Set<string>;
}

export type Relation = 'same' | 'conflicting' | 'different';

const overlaps = (a: MergeNode, b: MergeNode) => a.start < b.end && b.start < a.end;
const width = (n: MergeNode) => n.end - n.start;

/** A lemma without the endings that make a noun of a verb: "resignation" and "resign", "launches" and "launch" share one. */
function wordStem(lemma: string): string {
  const w = lemma.split(' ')[0];
  return w.length > 5 ? w.replace(/(?:ations?|ions?|ments?|als?|es|s|e)$/, '') : w;
}

/** Whether two reports tell one happening, two, or one with dates that disagree. */
export function relation(a: MergeNode, b: MergeNode): Relation {
  if (TYPE_FAMILY[a.type] !== TYPE_FAMILY[b.type]) return 'different';
  // Untyped happenings are one only when told with the same word: "Jobs demoed …" and "Jobs moved on …" are two.
  if (a.type === 'other' && b.type === 'other' && a.lemma !== b.lemma) return 'different';
  let shared = 0;
  for (const k of a.named) if (b.named.has(k)) shared++;
  const compatible = overlaps(a, b);
  // Reports of one happening a few days apart (a weekday read as next week's, a wrong day): same people, same place.
  const near = !compatible && Math.abs(a.start - b.start) <= 7 * DAY && width(a) <= DAY && width(b) <= DAY;
  if (!compatible && !near) return 'different';
  if (a.article === b.article) {
    // a report of the main happening dated only by the publication is the dated one's guess, not another happening
    const guessed = (n: MergeNode) => n.source === 'publication' || n.source === 'main-event';
    if (a.main && b.main) return compatible || guessed(a) || guessed(b) ? 'same' : 'different';
    if (!compatible) return 'different';
    if (shared >= 1) return 'same';
    // "a sarin attack last week" … "last week's chemical attack": one happening told twice; not for statements,
    // where two people saying something on the same day are two events.
    const sameTelling = a.value === b.value && a.type === b.type && TYPE_FAMILY[a.type] !== 'speech';
    return sameTelling && (a.named.size === 0 || b.named.size === 0) ? 'same' : 'different';
  }
  const samePlace = !!a.place && a.place === b.place;
  // Happenings nobody is named for (an earthquake, a crash) are one across reports when they are of one
  // specific type, on the same day or at the same time, and no place or actor tells them apart.
  const precise = width(a) <= DAY && width(b) <= DAY;
  const unnamed = a.named.size === 0 && b.named.size === 0;
  // a country does not tell apart two reports of which one names a town in it
  const noOtherPlace = !a.place || !b.place || samePlace || COUNTRY_FORMS.has(a.place) || COUNTRY_FORMS.has(b.place);
  // (only reports dated by their own words: a headline dated by its publication says nothing of which one it is)
  const ownDates = [a, b].every((n) => n.source !== 'publication' && n.source !== 'story' && n.source !== 'main-event');
  if (compatible && precise && unnamed && ownDates && noOtherPlace && a.type !== 'other' && TYPE_FAMILY[a.type] !== 'speech') return 'same';
  // the same word for what happened ("launched" … "its launch", "resigned" … "resignation"), by the same actor
  // (not for saying: one person says things on many days)
  const sameWord = TYPE_FAMILY[a.type] !== 'speech' && wordStem(a.lemma) === wordStem(b.lemma);
  const strong = shared >= 2 || (shared >= 1 && (samePlace || sameWord || (a.main && b.main)));
  if (!strong) return 'different';
  if (compatible) return 'same';
  return (shared >= 2 || sameWord) && (samePlace || sameWord || (a.main && b.main)) ? 'conflicting' : 'different';
}

/** The better-sourced report first: dated in its own words, surer, more precise; then by article and position. */
export const rankNode = (a: MergeNode, b: MergeNode): number =>
  SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
  b.confidence - a.confidence ||
  width(a) - width(b) ||
  (a.article < b.article ? -1 : a.article > b.article ? 1 : a.triggerStart - b.triggerStart);

export { overlaps as nodesOverlap, width as nodeWidth };
