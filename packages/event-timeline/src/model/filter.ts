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

/** Scripts written without spaces between words, where any part of the text can start a word. */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether `word` starts a word of `text`: "pil" finds "pilots" and "bank" finds "Deutsche Bank", but "5" does not
 * find "15" nor "ran" "Iran". In scripts without spaces any position starts a word.
 */
function startsWord(text: string, word: string): boolean {
  if (UNSPACED.test(word)) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1)) || !WORD_CHARACTER.test(word.charAt(0))) return true;
  }
  return false;
}

/** Whether an event's title, actors or place hold every one of `words` (folded), each at the start of a word. */
export function matches(item: TimelineItem, words: readonly string[]): boolean {
  if (!words.length) return true;
  const text = fold([item.title, ...item.actors, item.place ?? ''].join(' '));
  return words.every((w) => startsWord(text, w));
}

/** The input with only the items `keep` accepts, in the same order, with their columns. */
export function filterInput(input: NormalisedInput, keep: (item: TimelineItem, i: number) => boolean): NormalisedInput {
  const items = input.items.filter(keep);
  const columns = columnsOf(items);
  // The types keep their codes' order of the whole input, so colours and lanes do not move.
  return { ...input, items, columns: { ...columns, types: columns.types }, pending: undefined };
}
