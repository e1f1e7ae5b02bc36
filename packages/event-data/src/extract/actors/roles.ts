import { HONORIFICS, OCCUPATIONS, ROLE_HEADS, TITLE_WORDS } from './cue-words.js';
import { NOT_NAME } from './name-words.js';
import { isCapitalized, normalizeSpace } from '../language/tokens.js';
import { SortedSpans } from '../spans/sorted-spans.js';
import type { ActorMention, Entity, Sentence, Token } from '../types.js';

const CONNECTORS = new Set(['of', 'the', 'to', 'in', 'for']);
/** Title words that make a role on their own ("Secretary", "Ambassador", "novelist"); modifiers such as "foreign" or "top" do not. */
const CORE_TITLES = new Set([...TITLE_WORDS, ...OCCUPATIONS].filter((w) => !HONORIFICS.has(w) && !['state', 'foreign', 'defense', 'defence', 'interior', 'top', 'former', 'senior', 'vice', 'prime', 'deputy', 'head', 'chief'].includes(w)));

/** Role heads by their first word: "foreign" → [["foreign", "minister"]]. */
const ROLE_HEAD_WORDS = new Map<string, string[][]>();
for (const head of ROLE_HEADS) {
  const words = head.split(' ');
  ROLE_HEAD_WORDS.set(words[0], [...(ROLE_HEAD_WORDS.get(words[0]) ?? []), words].sort((a, b) => b.length - a.length));
}

/** The title before a name ("US Secretary of State", "spokesman of the Russian Foreign Ministry"), if there is one. */
export function roleBefore(tokens: readonly Token[], i: number, text: string): string | undefined {
  let j = i - 1;
  let first = -1;
  let hasTitle = false;
  while (j >= 0 && i - j <= 10) {
    const t = tokens[j];
    const title = TITLE_WORDS.has(t.lower) || OCCUPATIONS.has(t.lower);
    if (title || isCapitalized(t.text) || CONNECTORS.has(t.lower) || t.lower === 'ministry' || t.lower === 'department') {
      if (CORE_TITLES.has(t.lower)) hasTitle = true;
      if (title || isCapitalized(t.text) || t.lower === 'ministry' || t.lower === 'department') first = j;
      j--;
      continue;
    }
    break;
  }
  if (first < 0 || !hasTitle) return undefined;
  while (first < i && CONNECTORS.has(tokens[first].lower)) first++;
  if (first >= i) return undefined;
  if (NOT_NAME.has(tokens[first].lower) && !TITLE_WORDS.has(tokens[first].lower)) first++;
  const role = normalizeSpace(text.slice(tokens[first].start, tokens[i - 1].end)).replace(/^(?:the|a|an)\s+/i, '');
  return role && /\p{L}/u.test(role) ? role : undefined;
}

/** A title set off by a comma before the name: "the company's chief executive, Dana Whitfield," → "chief executive". */
export function roleBeforeComma(tokens: readonly Token[], i: number, text: string): string | undefined {
  const title = tokens[i - 2];
  if (tokens[i - 1]?.text !== ',' || !title || !(TITLE_WORDS.has(title.lower) || OCCUPATIONS.has(title.lower))) return undefined;
  return roleBefore(tokens, i - 1, text);
}

/**
 * Mentions of people by their role alone ("the Russian Foreign Minister", "the ambassador"), each resolved
 * to the one person of the article introduced with that title; none when two people could be meant.
 */
export function roleMentions(sentences: readonly Sentence[], entities: readonly Entity[], taken: readonly ActorMention[], text: string): ActorMention[] {
  const people = entities.map((e, i) => [e, i] as const).filter(([e]) => e.kind === 'person' && e.role);
  const found: ActorMention[] = [];
  if (!people.length) return found;
  // asked for each role word, the people of a long article and its mentions would be gone through again and
  // again: the answers are kept by role, the mentions sorted by start (`taken` is not kept: the caller adds to it)
  const peopleByRole = new Map<string, Array<readonly [Entity, number]>>();
  const takenSpans = new SortedSpans(taken);
  for (const sentence of sentences) {
    const { tokens } = sentence;
    // a mention lies within its sentence: only this sentence's can overlap a phrase of it
    const foundHere: ActorMention[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const head = ROLE_HEAD_WORDS.get(tokens[k].lower);
      if (!head) continue;
      const words = head.find((h) => h.every((w, n) => tokens[k + n]?.lower === w));
      if (!words) continue;
      const after = tokens[k + words.length];
      if (after && isCapitalized(after.text)) continue; // a title before a name, found already
      let d = k - 1;
      while (d >= 0 && k - d <= 3 && tokens[d].lower !== 'the' && tokens[d].lower !== 'new' && /^\p{L}/u.test(tokens[d].text)) d--;
      if (d < 0 || (tokens[d].lower !== 'the' && tokens[d].lower !== 'new')) continue;
      const modifiers = tokens.slice(d + 1, k).map((t) => t.lower.replace(/\./g, '')).filter((w) => w !== 'new' && w !== 'top' && w !== 'former');
      const roleHead = words.join(' ');
      const key = `${roleHead}|${modifiers.join(' ')}`;
      let matches = peopleByRole.get(key);
      if (!matches) {
        matches = people.filter(([e]) => {
          const role = e.role!.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
          return role.includes(roleHead) && modifiers.every((w) => role.includes(w));
        });
        peopleByRole.set(key, matches);
      }
      if (matches.length !== 1) continue;
      const start = tokens[d].start;
      const end = tokens[k + words.length - 1].end;
      if (takenSpans.overlapping(start, end).length > 0 || foundHere.some((a) => a.start < end && a.end > start)) continue;
      const mention = { start, end, sentence: sentence.index, text: text.slice(start, end), entity: matches[0][1] };
      found.push(mention);
      foundHere.push(mention);
    }
  }
  return found;
}
