/**
 * Items of an article grouped by the sentence they stand in, each group in the items' own order: what
 * `items.filter((x) => x.sentence === s)` gives, without a pass over the whole article for each sentence.
 */
export class BySentence<T extends { sentence: number }> {
  private readonly groups = new Map<number, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      const group = this.groups.get(item.sentence);
      if (group) group.push(item);
      else this.groups.set(item.sentence, [item]);
    }
  }

  /** The items of sentence `s`, in their order in the list given (empty when none). */
  of(s: number): readonly T[] {
    return this.groups.get(s) ?? NONE;
  }
}

const NONE: readonly never[] = Object.freeze([]);

const cache = new WeakMap<readonly object[], BySentence<{ sentence: number }>>();

/** The {@link BySentence} grouping of a list, made once per list (the list is not to change afterwards). */
export function bySentence<T extends { sentence: number }>(items: readonly T[]): BySentence<T> {
  let known = cache.get(items) as BySentence<T> | undefined;
  if (!known) cache.set(items, (known = new BySentence(items)));
  return known;
}
