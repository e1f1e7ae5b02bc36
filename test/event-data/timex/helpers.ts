/** Shared helpers for the tagger tests: a fixed DCT (Wednesday 2017-09-20, ISO week 2017-W38). */
import { tagTimexes, type Timex } from '@event-timeline/data';

export const DCT = '2017-09-20';

/** All expressions in `text`. */
export function tagAll(text: string, dct = DCT): Timex[] {
  return tagTimexes(text, { dct });
}

/** The single expression found in `text` (fails the test when there are none or several). */
export function only(text: string, dct = DCT): Timex {
  const found = tagAll(text, dct);
  if (found.length !== 1) {
    throw new Error(`expected one expression in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((t) => t.text))}`);
  }
  return found[0]!;
}

/** The expression whose text is `phrase` (fails when it isn't found with exactly that extent). */
export function find(text: string, phrase: string, dct = DCT): Timex {
  const found = tagAll(text, dct);
  const t = found.find((x) => x.text === phrase);
  if (!t) throw new Error(`no ${JSON.stringify(phrase)} in ${JSON.stringify(found.map((x) => x.text))}`);
  return t;
}
