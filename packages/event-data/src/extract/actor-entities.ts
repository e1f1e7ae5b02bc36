import { nameKey, surnameOf } from './gazetteer.js';
import { editDistanceAtMostOne } from './names.js';
import type { ActorMention, Entity, Span } from './types.js';

/** A name found in one sentence, before the names of the article are resolved to entities. */
export interface ActorDraft extends Span {
  sentence: number;
  text: string;
  kind: Entity['kind'];
  name: string;
  role?: string;
  /** A bare surname or a hyphenated pair of surnames, or a name in the title-case headline: it refers to a person of the article, or to nothing. */
  single?: boolean;
  /** A country or organisation word that is part of a person's title ("Russian" in "Russian Foreign Minister"). */
  modifier?: boolean;
}

/**
 * Resolves the names of one article to entities: full names first, then the short forms, each to the one
 * longer name it can stand for — a surname to the one person of the article who carries it ("Mr. Lavrov" →
 * "Sergey Lavrov"), a transliteration or a one-letter misspelling of a person's name to that person.
 */
export function resolveEntities(drafts: readonly ActorDraft[]): { entities: Entity[]; actorMentions: ActorMention[] } {
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number>();
  const ambiguous = new Set<string>();
  const actorMentions: ActorMention[] = [];
  const entityFor = (m: ActorDraft): number => {
    const key = `${m.kind}:${nameKey(m.name)}`;
    let index = byKey.get(key);
    if (index === undefined && m.kind === 'person') {
      const words = nameKey(m.name).split(' ');
      // Same given name, surname one letter off ("Rex Tilleron"): a misspelling of a person already seen.
      index = entities.findIndex((e) => {
        if (e.kind !== 'person') return false;
        const other = nameKey(e.name).split(' ');
        return other.length === words.length && other[0] === words[0] && other.at(-1)!.length >= 5 && editDistanceAtMostOne(other.at(-1)!, words.at(-1)!);
      });
      if (index < 0) index = undefined;
      else byKey.set(key, index);
    }
    if (index === undefined) {
      index = entities.length;
      entities.push({ name: m.name, kind: m.kind, role: m.role, aliases: [] });
      byKey.set(key, index);
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
  // Full names first, so that bare surnames anywhere in the article can find them.
  const rank = (m: ActorDraft) => (m.single ? 2 : m.kind === 'person' && !m.name.includes(' ') ? 1 : 0);
  const ordered = [...drafts].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  for (const m of ordered) {
    if (m.modifier) continue;
    let index: number | undefined;
    const bare = m.kind === 'person' && !m.name.includes(' ');
    const surnameMatch = bare && !ambiguous.has(nameKey(m.name)) ? bySurname.get(nameKey(m.name)) : undefined;
    if (m.single) {
      index = byKey.get(`person:${nameKey(m.name)}`) ?? surnameMatch;
      if (index === undefined) continue;
    } else if (bare) {
      index = surnameMatch ?? entityFor(m);
    } else index = entityFor(m);
    // "Prime Minister Ardern" after "Jacinda Ardern": the title belongs to the person the surname resolves to.
    if (m.kind === 'person' && m.role && !entities[index].role) entities[index].role = m.role;
    if (m.kind === 'person' && m.name.split(' ').length > entities[index].name.split(' ').length) entities[index].name = m.name;
    actorMentions.push({ start: m.start, end: m.end, sentence: m.sentence, text: m.text, entity: index });
  }
  return { entities, actorMentions };
}
