import { columnsOf } from './columns.js';
import type { NormalisedInput, TimelineItem } from './types.js';

/** What the reader narrowed the events to: words to find, and lanes (by key) to hide. */
export interface Filter {
  search: string;
  hidden: ReadonlySet<string>;
}

/** No filter: every event. */
export const NO_FILTER: Filter = { search: '', hidden: new Set() };

/** Lower case without accents, so "munchen" finds "München". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a search, folded; none for an empty or blank one. */
export function searchWords(search: string): string[] {
  return fold(search).split(/\s+/).filter(Boolean);
}

/** Whether an event's title, actors or place hold every one of `words` (folded). */
export function matches(item: TimelineItem, words: readonly string[]): boolean {
  if (!words.length) return true;
  const text = fold([item.title, ...item.actors, item.place ?? ''].join(' '));
  return words.every((w) => text.includes(w));
}

/** The input with only the items `keep` accepts, in the same order, with their columns. */
export function filterInput(input: NormalisedInput, keep: (item: TimelineItem, i: number) => boolean): NormalisedInput {
  const items = input.items.filter(keep);
  const columns = columnsOf(items);
  // The types keep their codes' order of the whole input, so colours and lanes do not move.
  return { ...input, items, columns: { ...columns, types: columns.types }, pending: undefined };
}
