import { COMPANY_WORDS, ORG_WORDS, isOrgSuffix } from '../actors/name-words.js';
import type { Actor } from '../../schema/index.js';
import type { Entity } from '../types.js';

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

/** Whether an entity can be what a reference of this kind stands for. */
export const fitsReferent = (kind: Referent, e: Entity): boolean => (kind === 'person' ? namedPerson(e) : isBody(e) && (kind === 'body' || e.kind !== 'country'));
