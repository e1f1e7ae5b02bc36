import { SortedSpans } from '../spans/sorted-spans.js';
import { fitsReferent, isPerson, type Referent } from './person-or-body.js';
import type { ActorMention, Entity } from '../types.js';
import type { TitleSentence } from './title-sentence.js';

/** A country named by its adjective ("a Swedish toymaker", "the Chinese mainland"): it describes a noun, and no pronoun stands for it. */
export const countryAdjective = (m: ActorMention, entities: readonly Entity[]): boolean =>
  entities[m.entity]?.kind === 'country' && /^\p{Lu}\p{Ll}+(?:ish|ian|ese|an|i|ic)$/u.test(m.text) && m.text !== entities[m.entity].name;

/**
 * The article's names as titles look them up: the mentions that a pronoun or a description of each kind
 * can stand for, the mentions of people by the words of their roles, and people by their full names.
 * Made once per article, so that a title asks in O(log n) what a pass over all the article's entities or
 * mentions would answer, which for a long article grows with the square of its length.
 */
export class ArticleNames {
  private readonly fitting = new Map<Referent, SortedSpans<ActorMention>>();
  private readonly roles = new Map<string, SortedSpans<ActorMention>>();
  private roleWords: Map<string, ActorMention[]> | undefined;
  private fullNames: Map<string, number> | undefined;

  constructor(
    private readonly entities: readonly Entity[],
    private readonly mentions: readonly ActorMention[],
  ) {}

  /** The mentions whose entity a reference of this kind can stand for, by start. */
  fittingMentions(kind: Referent): SortedSpans<ActorMention> {
    let found = this.fitting.get(kind);
    if (!found) {
      found = new SortedSpans(this.mentions.filter((m) => this.entities[m.entity] && fitsReferent(kind, this.entities[m.entity]) && !countryAdjective(m, this.entities)));
      this.fitting.set(kind, found);
    }
    return found;
  }

  /** The mentions of people whose role has this word ("minister" in "Russian Foreign Minister"), by start. */
  mentionsWithRole(word: string): SortedSpans<ActorMention> {
    if (!this.roleWords) {
      this.roleWords = new Map();
      for (const m of this.mentions) {
        const entity = this.entities[m.entity];
        if (!entity?.role || !isPerson(entity)) continue;
        for (const w of new Set(entity.role.toLowerCase().split(/\s+/))) {
          const list = this.roleWords.get(w);
          if (list) list.push(m);
          else this.roleWords.set(w, [m]);
        }
      }
    }
    let found = this.roles.get(word);
    if (!found) this.roles.set(word, (found = new SortedSpans(this.roleWords.get(word) ?? [])));
    return found;
  }

  /** The first person of the article (in entity order) with a name of two words or more that `text` is or ends with. */
  personNamed(text: string): Entity | undefined {
    if (!this.fullNames) {
      this.fullNames = new Map();
      this.entities.forEach((e, i) => {
        if (isPerson(e) && e.name.includes(' ') && !this.fullNames!.has(e.name)) this.fullNames!.set(e.name, i);
      });
    }
    let first = this.fullNames.get(text) ?? Infinity;
    for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) first = Math.min(first, this.fullNames.get(text.slice(space + 1)) ?? Infinity);
    return this.entities[first];
  }
}

const cache = new WeakMap<readonly Entity[], { mentions: readonly ActorMention[]; names: ArticleNames }>();

/** The {@link ArticleNames} of the article a sentence view belongs to (its entities and mentions are not to change afterwards). */
export function articleNames(ts: TitleSentence): ArticleNames {
  const known = cache.get(ts.entities);
  if (known && known.mentions === ts.mentions) return known.names;
  const names = new ArticleNames(ts.entities, ts.mentions);
  cache.set(ts.entities, { mentions: ts.mentions, names });
  return names;
}
