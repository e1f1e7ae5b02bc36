/**
 * A fixed split of the trial corpus into a development part (looked at and tuned on) and a held-out
 * part (only measured): the articles in sorted id order, every third one (index % 3 === 2) held out.
 * A change that raises the development figures while the held-out ones fall is fitted to the text.
 */
export type TrialPart = 'development' | 'held-out';

export function trialPart(sortedIds: readonly string[], id: string): TrialPart {
  const i = sortedIds.indexOf(id);
  if (i < 0) throw new Error(`article ${JSON.stringify(id)} is not in the trial corpus`);
  return i % 3 === 2 ? 'held-out' : 'development';
}

/** The ids of one part. */
export function trialPartIds(ids: readonly string[], part: TrialPart): Set<string> {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Set(sorted.filter((id) => trialPart(sorted, id) === part));
}
