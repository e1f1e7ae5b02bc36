import type { Mention } from '@event-timeline/data/schema';

/** A piece of a quoted sentence: plain text, or the date expression or the trigger word, marked. */
export interface Segment {
  text: string;
  mark?: 'timex' | 'trigger';
}

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where `phrase` sits in the sentence as [from, to), or undefined. */
function locate(mention: Mention, phrase: unknown): [number, number] | undefined {
  // Checked in the background on large inputs: until then, anything may be here.
  if (typeof phrase !== 'object' || phrase === null) return undefined;
  const { text, start, end } = phrase as { text?: unknown; start?: unknown; end?: unknown };
  if (typeof text !== 'string' || !text) return undefined;
  const s = mention.sentence;
  if (typeof start === 'number' && typeof end === 'number') {
    const a = start - mention.start;
    const b = end - mention.start;
    if (a >= 0 && b <= s.length && a < b && s.slice(a, b) === text) return [a, b];
  }
  // The offsets disagree with the text (an edited sentence): its first whole-word occurrence,
  // so that a trigger "met" is not found inside "metal".
  for (let at = s.indexOf(text); at >= 0; at = s.indexOf(text, at + 1))
    if (!isLetter(s[at - 1]) && !isLetter(s[at + text.length])) return [at, at + text.length];
  return undefined;
}

/**
 * Splits a mention's sentence into text and the marked date expression and trigger word.
 * Offsets count from the start of the article and `mention.start` is where the sentence begins,
 * so a phrase sits at `phrase.start - mention.start` in the sentence. When the offsets disagree
 * with the text, the phrase is looked up by its text instead. Should the two overlap, the date
 * expression is marked and the trigger is not.
 */
export function splitMention(mention: Mention): Segment[] {
  const s = mention.sentence;
  const timex = locate(mention, mention.timex);
  let trigger = locate(mention, mention.trigger);
  if (timex && trigger && trigger[0] < timex[1] && timex[0] < trigger[1]) trigger = undefined;
  const marks = ([['timex', timex], ['trigger', trigger]] as const)
    .filter((m): m is readonly ['timex' | 'trigger', [number, number]] => m[1] !== undefined)
    .sort((x, y) => x[1][0] - y[1][0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [mark, [from, to]] of marks) {
    if (from > at) segments.push({ text: s.slice(at, from) });
    segments.push({ text: s.slice(from, to), mark });
    at = to;
  }
  if (at < s.length || !segments.length) segments.push({ text: s.slice(at) });
  return segments;
}
