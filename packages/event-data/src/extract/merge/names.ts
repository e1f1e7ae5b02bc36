import { nameKey } from '../actors/gazetteer.js';
import { normalizeSpace } from '../language/tokens.js';
import type { Actor } from '../../schema/index.js';
import type { ArticleName } from '../article-result.js';

/** A company's legal form, which outlets give or leave out: "Norland Foods Inc" and "Norland Foods" are one. */
const LEGAL_FORM = /(?:,?\s+(?:inc|corp|co|ltd|llc|plc|ag|sa|nv|gmbh|limited|incorporated|corporation)\.?)+$/i;

/** What identifies an actor across articles: its kind and its name without case, accents or legal form. */
export const keyOf = (kind: Actor['kind'], name: string): string => `${kind}:${nameKey(kind === 'organization' ? name.replace(LEGAL_FORM, '') || name : name)}`;
export const actorKey = (a: Actor): string => keyOf(a.kind, a.name);

/** An actor as the dataset shows it: one plain space between words of its name and role, whatever the article used. */
function plainActor(a: Actor): Actor {
  const out: Actor = { ...a, name: normalizeSpace(a.name) };
  if (a.role !== undefined) out.role = normalizeSpace(a.role);
  return out;
}

/**
 * One spelling per person across articles, learned from the names every article uses:
 * transliteration variants ("Sergei"/"Sergey") and bare surnames share a key; the spelling used
 * most wins, ties going to the -y form that official romanisation uses, then to alphabetical
 * order. It keeps counts per key, not texts, so it stays small over any number of articles, and
 * the result does not depend on the order the articles came in.
 */
export class NameBook {
  private readonly counts = new Map<string, Map<string, number>>();
  /** The role given with the name in the first article (by id) that gives one: the same whatever the order articles come in. */
  private readonly roles = new Map<string, { role: string; article: string }>();
  private readonly fullBySurname = new Map<string, Set<string>>();
  private canonical?: Map<string, Actor>;

  add(article: string, names: readonly ArticleName[]): void {
    for (const e of names) {
      const key = keyOf(e.kind, e.name);
      const byName = this.counts.get(key) ?? new Map<string, number>();
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.mentions);
      this.counts.set(key, byName);
      const seen = this.roles.get(key);
      if (e.role && (seen === undefined || article < seen.article)) this.roles.set(key, { role: e.role, article });
      if (e.kind === 'person' && e.name.includes(' ')) {
        const surname = nameKey(e.name).split(' ').at(-1)!;
        this.fullBySurname.set(surname, (this.fullBySurname.get(surname) ?? new Set()).add(key));
      }
    }
  }

  private finish(): Map<string, Actor> {
    const out = new Map<string, Actor>();
    for (const [key, names] of this.counts) {
      const name = [...names].sort((a, b) => b[1] - a[1] || Number(/y\b/.test(b[0])) - Number(/y\b/.test(a[0])) || (a[0] < b[0] ? -1 : 1))[0][0];
      const kind = key.slice(0, key.indexOf(':')) as Actor['kind'];
      const role = this.roles.get(key)?.role;
      out.set(key, role !== undefined ? { name, kind, role } : { name, kind });
    }
    // A person named only by surname in one article is the one full name with that surname elsewhere.
    for (const [key, actor] of out) {
      if (actor.kind !== 'person' || actor.name.includes(' ')) continue;
      const full = this.fullBySurname.get(nameKey(actor.name));
      if (full?.size !== 1) continue;
      const fullKey = [...full][0];
      let person = out.get(fullKey)!;
      // "Prime Minister Ardern" in one article, "Jacinda Ardern" without a title in another: she keeps the title.
      if (!person.role && actor.role) out.set(fullKey, (person = { ...person, role: actor.role }));
      out.set(key, person);
    }
    return out;
  }

  /** The actor under the spelling used across articles (call after every article was added). */
  canonicalActor(a: Actor): Actor {
    this.canonical ??= this.finish();
    return plainActor(this.canonical.get(actorKey(a)) ?? a);
  }
}
