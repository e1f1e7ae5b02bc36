import { nameKey, surnameOf } from './gazetteer.js';
import { initialsOf, orgCore } from './name-kinds.js';
import { editDistanceAtMostOne } from './names.js';
import type { ActorMention, Entity, Span } from '../types.js';

/** A name found in one sentence, before the names of the article are resolved to entities. */
export interface ActorDraft extends Span {
  sentence: number;
  text: string;
  kind: Entity['kind'];
  name: string;
  role?: string;
  /**
   * A short form that refers to a longer name of the article or to nothing: a bare surname, a company's
   * first word ("Apple" for "Apple Inc."), an acronym, a name in the title-case headline.
   */
  single?: boolean;
  /** For a short form that refers to no longer name: the kind its own context gives, so it stands as a name of its own. */
  fallback?: Entity['kind'];
  /** A country or organisation word that is part of a person's title ("Russian" in "Russian Foreign Minister"). */
  modifier?: boolean;
}

const CORPORATE_SUFFIX = /,?\s+(?:inc|corp|co|ltd|llc|plc|ag|sa|gmbh|limited|incorporated)\.?$/i;
/** The key two spellings of one name share: "Apple Computer, Inc." and "Apple Computer" are one company. */
const keyOf = (kind: Entity['kind'], name: string) => `${kind}:${nameKey(kind === 'person' ? name : name.replace(CORPORATE_SUFFIX, ''))}`;

/**
 * Resolves the names of one article to entities: full names first, then the short forms, each to the one
 * longer name it can stand for — a surname to the one person of the article who carries it ("Mr. Lavrov" →
 * "Sergey Lavrov"), a company's first word or acronym to the company ("Apple" → "Apple Inc.", "FAA" →
 * "Federal Aviation Administration", the nearest one before when two share it), a transliteration or a
 * one-letter misspelling of a person's name to that person.
 */
export function resolveEntities(drafts: readonly ActorDraft[]): { entities: Entity[]; actorMentions: ActorMention[] } {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number>();
  const ambiguous = new Set<string>();
  const actorMentions: ActorMention[] = [];
  const people = new PeopleByGivenName();
  const entityFor = (m: ActorDraft): number => {
    const key = keyOf(m.kind, m.name);
    let index = byKey.get(key);
    if (index === undefined && m.kind === 'person') {
      const words = nameKey(m.name).split(' ');
      // Same given name, surname one letter off ("Rex Tilleron"): a misspelling of a person already seen.
      index = people.first(words, (other) => other.at(-1)!.length >= 5 && editDistanceAtMostOne(other.at(-1)!, words.at(-1)!), entities);
      if (index !== undefined) byKey.set(key, index);
    }
    if (index === undefined) {
      index = entities.length;
      entities.push({ name: m.name, kind: m.kind, role: m.role, aliases: [] });
      byKey.set(key, index);
      if (m.kind === 'person') people.add(index, m.name);
    } else if (m.role && !entities[index].role) entities[index].role = m.role;
    if (m.kind === 'person') {
      const surname = nameKey(surnameOf(m.name));
      const known = bySurname.get(surname);
      const full = entities[index].name.includes(' ');
      if (known === undefined) bySurname.set(surname, index);
      else if (known !== index && full && !entities[known].name.includes(' ')) bySurname.set(surname, index);
      // Two different people of the article share the surname ("Barack Obama", "Michelle Obama"): "Obama" alone is neither.
      else if (known !== index && full) ambiguous.add(surname);
    }
    return index;
  };
  /**
   * Where each entity is mentioned, one list per rank (see `rank`): mentions are resolved rank by rank in
   * text order, so each list is sorted.
   */
  const mentionStarts = new Map<number, number[][]>();
  /** Organisations by the short forms that can stand for them, built once the full names are in. */
  let shortForms: Map<string, number[]> | undefined;
  /** The organisation a short form names: its first word(s) or its initials; of two, the one named last before `at`. */
  const organisationFor = (name: string, at: number): number | undefined => {
    if (!shortForms) {
      shortForms = new Map();
      entities.forEach((e, i) => {
        if (e.kind === 'person' || e.kind === 'country' || !e.name.includes(' ')) return;
        for (const form of new Set([`core:${nameKey(orgCore(e.name))}`, `initials:${initialsOf(e.name)}`])) {
          const list = shortForms!.get(form);
          if (list) list.push(i);
          else shortForms!.set(form, [i]);
        }
      });
    }
    const acronym = /^\p{Lu}[\p{Lu}&]+$/u.test(name);
    const candidates = [...(shortForms.get(`core:${nameKey(name)}`) ?? []), ...(acronym ? shortForms.get(`initials:${name.replace(/&/g, '')}`) ?? [] : [])];
    if (candidates.length <= 1) return candidates[0];
    const lastBefore = (i: number) => Math.max(-1, ...(mentionStarts.get(i) ?? []).map((starts) => lastBelow(starts, at)));
    return candidates.sort((a, b) => lastBefore(b) - lastBefore(a))[0];
  };

  // Full names first, so that bare surnames and short forms anywhere in the article can find them.
  const rank = (m: ActorDraft) => (m.single ? 2 : m.kind === 'person' && !m.name.includes(' ') ? 1 : 0);
  const ordered = [...drafts].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  for (const m of ordered) {
    if (m.modifier) continue;
    let index: number | undefined;
    const bare = m.kind === 'person' && !m.name.includes(' ');
    // a surname of the article's people refers to them, whatever its own context suggested ("Jobs's email")
    const surnameMatch = (bare || m.single) && !m.name.includes(' ') && !ambiguous.has(nameKey(m.name)) ? bySurname.get(nameKey(m.name)) : undefined;
    if (m.single) {
      index = byKey.get(keyOf('person', m.name)) ?? surnameMatch;
      if (index === undefined && m.kind !== 'person') index = byKey.get(keyOf(m.kind, m.name));
      if (index === undefined) index = byKey.get(keyOf('organization', m.name)) ?? byKey.get(keyOf('other', m.name)) ?? organisationFor(m.name, m.start);
      if (index === undefined && m.fallback) index = entityFor({ ...m, kind: m.fallback });
      if (index === undefined) continue;
    } else if (bare) {
      index = surnameMatch ?? entityFor(m);
    } else index = entityFor(m);
    // "Prime Minister Ardern" after "Jacinda Ardern": the title belongs to the person the surname resolves to.
    if (m.kind === 'person' && entities[index].kind === 'person') {
      if (m.role && !entities[index].role) entities[index].role = m.role;
      if (m.name.split(' ').length > entities[index].name.split(' ').length) {
        entities[index].name = m.name;
        people.add(index, m.name);
      }
    }
    actorMentions.push({ start: m.start, end: m.end, sentence: m.sentence, text: m.text, entity: index });
    const starts = mentionStarts.get(index) ?? mentionStarts.set(index, [[], [], []]).get(index)!;
    starts[rank(m)].push(m.start);
  }
  return { entities, actorMentions };
}

/** The largest of the sorted `values` below `at`, or -1. */
function lastBelow(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? values[lo - 1] : -1;
}

/**
 * The people of an article by the number of words of their name and its first word, for the misspellings
 * of a name already seen ("Rex Tilleron"): a look at the few people who share the given name rather than at
 * every entity of the article. A person is listed again under a longer name they take later; the names
 * are checked as they are when asked, so a listing left under an earlier name never matches.
 */
class PeopleByGivenName {
  private readonly lists = new Map<string, Set<number>>();
  private static key = (words: readonly string[]) => `${words.length} ${words[0]}`;

  add(index: number, name: string): void {
    const key = PeopleByGivenName.key(nameKey(name).split(' '));
    const list = this.lists.get(key);
    if (list) list.add(index);
    else this.lists.set(key, new Set([index]));
  }

  /** The first person (by entity index) whose name has as many words as `words`, the same first word, and passes `test`. */
  first(words: readonly string[], test: (other: string[]) => boolean, entities: readonly Entity[]): number | undefined {
    let found: number | undefined;
    for (const i of this.lists.get(PeopleByGivenName.key(words)) ?? []) {
      if (found !== undefined && i > found) continue;
      const other = nameKey(entities[i].name).split(' ');
      if (entities[i].kind === 'person' && other.length === words.length && other[0] === words[0] && test(other)) found = i;
    }
    return found;
  }
}
