/**
 * Cross-article merging on the trial corpus: for each gold event reported by two articles or more,
 * whether the extraction made it one event (merged) or several (split). Matching is by sentence:
 * an extracted event stands for a gold event in an article when one of its mentions lies in a
 * sentence of one of the gold event's mentions there.
 */
import type { TimelineEvent } from '../../packages/event-data/src/index.js';
import { locateMention } from './mention-location.js';
import type { Timeline } from './timeline-format.js';
import type { TokenIndex } from './token-index.js';

export type MergeVerdict = 'merged' | 'split' | 'found in fewer than 2 articles';

export interface MergeOutcome {
  /** The gold event's mention ids, as in its timeline line. */
  mentions: string[];
  articles: string[];
  /** Articles where some extracted event lies in a sentence of the gold event. */
  foundIn: string[];
  verdict: MergeVerdict;
}

export interface MergeCheck {
  /** Gold events whose mentions span two articles of the corpus or more (a line shared by two timelines counts once). */
  multiArticle: number;
  merged: number;
  split: number;
  notFound: number;
  outcomes: MergeOutcome[];
}

/** Classifies each multi-article gold event (articles missing from the corpus, such as 9590, are left out of its articles). */
export function mergeCheck(gold: readonly Timeline[], events: readonly TimelineEvent[], index: TokenIndex): MergeCheck {
  const lines = new Map<string, { mentions: string[]; sentences: Map<string, Set<number>> }>();
  for (const line of gold.flatMap((t) => t.lines)) {
    const mentions = line.mentions.map((m) => m.id).sort();
    const sentences = new Map<string, Set<number>>();
    for (const m of line.mentions) if (index.has(m.doc)) sentences.set(m.doc, (sentences.get(m.doc) ?? new Set()).add(m.sentence));
    if (sentences.size >= 2) lines.set(mentions.join(' '), { mentions, sentences });
  }
  const located = events.map((event) => event.mentions.map((m) => locateMention(index, m)).filter((l) => l !== undefined));
  const outcomes = [...lines.values()].map(({ mentions, sentences }): MergeOutcome => {
    const covered = located.map((where) => new Set(where.filter((l) => sentences.get(l.doc)?.has(l.sentence)).map((l) => l.doc)));
    const foundIn = [...new Set(covered.flatMap((c) => [...c]))].sort();
    const oneEvent = covered.some((c) => foundIn.every((doc) => c.has(doc)));
    const verdict: MergeVerdict = foundIn.length < 2 ? 'found in fewer than 2 articles' : oneEvent ? 'merged' : 'split';
    return { mentions, articles: [...sentences.keys()].sort(), foundIn, verdict };
  });
  const count = (v: MergeVerdict) => outcomes.filter((o) => o.verdict === v).length;
  return { multiArticle: outcomes.length, merged: count('merged'), split: count('split'), notFound: count('found in fewer than 2 articles'), outcomes };
}
