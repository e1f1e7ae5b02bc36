import type { EventType, Token } from '../types.js';

/** Words that make a launch, an explosion or a search an act of force rather than a release, an accident or an inquiry. */
const FORCE = /^(?:missiles?|rockets?|strikes?|airstrikes?|attacks?|attackers?|assailants?|offensive|operations?|raids?|assaults?|invasion|bombs?|bomber|bombers|shells?|drones?|suicide|militants?|insurgents?|terrorists?|gunm[ae]n|shooters?|snipers?|troops)$/;
/** Natural and industrial disasters, which "strike" and "hit" as armies do. */
const DISASTER = /^(?:earthquakes?|quakes?|tremors?|storms?|hurricanes?|typhoons?|cyclones?|tornado(?:es)?|floods?|flooding|tsunamis?|wildfires?|fires?|blazes?|landslides?|avalanches?|eruptions?|drought|lightning|heatwave)$/;
/** Things whose value moves in market news. */
const MARKET = /^(?:stocks?|shares?|index|indices|indexes|prices?|points|percent|%|dollar|yen|euro|pound|currency|oil|gold|bonds?|yields?|markets?|dow|nasdaq|ftse|nikkei|dax|profits?|revenues?|earnings|sales|loss|losses|dividends?|inflation|gdp|rates?)$/;
/** How market values move, and how results are told. */
const MARKET_MOVE = /^(?:rise|fall|drop|climb|gain|lose|go|close|surge|plunge|slump|tumble|jump|soar|slide|sink|dip|rally|rebound|decline|increase|decrease|post|report|record|cut|raise|hike|lower|end|finish|open|trade|edge)$/;
/** Illnesses, which kill as attackers do. */
const ILLNESS = /^(?:disease|diseases|cancer|virus|viruses|illness|infection|infections|flu|influenza|pneumonia|malaria|cholera|ebola|covid|covid-19|epidemic|pandemic|outbreak|overdose|stroke|tumou?r|leukemia|aids|hiv|tuberculosis|measles|fever)$/;
/** Verbs and nouns of accidents, which kill without an attacker. */
const ACCIDENT_VERB = /^(?:explo(?:ded|des|sion|sions)|crash(?:ed|es)?|collapsed?|collided|collision|derailed|capsized|sank|caught|accident)$/;
/** What is won or lost at the polls. */
const ELECTION = /^(?:elections?|votes?|ballots?|polls?|run-?offs?|referendums?|referenda|primar(?:y|ies)|seats?|presidency|mandate|re-election|reelection)$/;
/** Words that make a search or a raid the police's (investigation), not an army's. */
const POLICE = /^(?:police|officers?|detectives?|investigators?|agents?|fbi|prosecutors?)$/;

/**
 * The type of a happening read with its arguments, not its word alone: "launched a missile" is
 * military action but "launched the iPhone" a launch; an explosion set off by a bomber is an attack,
 * otherwise an accident; a search or raid by the police is an investigation (CAMEO 09), not an
 * assault; an earthquake that strikes is an accident or disaster, a summit reached a climb.
 * `window` is the words of the trigger's clause.
 */
export function typeInContext(type: EventType, lemma: string, window: readonly Token[], trigger?: Token): EventType {
  const before = trigger ? window.filter((t) => t.end <= trigger.start) : window;
  // "opened fire", "came under fire": shooting, not a blaze
  const gunfire = (k: number) => window[k].lower === 'fire' && /^(?:open|opened|opens|opening|under|returned|exchanged)$/.test(window[k - 1]?.lower ?? '');
  const force = window.some((t, k) => FORCE.test(t.lower) || gunfire(k));
  const disaster = (t: Token) => DISASTER.test(t.lower) && !gunfire(window.indexOf(t));
  // "called on politicians to withdraw", "called for a ceasefire": an appeal (CAMEO 02), not a phone call
  if (lemma === 'call' && type !== 'meeting' && window.some((t, k) => (t.lower === 'on' || t.lower === 'for') && k > 0 && /^call/.test(window[k - 1].lower))) return 'statement';
  // "the virus killed 12 people", "died of cancer": illness kills without an attacker
  if (type === 'attack' && /^(?:kill|killing|killings)$/.test(lemma) && !force && window.some((t) => ILLNESS.test(t.lower))) return 'death';
  // "floods forced 4,000 people from their homes": what a disaster does (as its subject) is part of the disaster
  if (type === 'other' && before.some(disaster) && !force) return 'accident';
  // "the deal is expected to close in the second quarter": completing a deal is business
  if (type === 'other' && /^(?:close|complete|finalize|finalise)$/.test(lemma) && window.some((t) => /^(?:deal|merger|acquisition|takeover|sale|purchase|transaction)$/.test(t.lower))) return 'business';
  // "won Sunday's run-off with 54 percent of the vote", "lost the election": winning and losing a vote is an election
  if (type === 'other' && /^(?:win|lose|defeat|beat|concede)$/.test(lemma) && window.some((t) => ELECTION.test(t.lower))) return 'election';
  // "stocks went down 91 points", "the company posted a profit": markets and results are business news
  if ((type === 'other' || (type === 'statement' && /^(?:post|report)$/.test(lemma))) && window.some((t) => MARKET.test(t.lower)) && MARKET_MOVE.test(lemma)) return 'business';
  // "the plant exploded, killing four workers": deaths in an accident are the accident's, not an attack's
  if (type === 'attack' && /^(?:kill|killing|killings)$/.test(lemma) && !force && window.some((t) => disaster(t) || ACCIDENT_VERB.test(t.lower))) return 'accident';
  // "the earthquake struck", "a storm hit the coast": a disaster strikes, no army does
  if ((type === 'military-action' || type === 'attack' || lemma === 'hit') && /^(?:strike|hit|struck)$/.test(lemma) && !force && window.some(disaster)) return 'accident';
  // "reached the summit of Everest" is a climb, not a meeting; "travel disruption" is no visit
  if (type === 'meeting' && lemma === 'summit' && window.some((t) => /^(?:reach|reached|reaches|climb|climbed|climbs)$/.test(t.lower))) return 'other';
  if (type === 'visit' && /^travel/.test(lemma) && window.some((t) => /^(?:disrupt\w*|delays?|chaos|cancel\w*|ban|warnings?|advisory|halted|suspended)$/.test(t.lower))) return 'other';
  if (type === 'launch' && force) return 'military-action';
  // "released a statement" states; "released the hostages" frees someone held
  // "a takeover offer", "offered $40 a share": a bid is business; otherwise an offer expresses intent (CAMEO 03)
  if (type === 'statement' && lemma === 'offer' && window.some((t) => MARKET.test(t.lower) || /^(?:bid|takeover|acquisition|stake)$/.test(t.lower))) return 'business';
  if (type === 'launch' && lemma === 'release') {
    if (window.some((t) => /^(?:statements?|reports?|figures|data|results|videos?|photos?|lists?|letters?|details|transcripts?|footage)$/.test(t.lower))) return 'statement';
    if (window.some((t) => /^(?:prisoners?|hostages?|detainees?|captives?|jail|prison|custody|bail)$/.test(t.lower))) return 'legal';
  }
  if (type === 'accident' && /^(?:explode|explosion|blast)$/.test(lemma) && force) return 'attack';
  if ((type === 'attack' || lemma === 'search') && /^(?:raid|raids|search|searched|search)$/.test(lemma) && window.some((t) => POLICE.test(t.lower))) return 'investigation';
  return type;
}

/**
 * Whether a verb of telling still tells words once its context has typed it: "posted a net loss", "reported a
 * profit" are business news told by their verb (typeInContext), not a statement that reports something else.
 */
export function stillReporting(reporting: boolean, type: EventType, typed: EventType): boolean {
  return reporting && !(type === 'statement' && typed === 'business');
}
