import { surnameOf } from '../actors/gazetteer.js';
import { render, type TitleSentence } from './title-sentence.js';
import { articleNames, countryAdjective } from './article-names.js';
import { isPerson, type Referent } from './person-or-body.js';
import type { Actor } from '../../schema/index.js';
import type { SortedSpans } from '../spans/sorted-spans.js';
import type { ActorMention } from '../types.js';

export { isPerson, type Referent };

/**
 * Short form of an actor for a title: a person's surname, "US" for the United States.
 *
 * @example shortName({ name: 'Sergey Lavrov', kind: 'person' }); // 'Lavrov'
 */
export function shortName(actor: Actor): string {
  if (actor.kind === 'person' && isPerson(actor)) return surnameOf(actor.name);
  if (actor.name === 'United States') return 'US';
  if (actor.name === 'United Kingdom') return 'UK';
  return actor.name;
}

/** What a pronoun or a description refers to: he/she a person; it, they, we and "the company" a body. */
export function referentKind(word: string): Referent | undefined {
  const w = word.toLowerCase();
  if (['he', 'she', 'him', 'his', 'her', 'hers', 'i', 'me', 'my'].includes(w)) return 'person';
  if (['it', 'its', 'they', 'them', 'their', 'we', 'our', 'us'].includes(w)) return 'body';
  return undefined;
}

/**
 * The nearest named actor of the wanted kind before offset `at` (in this sentence or an earlier one):
 * what a pronoun or "the company" stands for. For a body, a capitalised name earlier in the same
 * sentence counts when no entity fits ("Apple Inc. announced Monday it has settled"), and then the
 * sentence's own subject when the caller gives it ("The union said it could call …").
 */
export function resolveReferent(ts: TitleSentence, kind: Referent, at: number, plural = false, sentenceSubject?: string): string | undefined {
  // the candidates: the fitting mentions that start before `at`, by start
  const fitting = articleNames(ts).fittingMentions(kind);
  const before = fitting.firstAtOrAfter(at);
  const here = ts.sentence.index;
  // the nearest fitting actor of the sentence; else, for a person, the one of the last few sentences that the
  // article names most (a story's "he" is mostly its protagonist), else the nearest. Mentions lie within their
  // sentences and sentences follow each other, so those of the last few sentences are the last candidates.
  const recent: ActorMention[] = [];
  for (let i = before - 1; i >= 0 && fitting.sorted[i].sentence >= here - 3; i--) recent.push(fitting.sorted[i]);
  recent.reverse();
  const count = ts.counts;
  const local = recent.filter((m) => m.sentence === here);
  let chosen = local.at(-1) ?? fitting.sorted[before - 1];
  // a description ("the carrier", "the company") likewise names the body the story is about, not the last one
  // named in passing ("founded by two former Ryanair pilots. … the carrier announced")
  if (!local.length && (kind === 'person' || kind === 'company') && recent.length) chosen = recent.reduce((x, y) => ((count.get(y.entity) ?? 0) >= (count.get(x.entity) ?? 0) ? y : x));
  // a body: the one the sentence before is about (its first), before one named later in it or further back; but
  // "they" right after names joined by "and" ("France and Germany") are those names
  if (!local.length && kind !== 'person' && !(plural && chosen && joinedBefore(ts, fitting, chosen))) chosen = recent.find((m) => m.sentence === here - 1) ?? chosen;
  const best = chosen && { start: chosen.start, entity: ts.entities[chosen.entity] };
  const sentenceStart = ts.sentence.start;
  if (kind !== 'person' && (!best || best.start < sentenceStart)) {
    const local = nameBefore(ts, at) ?? sentenceSubject;
    if (local) return local;
  }
  if (!best) return undefined;
  // "they" after "France and Germany": both
  if (plural && chosen) {
    const pair = joinedBefore(ts, fitting, chosen);
    if (pair && pair.entity !== chosen.entity) return `${shortName(ts.entities[pair.entity])} and ${shortName(best.entity)}`;
  }
  return shortName(best.entity);
}

/** The first candidate (by start) that ends right before `chosen`, joined to it by "and" or a comma ("France and Germany"). */
function joinedBefore(ts: TitleSentence, fitting: SortedSpans<ActorMention>, chosen: ActorMention): ActorMention | undefined {
  // only blanks, commas and the letters of "and" can stand between them: the mentions ending further back cannot
  let from = chosen.start;
  while (from > 0 && /[\s,and]/.test(ts.text.charAt(from - 1))) from--;
  return fitting.overlapping(from - 1, chosen.start).find((m) => m.end < chosen.start && /^\s*(,|and|, and)\s*$/.test(ts.text.slice(m.end, chosen.start)));
}

/** The last run of name tokens of the sentence that ends before offset `at`, when it is not a person. */
function nameBefore(ts: TitleSentence, at: number): string | undefined {
  const { tokens, name } = ts;
  let end = -1;
  const adjective = (i: number) => ts.here.some((m) => m.start === tokens[i].start && countryAdjective(m, ts.entities));
  for (let i = 0; i < tokens.length && tokens[i].end <= at; i++) if (name[i] && !ts.timex[i] && /^\p{L}/u.test(tokens[i].text) && !adjective(i)) end = i;
  if (end < 0) return undefined;
  let start = end;
  while (start > 0 && (name[start - 1] || (['&', '-'].includes(tokens[start - 1].text) && name[start - 2]))) start--;
  const indices = Array.from({ length: end - start + 1 }, (_, k) => start + k);
  const text = render(ts, indices).replace(/['’]s$/u, '');
  const person = ts.here.find((m) => m.start <= tokens[start].start && m.end >= tokens[end].end && isPerson(ts.entities[m.entity] ?? { name: '', kind: 'organization' }));
  return person ? undefined : text;
}

/** The person named last before offset `at` whose role ends in `noun`: who "the ambassador" or "the minister" is. */
export function resolveRole(ts: TitleSentence, noun: string, at: number): string | undefined {
  const withRole = articleNames(ts).mentionsWithRole(noun);
  let last = withRole.firstAtOrAfter(at) - 1;
  if (last < 0) return undefined;
  // of mentions that start at the same offset, the first in the article's list
  while (last > 0 && withRole.sorted[last - 1].start === withRole.sorted[last].start) last--;
  return shortName(ts.entities[withRole.sorted[last].entity]);
}
