import type { EventType } from '../../schema/index.js';

/**
 * Event triggers: verbs and nouns that name a happening, each with its event type. The types
 * map to CAMEO root categories as documented in `schema/vocabulary.ts` and the package README.
 */
export interface LexEntry {
  lemma: string;
  type: EventType;
  pos: 'verb' | 'noun';
  /** Verbs of saying: events only when a date stands in their own clause. */
  reporting?: boolean;
}

/**
 * Verbs: [base, type, past (when irregular), reporting?]. Regular forms are generated. Verbs whose
 * base form is mostly a noun in news ("state", "note", "host") count only in their -ed and -ing forms.
 */
const VERBS: Array<[string, EventType, string?, boolean?]> = [
  ['meet', 'meeting', 'met'], ['negotiate', 'meeting'], ['discuss', 'meeting'], ['confer', 'meeting'], ['consult', 'meeting'],
  ['visit', 'visit'], ['arrive', 'visit'], ['travel', 'visit'], ['fly', 'visit', 'flew'], ['host', 'visit'], ['welcome', 'visit'], ['tour', 'visit'],
  ['say', 'statement', 'said', true], ['tell', 'statement', 'told', true], ['add', 'statement', undefined, true],
  ['note', 'statement', undefined, true], ['stress', 'statement', undefined, true], ['state', 'statement', undefined, true],
  ['announce', 'statement', undefined, true], ['declare', 'statement', undefined, true], ['claim', 'statement', undefined, true],
  ['insist', 'statement', undefined, true], ['urge', 'statement', undefined, true], ['warn', 'statement', undefined, true],
  ['deny', 'statement', undefined, true], ['confirm', 'statement', undefined, true], ['reiterate', 'statement', undefined, true],
  ['accuse', 'statement', undefined, true], ['criticize', 'statement', undefined, true], ['criticise', 'statement', undefined, true],
  ['condemn', 'statement', undefined, true], ['brief', 'statement', undefined, true], ['comment', 'statement', undefined, true],
  ['acknowledge', 'statement', undefined, true], ['admit', 'statement', undefined, true], ['reaffirm', 'statement', undefined, true],
  ['respond', 'statement', undefined, true], ['reply', 'statement', undefined, true], ['threaten', 'statement', undefined, true],
  ['demand', 'statement', undefined, true], ['explain', 'statement', undefined, true], ['speak', 'statement', 'spoke', true],
  ['address', 'speech'], ['interview', 'interview'],
  ['vote', 'vote'], ['approve', 'vote'], ['adopt', 'vote'], ['pass', 'vote'], ['veto', 'vote'], ['ratify', 'vote'], ['endorse', 'vote'],
  ['sanction', 'sanction'], ['ban', 'sanction'], ['impose', 'sanction'], ['blacklist', 'sanction'], ['embargo', 'sanction'],
  ['sign', 'agreement'], ['agree', 'agreement'],
  ['attack', 'attack'], ['bomb', 'attack'], ['shell', 'attack'], ['kill', 'attack'], ['shoot', 'attack', 'shot'], ['assault', 'attack'],
  ['raid', 'attack'], ['ambush', 'attack'], ['massacre', 'attack'], ['explode', 'accident'],
  ['launch', 'launch'], ['deploy', 'military-action'], ['invade', 'military-action'], ['strike', 'military-action', 'struck'],
  ['intercept', 'military-action'], ['shoot down', 'military-action'],
  ['investigate', 'investigation'], ['probe', 'investigation'], ['inspect', 'investigation'],
  ['elect', 'election'], ['swear in', 'election', 'swore'], ['inaugurate', 'election'], ['appoint', 'election'], ['nominate', 'election'], ['resign', 'election'],
  ['protest', 'protest'], ['demonstrate', 'protest'], ['rally', 'protest'],
  ['arrest', 'legal'], ['detain', 'legal'], ['indict', 'legal'], ['convict', 'legal'], ['sentence', 'legal'], ['expel', 'legal'],
  ['deport', 'legal'], ['sue', 'legal'], ['acquit', 'legal'], ['pardon', 'legal'], ['extradite', 'legal'],
  ['annex', 'military-action'], ['occupy', 'military-action'], ['bombard', 'attack'], ['assassinate', 'attack'], ['kidnap', 'attack'],
  ['abduct', 'attack'], ['hijack', 'attack'], ['broker', 'agreement'], ['ratify', 'vote'], ['donate', 'aid'], ['evacuate', 'other'],
  ['testify', 'statement', undefined, true],
  // deaths, accidents and disasters, business, launches and releases, courts: types a newsroom files news under
  ['die', 'death', 'died'], ['crash', 'accident'], ['collide', 'accident'], ['derail', 'accident'], ['capsize', 'accident'], ['sink', 'accident', 'sank'],
  ['acquire', 'business'], ['merge', 'business'], ['purchase', 'business'], ['buy', 'business', 'bought'], ['sell', 'business', 'sold'], ['invest', 'business'], ['lay off', 'business', 'laid'],
  ['release', 'launch'], ['unveil', 'launch'], ['introduce', 'launch'], ['debut', 'launch'], ['premiere', 'launch'],
  ['plead', 'legal', 'pleaded'], ['settle', 'legal'], ['fine', 'legal'], ['charge', 'legal'], ['rule', 'legal'], ['apologize', 'statement', undefined, true], ['apologise', 'statement', undefined, true], ['offer', 'statement'],
];

const NOUNS: Array<[string[], EventType]> = [
  [['meeting', 'meetings', 'talks', 'summit', 'summits', 'negotiations', 'consultations'], 'meeting'],
  [['visit', 'visits', 'trip', 'arrival', 'tour'], 'visit'],
  [['speech', 'speeches', 'address', 'state of the union', 'lecture'], 'speech'],
  [['interview', 'interviews'], 'interview'],
  [['announcement', 'press conference', 'news conference', 'briefing'], 'statement'],
  [['vote', 'votes', 'referendum', 'ballot', 'veto'], 'vote'],
  [['sanctions', 'sanction', 'ban', 'embargo'], 'sanction'],
  [['agreement', 'agreements', 'accord', 'accords', 'deal', 'treaty', 'ceasefire', 'cease-fire', 'truce', 'pact'], 'agreement'],
  [['attack', 'attacks', 'bombing', 'bombings', 'shelling', 'massacre', 'assault', 'raid', 'raids', 'shooting', 'killing', 'killings'], 'attack'],
  [['strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'missile strike', 'invasion', 'offensive', 'deployment', 'incursion'], 'military-action'],
  [['investigation', 'investigations', 'probe', 'inquiry', 'inspection'], 'investigation'],
  [['election', 'elections', 'inauguration', 'appointment', 'resignation'], 'election'],
  [['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies'], 'protest'],
  [['arrest', 'arrests', 'indictment', 'trial', 'verdict', 'expulsion', 'crackdown', 'deportation', 'deportations', 'extradition', 'lawsuit'], 'legal'],
  [['annexation', 'occupation', 'military exercises', 'military drills', 'missile test', 'nuclear test', 'missile launch', 'withdrawal of troops'], 'military-action'],
  [['assassination', 'kidnapping', 'abduction', 'hijacking', 'genocide', 'coup', 'coup attempt', 'ambush', 'massacre'], 'attack'],
  [['riot', 'riots', 'uprising', 'revolt'], 'protest'],
  [['hearing', 'hearings'], 'investigation'],
  [['conference', 'phone call', 'telephone call', 'video call'], 'meeting'],
  [['nomination', 're-election', 'reelection', 'primary election', 'runoff'], 'election'],
  [['aid package', 'humanitarian aid', 'donation'], 'aid'],
  [['earthquake', 'hurricane', 'typhoon', 'cyclone', 'flood', 'floods', 'tsunami', 'crash', 'derailment', 'eruption', 'wildfire', 'collision', 'accident', 'explosion', 'blaze', 'landslide'], 'accident'],
  [['death', 'deaths', 'funeral'], 'death'],
  [['merger', 'acquisition', 'takeover', 'bankruptcy', 'layoffs', 'earnings', 'ipo'], 'business'],
  [['launch', 'release', 'unveiling', 'debut', 'premiere', 'opening'], 'launch'],
  [['plea', 'plea deal', 'lawsuit', 'ruling', 'settlement', 'conviction', 'sentencing'], 'legal'],
  [['apology', 'offer'], 'statement'],
];

const PAST_ONLY = new Set(['state', 'note', 'comment', 'claim', 'demand', 'brief', 'tour', 'shell', 'rally', 'sentence', 'host', 'welcome', 'pass', 'probe', 'embargo', 'fine', 'charge', 'rule', 'crash', 'debut', 'release', 'premiere', 'sink']);

const DOUBLE_FINAL = new Set(['ban', 'shop', 'plan', 'stop', 'drop', 'veto']);

function regular(base: string): { third: string; past: string; ing: string } {
  const last = base.slice(-1);
  const third = /(s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const stem = DOUBLE_FINAL.has(base) && base !== 'veto' ? base + last : base;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${stem}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${stem}ing`;
  return { third, past, ing };
}

/** Surface form (lower-case) → entry; a form can be both a verb and a noun ("attack"). */
export const TRIGGERS = new Map<string, LexEntry[]>();
/** Base form → third person singular, for titles ("meet" → "meets"). */
export const THIRD_PERSON = new Map<string, string>();
/** Multi-word triggers, longest first, as lower-case word arrays. */
export const MULTIWORD: string[][] = [];

function add(form: string, entry: LexEntry): void {
  if (form.includes(' ')) MULTIWORD.push(form.split(' '));
  const list = TRIGGERS.get(form) ?? [];
  if (!list.some((e) => e.pos === entry.pos)) list.push(entry);
  TRIGGERS.set(form, list);
}

for (const [base, type, irregularPast, reporting] of VERBS) {
  const words = base.split(' ');
  const head = words[0];
  const tail = words.slice(1).join(' ');
  const { third, past, ing } = regular(head);
  const entry: LexEntry = { lemma: base, type, pos: 'verb', reporting };
  const suffix = tail ? ` ${tail}` : '';
  const forms = PAST_ONLY.has(head) ? [irregularPast ?? past, ing] : [head, third, irregularPast ?? past, ing];
  for (const form of forms) add(form + suffix, entry);
  if (irregularPast === 'spoke') add('spoken', entry);
  if (irregularPast === 'shot') add('shot', entry);
  if (irregularPast === 'swore') add('sworn in', entry);
  THIRD_PERSON.set(base, third + suffix);
}
for (const [forms, type] of NOUNS) for (const form of forms) add(form, { lemma: form, type, pos: 'noun' });
MULTIWORD.sort((a, b) => b.length - a.length);

/** Types that outrank others when several triggers of one sentence share a date ("announced … banned" is a ban). */
export const TYPE_PRIORITY: Record<EventType, number> = {
  attack: 9, 'military-action': 9, sanction: 8, vote: 8, agreement: 7, election: 7, legal: 7, meeting: 6, visit: 6,
  speech: 5, interview: 5, investigation: 5, protest: 5, aid: 5, other: 3, statement: 2,
  accident: 8, death: 8, business: 5, launch: 5,
};

/** Families of types that may describe the same happening (a visit is also a meeting). */
export const TYPE_FAMILY: Record<EventType, string> = {
  meeting: 'encounter', visit: 'encounter', statement: 'speech', speech: 'speech', interview: 'speech', vote: 'decision',
  agreement: 'agreement', sanction: 'sanction', attack: 'violence', 'military-action': 'violence', investigation: 'investigation',
  election: 'election', protest: 'protest', aid: 'aid', legal: 'legal', other: 'other',
  accident: 'accident', death: 'death', business: 'business', launch: 'launch',
};

/** Light verbs that make a noun trigger an action: "held talks", "delivered a speech". */
export const LIGHT_VERBS = new Set([
  'hold', 'held', 'holds', 'holding', 'have', 'has', 'had', 'having', 'deliver', 'delivered', 'delivers', 'delivering', 'give', 'gave',
  'given', 'gives', 'make', 'made', 'makes', 'pay', 'paid', 'conduct', 'conducted', 'carry', 'carried', 'launch', 'launched', 'stage',
  'staged', 'impose', 'imposed', 'reach', 'reached', 'strike', 'struck', 'sign', 'signed', 'cast', 'begin', 'began', 'start', 'started',
]);
