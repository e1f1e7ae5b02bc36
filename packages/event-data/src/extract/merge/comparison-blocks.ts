import { EVENT_TYPES } from '../../schema/index.js';
import { TYPE_FAMILY } from '../triggers/lexicon.js';
import { DAY, PHYSICAL, specificType, wordStem } from './merge-node.js';
import { Interner, type NodeTable } from './node-table.js';

/**
 * The groups of reports within which the merge compares pairs. Two reports that `relation` may find
 * to be one happening always share a group, and the groups are made from what relation requires, so
 * the work grows with how often the same people do the same kind of thing, not with the batch:
 * - the reports of one article, of one type family;
 * - reports of one family that name the same person or body AND share something more: a second
 *   name, the place, the word for what happened (not for saying), being their article's main event,
 *   a figure, or, for statements, the day; when the name is a thing's (a product's), the type of happening;
 * - reports of one family that name nobody, told of one day, with the accidents, attacks, deaths and protests of
 *   that day that name someone.
 *
 * Keep this in step with `relation` (merge-node.ts): a test checks, pair by pair over real results,
 * that no pair relation would join is left out of every group.
 *
 * Groups are yielded as positions in `order`, in a fixed order (articles, then names by key, then
 * days), which does not depend on how the articles came.
 */
export function* comparisonBlocks(t: NodeTable, order: Int32Array): Generator<number[]> {
  const n = order.length;
  const families = new Interner();
  const stems = new Interner();
  const family = Int32Array.from(order, (node) => families.id(TYPE_FAMILY[t.type(node)]));
  // the word for what happened, except for saying: one person says things on many days (-1)
  const stem = Int32Array.from(order, (node) => (TYPE_FAMILY[t.type(node)] === 'speech' ? -1 : stems.id(wordStem(t.lemma(node)))));
  const places = new Interner();
  const place = Int32Array.from(order, (node) => {
    const p = t.place(node);
    return p === undefined ? -1 : places.id(p);
  });
  const typeIds = Int32Array.from(order, (node) => EVENT_TYPES.indexOf(t.type(node)));
  const F = 64; // more than the number of type families
  if (families.strings.length > F) throw new Error('comparisonBlocks: too many type families');

  // 1. each article's reports of one family (an article's reports are consecutive in `order`)
  for (let from = 0, p = 1; p <= n; p++) {
    if (p < n && t.article(order[p]) === t.article(order[from])) continue;
    yield* grouped(range(from, p), (q, add) => add(family[q]));
    from = p;
  }

  // 2. reports naming one person or body, grouped by what else they share
  const byName = namedIndex(t, order);
  const PLACE = 0;
  const WORD = 1;
  const MAIN = 2;
  const NAME = 3;
  const DAY_OF = 4;
  const TYPE = 5;
  const FIGURE = 6;
  const key = (kind: number, value: number, q: number) => ((value + 1) * 7 + kind) * F + family[q];
  for (let k = 0; k < byName.length; k++) {
    yield* grouped(byName[k], (q, add) => {
      const node = order[q];
      if (place[q] >= 0) add(key(PLACE, place[q], q));
      if (stem[q] >= 0) add(key(WORD, stem[q], q));
      if (t.main(node)) add(key(MAIN, 0, q));
      // a second name in common: each pair of names is grouped once, under the smaller key
      for (const other of t.named(node)) if (other > k) add(key(NAME, other, q));
      // one person's statements of one day
      if (stem[q] < 0) for (const day of days(t, node)) add(key(DAY_OF, day, q));
      // one thing's launch told with other words ("unveiled", "introduced")
      if (t.thing(k) && specificType(t, node)) add(key(TYPE, typeIds[q], q));
      // a figure in common ("24 percent", "24%")
      for (const f of t.figures(node)) add(key(FIGURE, f, q));
    });
  }

  // 3. reports that name nobody, of one day, with the accidents, attacks and the like of that day that do name someone
  const unnamed: number[] = [];
  for (let q = 0; q < n; q++) if ((t.named(order[q]).length === 0 || PHYSICAL.has(t.type(order[q]))) && t.width(order[q]) <= DAY) unnamed.push(q);
  yield* grouped(unnamed, (q, add) => {
    for (const day of days(t, order[q])) add(day * F + family[q]);
  });
}

/** The days (numbered from 1970) a report of a day or less touches, so that any two that overlap share one; none for longer ones. */
function days(t: NodeTable, node: number): number[] {
  if (t.width(node) > DAY) return [];
  const first = Math.floor(t.start(node) / DAY);
  const last = Math.floor((t.end(node) - 1) / DAY);
  return first === last ? [first] : [first, last];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** The positions in `order` of the reports that name each key: index k lists those naming key k. */
function namedIndex(t: NodeTable, order: Int32Array): number[][] {
  const lists: number[][] = [];
  order.forEach((node, q) => {
    for (const k of t.named(node)) (lists[k] ??= []).push(q);
  });
  return Array.from(lists, (list) => list ?? []);
}

/** Splits `positions` into the groups `keysOf` puts them in (a position may go to several) and yields those of 2 or more. */
function* grouped(positions: number[], keysOf: (q: number, add: (key: number) => void) => void): Generator<number[]> {
  if (positions.length < 2) return;
  const groups = new Map<number, number[]>();
  for (const q of positions) {
    keysOf(q, (key) => {
      const list = groups.get(key);
      if (list === undefined) groups.set(key, [q]);
      else if (list[list.length - 1] !== q) list.push(q);
    });
  }
  for (const list of groups.values()) if (list.length > 1) yield list;
}
