import { nameKey } from '../actors/gazetteer.js';
import { orgCore } from '../actors/name-kinds.js';
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
 * A product or service is named by its brand alone in one report and by the brand with the words for
 * its shop or service in another ("ZipTunes" and "ZipTunes Music Store" or "ZipTunes Store"): one thing.
 * The evidence is the article's own: it names the brand alone (a thing, not a company: "Apple" of
 * "Apple Corps" and "Apple Computer" is the organisations' business, see `NameBook`) and a longer name
 * that is the brand followed by plain words ending in a trade word. A model number makes another
 * product ("iPhone 4" is not "iPhone"), and so does a name that ends in any other word ("iPod Touch").
 * Returns long key → brand key.
 */
function brandForms(names: readonly ArticleName[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const brand of names) {
    if (brand.kind !== 'other' || brand.name.includes(' ')) continue;
    const head = `${nameKey(brand.name)} `;
    for (const long of names) {
      if ((long.kind !== 'other' && long.kind !== 'organization') || !nameKey(long.name).startsWith(head)) continue;
      const rest = long.name.split(' ').slice(1);
      // a trade word last ("Store", "Music Store"): orgCore drops it
      if (rest.every((w) => !/\d/.test(w)) && orgCore(long.name) !== long.name) out.set(keyOf(long.kind, long.name), keyOf(brand.kind, brand.name));
    }
  }
  return out;
}

/** The forms `titleNames` looks for, longest first: worked out once per article, not once per event. */
const formsOf = new WeakMap<readonly ArticleName[], Array<{ e: ArticleName; form: string }>>();
function titleForms(names: readonly ArticleName[]): Array<{ e: ArticleName; form: string }> {
  let forms = formsOf.get(names);
  if (forms === undefined) {
    forms = names
      .filter((e) => e.kind !== 'country')
      .flatMap((e) => [{ e, form: e.name }, ...(e.kind === 'person' && e.name.includes(' ') ? [{ e, form: e.name.split(' ').at(-1)! }] : [])])
      .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
    formsOf.set(names, forms);
  }
  return forms;
}

/**
 * The people, companies and things an event's title names, from the article's own names: the title
 * says who did what to whom once pronouns and passives are resolved ("Jobs introduces iPhone 4" of
 * "While introducing iPhone 4, … Jobs started"), where the event's actors may give only the subject or
 * no one. Whole words, longest names first, each stretch of the title read once; a person also by
 * the surname alone.
 */
export function titleNames(title: string, names: readonly ArticleName[]): Array<Pick<Actor, 'kind' | 'name'>> {
  const out: Array<Pick<Actor, 'kind' | 'name'>> = [];
  const taken: Array<[number, number]> = [];
  for (const { e, form } of titleForms(names)) {
    for (let at = title.indexOf(form); at >= 0; at = title.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (/[\p{L}\p{N}]/u.test(title[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(title[end] ?? '')) continue;
      if (taken.some(([s, t]) => at < t && s < end)) continue;
      taken.push([at, end]);
      if (!out.some((a) => a.kind === e.kind && a.name === e.name)) out.push({ kind: e.kind, name: e.name });
      break;
    }
  }
  return out;
}

/**
 * One spelling per person and organisation across articles, learned from the names every article uses:
 * transliteration variants ("Sergei"/"Sergey") and bare surnames share a key; the spelling used
 * most wins, ties going to the -y form that official romanisation uses, then to alphabetical
 * order. It keeps counts per key, not texts, so it stays small over any number of articles, and
 * the result does not depend on the order the articles came in.
 *
 * An organisation is also known by its short form, the head of its name without its trade word
 * ("Apple" of "Apple Computer", "Acme" of "Acme Motors"), and outlets differ in which long form they
 * give ("Apple Computer" in one, "Apple Inc." in another). The evidence is the article's own: it names
 * the company in full and then calls it by the short form alone (an entry of its names that is the
 * core of exactly one of its organisations). A long name is then one with the organisation whose
 * full name that short form is elsewhere in the batch ("Apple", "Apple Inc."). When two long names
 * an article sets side by side ("Apple Corps … against Apple Computer") are both called so, the short
 * form stays with the one more articles call by it, and with neither on a tie.
 */
export class NameBook {
  private readonly counts = new Map<string, Map<string, number>>();
  /** The role given with the name in the first article (by id) that gives one: the same whatever the order articles come in. */
  private readonly roles = new Map<string, { role: string; article: string }>();
  private readonly fullBySurname = new Map<string, Set<string>>();
  /** Short form key → long name key → how many articles call that long name by the short form. */
  private readonly calledBy = new Map<string, Map<string, number>>();
  /** Long key → the key of the brand it is a form of ("iTunes Music Store" → "iTunes"; see `brandForms`). */
  private readonly brandOf = new Map<string, string>();
  /** Pairs of long organisation names ("k1\nk2", sorted) that one article names side by side. */
  private readonly together = new Set<string>();
  private canonical?: Map<string, Actor>;

  add(article: string, names: readonly ArticleName[]): void {
    const shortForms = this.shortForms(names);
    for (const e of names) {
      const key = keyOf(e.kind, e.name);
      const long = shortForms.get(e);
      if (long !== undefined) {
        const called = this.calledBy.get(key) ?? new Map<string, number>();
        this.calledBy.set(key, called.set(long, (called.get(long) ?? 0) + 1));
        continue;
      }
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
    for (const [long, brand] of brandForms(names)) this.brandOf.set(long, brand);
    const longs = [...new Set(names.filter((e) => e.kind === 'organization' && !shortForms.has(e) && e.name.includes(' ')).map((e) => keyOf(e.kind, e.name)))].sort();
    for (let i = 0; i < longs.length; i++) for (let j = i + 1; j < longs.length; j++) this.together.add(`${longs[i]}\n${longs[j]}`);
  }

  /** The article's one-word organisation names that are the core of exactly one of its longer ones, each with that one's key. */
  private shortForms(names: readonly ArticleName[]): Map<ArticleName, string> {
    const out = new Map<ArticleName, string>();
    const orgs = names.filter((e) => e.kind === 'organization');
    for (const single of orgs) {
      if (single.name.includes(' ')) continue;
      const core = nameKey(single.name);
      const longs = new Set(orgs.filter((o) => o.name.includes(' ') && nameKey(orgCore(o.name)) === core).map((o) => keyOf(o.kind, o.name)));
      if (longs.size === 1) out.set(single, [...longs][0]);
    }
    return out;
  }

  /** Long organisation keys → the key of the organisation their short form names (see the class comment). */
  private shortFormAliases(): Map<string, string> {
    const alias = new Map<string, string>();
    for (const [short, called] of this.calledBy) {
      // the short form must be an organisation's name in full somewhere in the batch
      if (!this.counts.has(short)) continue;
      const longs = [...called].filter(([long]) => long !== short && this.counts.has(long));
      for (const [long, articles] of longs) {
        const rivals = longs.filter(([other]) => other !== long && this.together.has(long < other ? `${long}\n${other}` : `${other}\n${long}`));
        if (rivals.every(([, n]) => n < articles)) alias.set(long, short);
      }
    }
    return alias;
  }

  private finish(): Map<string, Actor> {
    const alias = this.shortFormAliases();
    for (const [long, brand] of this.brandOf) if (!alias.has(long) && !alias.has(brand) && this.counts.has(brand)) alias.set(long, brand);
    // a long name's spellings count towards the organisation it is one with
    const counts = new Map<string, Map<string, number>>();
    for (const [key, names] of this.counts) {
      const target = alias.get(key) ?? key;
      const byName = counts.get(target) ?? new Map<string, number>();
      for (const [name, n] of names) byName.set(name, (byName.get(name) ?? 0) + n);
      counts.set(target, byName);
    }
    const out = new Map<string, Actor>();
    for (const [key, names] of counts) {
      const name = [...names].sort((a, b) => b[1] - a[1] || Number(/y\b/.test(b[0])) - Number(/y\b/.test(a[0])) || (a[0] < b[0] ? -1 : 1))[0][0];
      const kind = key.slice(0, key.indexOf(':')) as Actor['kind'];
      const role = this.roles.get(keyOf(kind, name))?.role ?? this.roles.get(key)?.role;
      out.set(key, role !== undefined ? { name, kind, role } : { name, kind });
    }
    for (const [long, short] of alias) out.set(long, out.get(short)!);
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
