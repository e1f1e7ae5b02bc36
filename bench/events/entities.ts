/**
 * Which extracted events belong to a target entity of the trial corpus: those whose actors, or the
 * sentence of one of their mentions, name the entity.
 */
import type { TimelineEvent } from '../../packages/event-data/src/index.js';

/**
 * The names that stand for each target entity in the articles: its name as entities.txt gives it,
 * and the short forms the articles use for it. Matched case-sensitively as whole words ("Jobs", not
 * "jobs"; "iPhone 4", not "iPhone 4S"), with a plural or possessive ending allowed ("iPods", "Jobs'").
 * "Beatles Apple Corps" is the Beatles' company: the articles call it "Apple Corps" or name the Beatles.
 */
export const ENTITY_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Beatles Apple Corps': ['Apple Corps', 'Beatles'],
  'iPhone 3G': ['iPhone 3G'],
  'iPhone 4': ['iPhone 4'],
  iPod: ['iPod'],
  'iTunes store': ['iTunes store', 'iTunes Store', 'iTunes'],
  'Steve Jobs': ['Steve Jobs', 'Jobs'],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

/** A whole-word pattern for an entity's names (its own name alone when ENTITY_NAMES does not list it). */
function patternOf(entity: string): RegExp {
  let pattern = patterns.get(entity);
  if (!pattern) {
    const names = ENTITY_NAMES[entity] ?? [entity];
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?:s|'s|’s|'|’)?(?![\\p{L}\\p{N}])`, 'u');
    patterns.set(entity, pattern);
  }
  return pattern;
}

/** Whether a text names the entity. */
export function namesEntity(text: string, entity: string): boolean {
  return patternOf(entity).test(text);
}

/** Whether an event belongs to the entity: one of its actors, or one of its mentions' sentences, names it. */
export function belongsTo(event: Pick<TimelineEvent, 'actors' | 'mentions'>, entity: string): boolean {
  return event.actors.some((a) => namesEntity(a.name, entity)) || event.mentions.some((m) => namesEntity(m.sentence, entity));
}
