import type { Token } from '../types.js';

/**
 * Taking office, CAMEO-wise an appointment rather than a visit: "took office", "assumed power", "came to power",
 * "arrival of Trump in the White House", "moved into the Kremlin". The seats of office count with "in"/"into"
 * only: "arrived at the White House" is a visit.
 */
const OFFICE_WORDS = new Set(['office', 'power', 'presidency', 'premiership', 'throne']);
const OFFICE_SEATS = ['white house', 'oval office', 'kremlin', 'élysée', 'elysee', 'élysée palace', 'downing street', 'chancellery', 'blue house'];
export const TAKE_OFFICE_VERBS = new Set(['took', 'assumed', 'entered', 'came', 'swept', 'rose', 'returned', 'moved', 'ascended']);

/** Whether the words after token `i` (at most `reach` of them) say that someone takes office: "in office", "to power", "into the White House". */
export function takesOffice(tokens: Token[], i: number, reach: number, seatsToo: boolean): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + reach; k++) {
    const t = tokens[k];
    if (/^[,;:.!?()]$/.test(t.text)) return false;
    const prep = t.lower === 'in' || t.lower === 'into' || t.lower === 'to';
    if (k === i + 1 && OFFICE_WORDS.has(t.lower) && t.lower !== 'throne') return true; // "took office", "assumed power"
    if (!prep) continue;
    let j = k + 1;
    if (tokens[j]?.lower === 'the') j++;
    if (OFFICE_WORDS.has(tokens[j]?.lower ?? '')) return true;
    if (!seatsToo || t.lower === 'to') continue;
    const two = `${tokens[j]?.lower ?? ''} ${tokens[j + 1]?.lower ?? ''}`;
    if (OFFICE_SEATS.includes(two) || OFFICE_SEATS.includes(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}

