/**
 * Modifier phrases in front of an expression: approximation ("about", "nearly"), comparison
 * ("more than", "at least") and position in a period ("early", "mid-", "the end of").
 */
import { type Ctx, isNum, isP, word } from './context.js';

export interface Prefix { mod: string; e: number; position: boolean }

const SIMPLE_MODS = new Map<string, string>([
  ['about', 'APPROX'], ['around', 'APPROX'], ['approximately', 'APPROX'], ['roughly', 'APPROX'],
  ['circa', 'APPROX'], ['nearly', 'APPROX'], ['almost', 'APPROX'], ['some', 'APPROX'],
  ['over', 'MORE_THAN'], ['under', 'LESS_THAN'],
]);

/** A modifier in front of an expression: approximation, comparison, or position in a period. */
export function prefix(ctx: Ctx, i: number): Prefix | undefined {
  const w = word(ctx, i);
  const n = word(ctx, i + 1);
  const simple = SIMPLE_MODS.get(w);
  if (simple !== undefined) {
    // "over" and "under" and "some" compare amounts only: "over the weekend" is a preposition.
    if ((w === 'over' || w === 'under' || w === 'some') && !(isNum(ctx, i + 1) || n === 'a' || n === 'an' ||
      n === 'one' || n === 'two' || n === 'three' || n === 'four' || n === 'five' || n === 'six' || n === 'ten' ||
      n === 'half' || n === 'several')) {
      return undefined;
    }
    return { mod: simple, e: i + 1, position: false };
  }
  if ((w === 'more' || w === 'less' || w === 'fewer') && n === 'than') {
    return { mod: w === 'more' ? 'MORE_THAN' : 'LESS_THAN', e: i + 2, position: false };
  }
  if (w === 'at' && (n === 'least' || n === 'most')) {
    return { mod: n === 'least' ? 'EQUAL_OR_MORE' : 'EQUAL_OR_LESS', e: i + 2, position: false };
  }
  if ((w === 'up' && n === 'to') || (w === 'no' && n === 'more' && word(ctx, i + 2) === 'than')) {
    return { mod: 'EQUAL_OR_LESS', e: w === 'up' ? i + 2 : i + 3, position: false };
  }
  if (w === 'just' && (n === 'over' || n === 'under')) {
    return { mod: n === 'over' ? 'MORE_THAN' : 'LESS_THAN', e: i + 2, position: false };
  }
  let j = i;
  if (w === 'the') j++;
  const p = word(ctx, j);
  if (p === 'early' || p === 'late' || p === 'mid' || p === 'middle') {
    const e = isP(ctx, j + 1, '-') ? j + 2 : j + 1;
    if (p === 'middle' && word(ctx, e) !== 'of') return undefined;
    const mod = p === 'early' ? 'START' : p === 'late' ? 'END' : 'MID';
    return { mod, e: p === 'middle' ? e + 1 : e, position: true };
  }
  if ((p === 'end' || p === 'beginning' || p === 'start' || p === 'close' || p === 'turn') && word(ctx, j + 1) === 'of') {
    return { mod: p === 'end' || p === 'close' ? 'END' : 'START', e: j + 2, position: true };
  }
  if ((p === 'first' || p === 'second' || p === 'last') && word(ctx, j + 1) === 'half' && word(ctx, j + 2) === 'of') {
    return undefined;
  }
  return undefined;
}
