/**
 * Words around a name that tell what it names: a title before a person, the head noun of an apposition
 * ("Acme, a construction firm,"), the noun of "the town of X", the verbs and nouns that go with products.
 */

/** Words that name a role; a capitalised name after them is a person ("Foreign Minister Sergey Lavrov", "CEO Steve Jobs"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'secretary-general', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'sen.', 'rep.', 'representative', 'governor', 'gov.', 'mayor', 'chancellor', 'king', 'queen', 'prince',
  'general', 'gen.', 'admiral', 'colonel', 'col.', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'head', 'leader',
  'deputy', 'premier', 'judge', 'justice', 'attorney', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'pope', 'sheikh', 'emir', 'ex-president',
  'president-elect', 'former', 'senior', 'official', 'aide', 'adviser', 'advisor', 'diplomat', 'counterpart', 'lt.', 'sgt.', 'capt.',
  'spy', 'officer', 'lawmaker', 'mp', 'speaker', 'foreign', 'defense', 'defence', 'interior', 'state', 'top', 'mr', 'mrs', 'ms', 'dr',
  // business and civic roles, ranks and honorifics that news prints before a name ("CEO Steve Jobs", "Councilman Joe Buscaino")
  'ceo', 'cfo', 'coo', 'cto', 'executive', 'founder', 'co-founder', 'sir', 'dame', 'lord', 'lady', 'archbishop', 'bishop', 'cardinal',
  'rabbi', 'imam', 'ayatollah', 'commissioner', 'inspector', 'detective', 'sergeant', 'lieutenant', 'corporal', 'sheriff',
  'superintendent', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'congressman', 'congresswoman',
  'assemblyman', 'assemblywoman', 'prosecutor', 'magistrate', 'rev.', 'reverend', 'maj.', 'adm.', 'cmdr.', 'supt.', 'insp.', 'amb.',
]);

/** Courtesy titles: the name after them is a person, and they are never part of it ("Mr. Lavrov", "Mr Biden"). */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', 'gen.', 'prof.', 'sir', 'dame', 'rev.']);

/** Head nouns of roles, used to resolve "the Russian Foreign Minister" to the person introduced with that title. */
export const ROLE_HEADS = [
  'secretary of state', 'foreign minister', 'prime minister', 'defense minister', 'defence minister', 'secretary-general', 'president',
  'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'minister', 'envoy', 'senator', 'governor', 'mayor',
];

/**
 * Occupations that news prints before a person's name like a title ("novelist Jane Doe", "analyst Shawn Wu",
 * "designer Jony Ive"): the name after them is a person, and they are part of the person's role.
 */
export const OCCUPATIONS = new Set([
  'executive', 'ceo', 'founder', 'co-founder', 'analyst', 'lawyer', 'attorney', 'professor', 'author', 'actor', 'actress', 'singer',
  'coach', 'manager', 'engineer', 'employee', 'designer', 'architect', 'novelist', 'writer', 'journalist', 'reporter', 'columnist',
  'editor', 'economist', 'scientist', 'researcher', 'investor', 'banker', 'entrepreneur', 'billionaire', 'businessman',
  'businesswoman', 'activist', 'artist', 'musician', 'rapper', 'comedian', 'presenter', 'striker', 'goalkeeper', 'defendant',
  'plaintiff', 'suspect', 'widow', 'candidate', 'pilot', 'captain', 'surgeon', 'doctor', 'teacher', 'astronaut', 'historian',
  'philanthropist', 'playwright', 'poet', 'photographer', 'filmmaker', 'director', 'composer', 'guitarist', 'drummer', 'footballer',
]);

/**
 * Head nouns of an apposition that describes a person ("Jobs, Apple's chief executive,", "Mann, a retired
 * judge,", "Doe, the daughter of …"): occupations, family words and other nouns for people. Titles count too.
 */
export const PERSON_NOUNS = new Set([
  ...OCCUPATIONS, 'owner', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'resident', 'student', 'nurse',
  'victim', 'man', 'woman', 'boy', 'girl', 'veteran', 'producer', 'host', 'player', 'champion', 'witness', 'partner', 'friend',
  'colleague', 'spokesman', 'spokeswoman', 'spokesperson', 'vice-president', 'grandson', 'granddaughter', 'nephew', 'niece', 'uncle', 'aunt',
]);

/**
 * Head nouns of an apposition or a description that names a company or body ("Acme, a construction firm,",
 * "the Cupertino-based company", "NPD, a market research group,").
 */
export const ORG_NOUNS = new Set([
  'company', 'firm', 'corporation', 'maker', 'manufacturer', 'producer', 'retailer', 'carrier', 'airline', 'bank', 'lender', 'insurer',
  'group', 'agency', 'body', 'regulator', 'watchdog', 'council', 'board', 'authority', 'union', 'charity', 'organisation', 'organization',
  'network', 'publisher', 'chain', 'giant', 'conglomerate', 'startup', 'start-up', 'operator', 'provider', 'supplier', 'contractor',
  'studio', 'label', 'club', 'team', 'university', 'hospital', 'newspaper', 'broadcaster', 'website', 'blog', 'developer', 'subsidiary',
  'unit', 'division', 'rival', 'competitor', 'consultancy', 'outlet', 'brand', 'party', 'ministry', 'department', 'court', 'committee',
  'institute', 'foundation', 'association', 'partnership', 'venture', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'distributor',
]);

/** Nouns of "the town of X", "the villages of X and Y", "X, a village": the name is a place. */
export const PLACE_NOUNS = new Set([
  'town', 'city', 'village', 'suburb', 'hamlet', 'county', 'state', 'province', 'region', 'district', 'municipality', 'island',
  'capital', 'port', 'borough', 'township', 'commune', 'neighbourhood', 'neighborhood', 'settlement', 'community', 'resort', 'area',
  'towns', 'cities', 'villages', 'suburbs', 'counties', 'states', 'provinces', 'regions', 'districts', 'islands', 'communities',
]);

/**
 * Verbs whose object is a product, not a person ("Apple released the MacBook Air", "launches iPhone"):
 * people are hired, met or named, not sold, shipped or launched. (Not "buy": companies are bought too.)
 */
export const PRODUCT_VERBS = new Set([
  'sell', 'sells', 'sold', 'selling', 'launch', 'launches', 'launched', 'launching', 'release', 'releases', 'released', 'releasing',
  'introduce', 'introduces', 'introduced', 'introducing', 'unveil', 'unveils', 'unveiled', 'unveiling', 'ship', 'ships', 'shipped',
  'shipping', 'discontinue', 'discontinues', 'discontinued', 'recall', 'recalls', 'recalled', 'demo', 'demos', 'demoed', 'demonstrated',
  'upgrade', 'upgraded', 'install', 'installed', 'download', 'downloaded', 'downloads', 'preorder',
  'pre-order', 'pre-ordered', 'manufacture', 'manufactured', 'debut', 'debuted', 'debuts', 'update', 'updated',
]);

/**
 * Verbs whose subject is a person ("Jacinda Ardern visited Christchurch", "Doe was born in 1931"): bodies and
 * companies say, announce and sue, but they do not visit, die or resign.
 */
export const HUMAN_VERBS = new Set([
  'visited', 'visits', 'met', 'meets', 'died', 'dies', 'resigned', 'resigns', 'married', 'spoke', 'speaks', 'told', 'tells', 'thanked',
  'smiled', 'laughed', 'tweeted', 'testified', 'pleaded', 'apologized', 'apologised', 'wrote', 'writes', 'recalled', 'recalls', 'quit',
  'retired', 'stepped', 'flew', 'travelled', 'traveled', 'arrived', 'returned', 'sang', 'starred', 'graduated', 'campaigned', 'shook',
  'admitted', 'confessed', 'wept', 'hugged', 'joked', 'insisted', 'shrugged', 'nodded', 'believes', 'believed', 'thinks', 'thought',
  'hopes', 'hoped', 'felt', 'feels', 'born', 'elected', 'sworn', 'arrested', 'killed', 'injured', 'wounded', 'sentenced', 'appointed',
  'hired', 'fired', 'buried', 'hospitalized', 'hospitalised', 'diagnosed', 'knighted', 'nominated', 'acquitted', 'convicted', 'jailed',
]);
