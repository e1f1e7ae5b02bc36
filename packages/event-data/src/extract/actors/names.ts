import { isCapitalized } from '../language/tokens.js';
import type { Token } from '../types.js';

/** Splits possessives off words ("Russia’s" → "Russia" + "’s") so names and roles read cleanly. */
export function splitPossessives(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = t.text.length > 2 && (t.text.endsWith('’s') || t.text.endsWith("'s")) && isCapitalized(t.text) ? /^(.+?)(['’]s)$/u.exec(t.text) : null;
    if (!m) {
      out.push(t);
      continue;
    }
    const cut = t.start + m[1].length;
    out.push({ start: t.start, end: cut, text: m[1], lower: m[1].toLowerCase() }, { start: cut, end: t.end, text: m[2], lower: m[2].toLowerCase() });
  }
  return out;
}

/** Whether two words differ by at most one letter added, removed or changed ("Tilleron" / "Tillerson"). */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
