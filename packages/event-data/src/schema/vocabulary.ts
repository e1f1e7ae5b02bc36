/**
 * The closed vocabularies of the event schema. Each list is the single source for the
 * TypeScript union, the JSON Schema `enum` and the validator.
 */

/**
 * What kind of happening an event is. The comment on each names the CAMEO root categories
 * (Conflict and Mediation Event Observations, the standard coding of political events) that
 * map to it, so the dataset can be compared with CAMEO-coded data such as GDELT or ICEWS.
 */
export const EVENT_TYPES = [
  'meeting', // 04 CONSULT (meet, hold talks, negotiate: 040–046)
  'visit', // 042/043 make or host a visit
  'statement', // 01 MAKE PUBLIC STATEMENT, 02 APPEAL, 03 EXPRESS INTENT TO COOPERATE, 09 INVESTIGATE (statements of), 11 DISAPPROVE, 12 REJECT, 13 THREATEN
  'speech', // 010/012 public address (a subtype of 01)
  'interview', // 010 statement given to the press (a subtype of 01)
  'vote', // no CAMEO root; legislative and UN votes (coded under 01/05 by context)
  'sanction', // 16 REDUCE RELATIONS (163 impose embargo, boycott or sanctions)
  'agreement', // 05 ENGAGE IN DIPLOMATIC COOPERATION, 06 MATERIAL COOPERATION, 057 sign formal agreement
  'attack', // 18 ASSAULT, 19 FIGHT, 20 UNCONVENTIONAL MASS VIOLENCE
  'military-action', // 15 EXHIBIT FORCE POSTURE, 19 FIGHT (military strikes, deployments, exercises)
  'investigation', // 09 INVESTIGATE
  'election', // no CAMEO root; elections and appointments
  'protest', // 14 PROTEST
  'aid', // 07 PROVIDE AID
  'legal', // 17 COERCE (173 arrest, detain or charge, 174 expel), 115 bring lawsuit, 116 find guilty (under 11 DISAPPROVE); courts: trials, pleas, verdicts, sentences, lawsuits
  'accident', // no CAMEO root; accidents and disasters: crashes, derailments, fires, explosions, earthquakes, floods, storms
  'death', // no CAMEO root; deaths of people (a killing in an attack is `attack`, 18/19/20)
  'business', // no CAMEO root; economy and business: earnings, prices, mergers, bankruptcies, markets, layoffs
  'launch', // no CAMEO root; launches and releases: products, services, films, rockets, openings
  'other', // anything dated that fits none of the above
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How precise a date is. */
export const GRANULARITIES = ['year', 'quarter', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** TIMEX3 `mod` values (TimeML 1.2.1). */
export const TIMEX_MODS = [
  'START',
  'MID',
  'END',
  'APPROX',
  'BEFORE',
  'AFTER',
  'ON_OR_BEFORE',
  'ON_OR_AFTER',
  'LESS_THAN',
  'MORE_THAN',
  'EQUAL_OR_LESS',
  'EQUAL_OR_MORE',
] as const;
export type TimexMod = (typeof TIMEX_MODS)[number];

/** How an event got its date: written in the text, computed from a relative expression, or the publication date. */
export const ANCHORS = ['explicit', 'relative', 'publication'] as const;
export type Anchor = (typeof ANCHORS)[number];

export const ACTOR_KINDS = ['person', 'organization', 'country', 'group', 'other'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
