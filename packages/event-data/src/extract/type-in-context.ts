import type { EventType, Token } from './types.js';

/** Words that make a launch, an explosion or a search an act of force rather than a release, an accident or an inquiry. */
const FORCE = /^(?:missiles?|rockets?|strikes?|airstrikes?|attacks?|offensive|operations?|raids?|assaults?|invasion|bombs?|bomber|bombers|shells?|drones?|suicide|militants?|insurgents?|terrorists?|gunmen|troops)$/;
/** Words that make a search or a raid the police's (investigation), not an army's. */
const POLICE = /^(?:police|officers?|detectives?|investigators?|agents?|fbi|prosecutors?)$/;

/**
 * The type of a happening read with its arguments, not its word alone: "launched a missile" is
 * military action but "launched the iPhone" a launch; an explosion set off by a bomber is an attack,
 * otherwise an accident; a search or raid by the police is an investigation (CAMEO 09), not an
 * assault. `window` is the words of the trigger's clause.
 */
export function typeInContext(type: EventType, lemma: string, window: readonly Token[]): EventType {
  const force = window.some((t) => FORCE.test(t.lower));
  if (type === 'launch' && force) return 'military-action';
  if (type === 'accident' && /^(?:explode|explosion|blast)$/.test(lemma) && force) return 'attack';
  if ((type === 'attack' || lemma === 'search') && /^(?:raid|raids|search|searched|search)$/.test(lemma) && window.some((t) => POLICE.test(t.lower))) return 'investigation';
  return type;
}
