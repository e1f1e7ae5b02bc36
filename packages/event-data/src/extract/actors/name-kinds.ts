import { nameKey } from './gazetteer.js';
import { GIVEN_NAMES } from './given-names.js';
import { addVotes, noVotes, type NameKind, type Votes } from './name-context.js';
import type { NameRun } from './name-runs.js';
import { COMPANY_WORDS, EVENT_WORDS, ORG_HEADS, ORG_WORDS, PLACE_WORDS } from './name-words.js';
import { regionName } from './regions.js';

/** One mention of a capitalised name, with the evidence its context gives. */
export interface NameSighting {
  run: NameRun;
  /** What the name's own words say (`shapeKind`). */
  shape: NameKind | undefined;
  votes: Votes;
  /** In a headline, where every word is capitalised: its context says little. */
  headline: boolean;
  /** The sighting before it that it is joined to by "and" or "or" ("Best Buy and Radio Shack"). */
  conjoined?: NameSighting;
}

/** Whether a run is one plain word ("Jobs", "Apple"), which may be a short form of a longer name of the article. */
export const isSingleWord = (run: NameRun): boolean => run.after - run.first === 1 && !run.acronym && !run.camel;

/**
 * What a name's own words say it is: a region ("Ohio"), a place word last ("Capitol Hill", "Orange County"),
 * a corporate suffix ("Apple Inc."), a body or company word ("City Council", "Acme Motors", "Royal Courts of
 * Justice"), an event word ("Worldwide Developers Conference"), a model number or a camel-case brand
 * ("iPhone 4", "iTunes"). These decide alone: context never makes "Acme Motors" a person.
 */
export function shapeKind(run: NameRun): NameKind | undefined {
  const words = run.name.toLowerCase().split(' ');
  if (regionName(run.name) && !run.suffix) return 'place';
  if (words.length >= 2 && PLACE_WORDS.has(run.head) && !run.suffix) return 'place';
  if (run.suffix) return 'organization';
  if (words.some((w) => ORG_WORDS.has(w)) || (words.length >= 2 && (ORG_HEADS.has(run.head) || COMPANY_WORDS.has(run.head)))) return 'organization';
  if (words.length >= 2 && EVENT_WORDS.has(run.head)) return 'other';
  if (run.model || run.camel) return 'other';
  return undefined;
}

/** The words of a company's name before its trade and suffix: "Apple" of "Apple Computer Inc.", "NPD" of "NPD Group". */
export function orgCore(name: string): string {
  const words = name.split(' ');
  while (words.length > 1) {
    const last = words[words.length - 1].toLowerCase().replace(/^,/, '');
    if (!(ORG_WORDS.has(last) || COMPANY_WORDS.has(last) || ORG_HEADS.has(last) || /^(?:inc|corp|co|ltd|llc|plc|ag|sa|gmbh)\.?,?$/.test(last) || last === ',')) break;
    words.pop();
  }
  return words.join(' ').replace(/,$/, '');
}

/** The capitals of a name's words ("FAA" of "Federal Aviation Administration", "NPD" of …): how acronyms are formed. */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

const PRIORITY: NameKind[] = ['person', 'organization', 'other', 'place'];

/**
 * The kind of each name of an article (by `nameKey`), from the evidence of all its mentions: what the name
 * says about itself first, else the context cues summed over the article, with the ways news refers back to
 * a name: a person by the surname alone ("Steve Jobs" … "Jobs"), a company by its first word ("Apple
 * Computer" … "Apple"). Names with no evidence at all are left out of the map.
 */
export function decideKinds(sightings: readonly NameSighting[]): Map<string, NameKind> {
  const votes = new Map<string, Votes>();
  const shapes = new Map<string, NameKind>();
  /** Plain words seen alone, with no evidence against their being a surname. */
  const singles = new Set<string>();
  for (const s of sightings) {
    const key = nameKey(s.run.name);
    const shape = s.shape;
    if (shape && !shapes.has(key)) shapes.set(key, shape);
    if (s.headline) continue;
    addVotes(votes.get(key) ?? votes.set(key, noVotes()).get(key)!, s.votes);
  }
  for (const [key, v] of votes) if (!key.includes(' ') && v.person >= Math.max(v.organization, v.other, v.place)) singles.add(key);
  const kinds = new Map<string, NameKind>();
  for (const s of sightings) {
    const key = nameKey(s.run.name);
    if (kinds.has(key)) continue;
    const shape = shapes.get(key);
    if (shape) {
      kinds.set(key, shape);
      continue;
    }
    const v = { ...(votes.get(key) ?? noVotes()) };
    const words = key.split(' ');
    if (words.length >= 2 && !s.run.acronym) {
      if (singles.has(words[words.length - 1])) v.person += 2;
      if (GIVEN_NAMES.has(words[0])) v.person += 2;
    }
    if (s.run.acronym) v.organization += 3;
    // people's names have no words in capitals ("MP3 Player", "NPD Research")
    else if (s.run.capitals) {
      v.person = 0;
      v.organization += 1;
    }
    const best = PRIORITY.reduce((a, b) => (v[b] > v[a] ? b : a));
    // One plain word stands as a name of its own only on good evidence: "the Assad regime" makes no company of Assad.
    if (v[best] >= (isSingleWord(s.run) ? 2 : 1)) kinds.set(key, best);
  }
  // Names joined by "and" or "or" are of one kind ("Best Buy and Radio Shack", "Google and Microsoft"):
  // a name with no evidence at all of its own takes the kind of its partner.
  for (let pass = 0; pass < 2; pass++)
    for (const s of sightings) {
      if (!s.conjoined || s.headline) continue;
      const [a, b] = [nameKey(s.run.name), nameKey(s.conjoined.run.name)];
      const blank = (key: string) => !kinds.has(key) && !Object.values(votes.get(key) ?? noVotes()).some((n) => n > 0);
      if (blank(a) && kinds.has(b)) kinds.set(a, kinds.get(b)!);
      else if (blank(b) && kinds.has(a)) kinds.set(b, kinds.get(a)!);
    }
  return kinds;
}
