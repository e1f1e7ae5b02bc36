import { surnameOf } from '../actors/gazetteer.js';
import { render, type TitleSentence } from './title-sentence.js';
import { COMPANY_WORDS, ORG_WORDS, isOrgSuffix } from '../actors/name-words.js';
import type { Actor } from '../../schema/index.js';
import type { Entity } from '../types.js';

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

/**
 * Whether an actor typed as a person reads as one: a person is named by two or three words, none of
 * them a company's ("Apple Computer", "Apple Corps" are organisations whatever kind they were given).
 */
export function isPerson(actor: Pick<Actor, 'name' | 'kind'>): boolean {
  if (actor.kind !== 'person') return false;
  let known = personNames.get(actor.name);
  if (known === undefined) {
    const words = actor.name.split(' ');
    known = words.length <= 4 && !words.some((w) => COMPANY_WORDS.has(w.toLowerCase()) || ORG_WORDS.has(w.toLowerCase()) || isOrgSuffix(w));
    if (personNames.size > 10_000) personNames.clear();
    personNames.set(actor.name, known);
  }
  return known;
}
const personNames = new Map<string, boolean>();

/** A person named in full or with a role: what "he" or "she" can stand for ("Microsoft" alone may be a company). */
const namedPerson = (e: Entity): boolean => isPerson(e) && (e.name.includes(' ') || !!e.role);

/** An organisation or a country, or a one-word "person" that is more likely a company ("Microsoft"). */
const isBody = (e: Entity): boolean => e.kind === 'organization' || e.kind === 'country' || e.kind === 'group' || (e.kind === 'person' && !namedPerson(e));

/** What a reference stands for: a person; a body (it, they, we); a company ("the company"), which no country is. */
export type Referent = 'person' | 'body' | 'company';

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
  const fits = (e: Entity) => (kind === 'person' ? namedPerson(e) : isBody(e) && (kind === 'body' || e.kind !== 'country'));
  // the nearest fitting actor of the sentence; else, for a person, the one of the last few sentences that the
  // article names most (a story's "he" is mostly its protagonist), else the nearest
  const candidates = ts.mentions.filter((m) => m.start < at && ts.entities[m.entity] && fits(ts.entities[m.entity])).sort((x, y) => x.start - y.start);
  const here = ts.sentence.index;
  const count = ts.counts;
  const local = candidates.filter((m) => m.sentence === here);
  const recent = candidates.filter((m) => m.sentence >= here - 3);
  let chosen = local.at(-1) ?? candidates.at(-1);
  if (!local.length && kind === 'person' && recent.length) chosen = recent.reduce((x, y) => ((count.get(y.entity) ?? 0) >= (count.get(x.entity) ?? 0) ? y : x));
  const best = chosen && { start: chosen.start, entity: ts.entities[chosen.entity] };
  const sentenceStart = ts.sentence.start;
  if (kind !== 'person' && (!best || best.start < sentenceStart)) {
    const local = nameBefore(ts, at) ?? sentenceSubject;
    if (local) return local;
  }
  if (!best) return undefined;
  // "they" after "France and Germany": both
  if (plural && chosen) {
    const pair = candidates.find((m) => m.end < chosen.start && /^\s*(,|and|, and)\s*$/.test(ts.text.slice(m.end, chosen.start)));
    if (pair && pair.entity !== chosen.entity) return `${shortName(ts.entities[pair.entity])} and ${shortName(best.entity)}`;
  }
  return shortName(best.entity);
}

/** The last run of name tokens of the sentence that ends before offset `at`, when it is not a person. */
function nameBefore(ts: TitleSentence, at: number): string | undefined {
  const { tokens, name } = ts;
  let end = -1;
  for (let i = 0; i < tokens.length && tokens[i].end <= at; i++) if (name[i] && !ts.timex[i] && /^\p{L}/u.test(tokens[i].text)) end = i;
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
  let best: { start: number; entity: Entity } | undefined;
  for (const m of ts.mentions) {
    const entity = ts.entities[m.entity];
    if (m.start >= at || !entity?.role || !isPerson(entity) || !entity.role.toLowerCase().split(/\s+/).includes(noun)) continue;
    if (!best || m.start > best.start) best = { start: m.start, entity };
  }
  return best && shortName(best.entity);
}
