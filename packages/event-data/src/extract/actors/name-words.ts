/**
 * Words inside a capitalised name that tell what it names: the last word of a company, a body, a
 * place or a named event, corporate suffixes, and the capitalised words that are not names at all.
 * Stage 05 reads a name's own words first; context (name-context.ts) only decides names these leave open.
 */

/** Capitalised words that are not names: sentence openers, calendar words, common heading words. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'after', 'before', 'during', 'but', 'and', 'or', 'if', 'while', 'when', 'this', 'that', 'these',
  'those', 'there', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'its', 'even', 'also', 'last', 'earlier',
  'later', 'meanwhile', 'however', 'according', 'other', 'both', 'some', 'many', 'what', 'who', 'why', 'how', 'breaking', 'update', 'report',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow', 'photo', 'video', 'read', 'more', 'said', 'says',
  'east', 'west', 'north', 'south', 'middle', 'talks', 'process', 'peace', 'operation', 'convention', 'order', 'state', 'affairs', 'war',
  'crisis', 'summit', 'resolution', 'agreement', 'accord', 'deal', 'day', 'house', 'weapons', 'chemical', 'security', 'national',
  'international', 'global', 'world', 'republic', 'kingdom', 'of', 'for', 'to', 'with', 'by', 'from', 'union', 'inherent', 'resolve',
  'friendship', 'mines', 'meeting', 'diplomacy', 'relations', 'regime', 'change', 'must', 'go', 'unlawful', 'raid', 'internet', 'news',
  'site', 'comments', 'feedbacks', 'lives', 'matter', 'anti', 'pro', 'new', 'no', 'not', 'yes', 'one', 'two', 'so', 'then', 'now', 'just',
  // quantifiers and connectives that open sentences, and holidays, which are dates rather than names
  'all', 'every', 'each', 'any', 'another', 'such', 'only', 'most', 'several', 'few', 'since', 'until', 'because', 'although', 'though',
  'where', 'here', 'once', 'despite', 'among', 'like', 'unlike', 'instead', 'overall', 'finally', 'first', 'second', 'third', 'next',
  'previously', 'currently', 'recently', 'year', 'years', 'christmas', 'easter', 'thanksgiving', 'halloween', 'ramadan', 'hanukkah', 'diwali', 'eid',
  // languages ("in Arabic"), which follow "in" like places
  'english', 'arabic', 'hebrew', 'latin', 'hindi', 'urdu', 'farsi', 'persian', 'mandarin', 'cantonese', 'swahili', 'korean', 'pashto', 'kurdish',
]);

/** Words that make a capitalised phrase an organisation: bodies of state, parties, forces, media ("Syrian Arab Army", "Russian Embassy"). */
export const ORG_WORDS = new Set([
  'department', 'council', 'ministry', 'agency', 'army', 'forces', 'party', 'union', 'assembly', 'committee', 'commission', 'court',
  'bank', 'embassy', 'mission', 'government', 'administration', 'parliament', 'coalition', 'alliance', 'organization', 'organisation',
  'corporation', 'association', 'federation', 'league', 'front', 'movement', 'guard', 'police', 'navy', 'service', 'office', 'institute',
  'university', 'news', 'group', 'company', 'times', 'post', 'network', 'fund', 'foundation', 'senate', 'congress', 'regime',
]);

/**
 * Head words of bodies, institutions and publications, which count as the last word of the name (or the
 * word before its "of": "Royal Courts of Justice", "Board of Education") — inside a name they can be a
 * surname ("Margaret Court", "Charlotte Church").
 */
export const ORG_HEADS = new Set([
  'courts', 'board', 'authority', 'bureau', 'directorate', 'tribunal', 'legislature', 'cabinet', 'society', 'academy', 'college',
  'school', 'hospital', 'church', 'club', 'team', 'institution', 'corps', 'brigade', 'battalion', 'regiment', 'secretariat',
  'inspectorate', 'reserve', 'exchange', 'journal', 'herald', 'tribune', 'gazette', 'magazine', 'press', 'radio', 'television',
  'channel', 'telegraph', 'guardian', 'observer',
]);

/**
 * Last words of company names ("Acme Motors", "Apple Computer", "Infogear Technology", "Atlantic Records"):
 * a business names itself by its trade, people and places never do.
 */
export const COMPANY_WORDS = new Set([
  'holdings', 'holding', 'airlines', 'airline', 'airways', 'motors', 'motor', 'computer', 'computers', 'records', 'systems', 'technologies',
  'technology', 'industries', 'pharmaceuticals', 'pharma', 'partners', 'capital', 'ventures', 'energy', 'entertainment', 'media',
  'communications', 'telecom', 'telecommunications', 'networks', 'electronics', 'studios', 'pictures', 'builders',
  'construction', 'brothers', 'enterprises', 'solutions', 'labs', 'laboratories', 'insurance', 'securities', 'investments', 'financial',
  'foods', 'stores', 'store', 'mart', 'steel', 'petroleum', 'oil', 'mining', 'resources', 'logistics', 'shipping', 'railways', 'railway',
  'railroad', 'lines', 'ferries', 'cruises', 'buses', 'coaches', 'freight', 'express', 'trust', 'bancorp', 'bancshares', 'semiconductor', 'semiconductors', 'devices', 'instruments', 'chemicals', 'automotive',
  'aerospace', 'aviation', 'publishing', 'publishers', 'broadcasting', 'wireless', 'associates',
  'consulting', 'realty', 'properties', 'hotels', 'resorts', 'restaurants', 'brands', 'products', 'manufacturing', 'utilities', 'power',
  'electric', 'gas', 'water', 'cinemas', 'apparel', 'outfitters', 'supermarkets', 'pharmacy', 'motorcycles', 'cars',
]);

/** Corporate suffixes (lower case, as tokens): whatever stands before them is a company ("Apple Inc.", "Deutsche Bank AG"). */
export const ORG_SUFFIXES = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'llc', 'l.l.c.', 'plc', 'ag', 'sa', 's.a.', 'gmbh', 'nv', 'n.v.', 'bv',
  'spa', 's.p.a.', 'ab', 'asa', 'oy', 'oyj', 'pty', 'lp', 'llp', 'kg', 'se', 'sas', 'srl', 'bhd', 'limited', 'incorporated',
]);
/** Suffixes that are also English or other words in lower case: they count only written in capitals ("AG", not "ag"; "SA", not "Sa"). */
export const CAPITALS_ONLY_SUFFIXES = new Set(['ag', 'sa', 'nv', 'bv', 'ab', 'se', 'kg', 'lp', 'oy', 'spa', 'sas', 'asa']);

/** Last words that make a capitalised phrase a place ("Capitol Hill", "Red Square", "Heathrow Airport", "Orange County"). */
export const PLACE_WORDS = new Set([
  'hill', 'street', 'square', 'avenue', 'road', 'bridge', 'island', 'islands', 'mountains', 'river', 'sea', 'ocean', 'gulf', 'bay',
  'valley', 'airport', 'station', 'palace', 'building', 'center', 'centre', 'hall', 'park', 'plaza', 'tower', 'castle', 'strait',
  'peninsula', 'desert', 'province', 'region', 'county', 'district', 'base', 'port', 'harbour', 'harbor', 'camp', 'stadium',
  'boulevard', 'lane', 'drive', 'highway', 'freeway', 'motorway', 'lake', 'mountain', 'mount', 'canyon', 'beach', 'coast', 'forest',
  'township', 'borough', 'parish', 'prefecture', 'oblast', 'canton', 'territory', 'heights', 'falls', 'springs', 'creek', 'arena',
]);

/** Last words of named happenings and gatherings ("Worldwide Developers Conference", "Macworld Expo"): an event, not an actor. */
export const EVENT_WORDS = new Set([
  'conference', 'expo', 'exposition', 'festival', 'olympics', 'cup', 'championship', 'championships', 'awards', 'forum', 'show', 'fair',
  'tournament', 'marathon', 'prix', 'open', 'week', 'games', 'symposium', 'keynote', 'derby', 'classic', 'series',
]);

/**
 * Capitalised words of NOT_NAME that open the names of bodies and places ("National Transportation Safety
 * Board", "International Rescue Committee", "North Sea"): they join a name whose own words make it one.
 */
export const NAME_OPENERS = new Set(['national', 'international', 'global', 'world', 'state', 'new', 'north', 'south', 'east', 'west', 'middle', 'security', 'chemical', 'republic', 'union', 'peace']);

/** Particles inside personal names ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'la', 'du', 'da', 'di', 'le']);

/** Capitalised abbreviations that are not names of anything: roles, time zones, units, common technical terms. */
export const NOT_NAME_ACRONYMS = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'vp', 'svp', 'evp', 'mp', 'md', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt', 'bst', 'cet',
  'am', 'pm', 'tv', 'pc', 'os', 'gdp', 'dna', 'hiv', 'aids', 'usb', 'lcd', 'led', 'hd', 'gps', 'sms', 'ok', 'id', 'pr', 'vip', 'faq',
  'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'q1', 'q2', 'q3', 'q4', 'mph', 'kph', 'km', 'ft', 'lb', 'kg', 'mm', 'cm',
  'ad', 'bc', 'ap', 'pdf', 'html', 'faqs', 'ipo', 'ai', 'it', 'rip', 'ps', 'tba', 'tbd', 'asap', 'diy', 'lol',
  // technical terms, units and currencies
  'cd', 'cds', 'dvd', 'dvds', 'gb', 'mb', 'kb', 'tb', 'ghz', 'mhz', 'drm', 'sdk', 'api', 'url', 'www', 'voip', 'vpn', 'smb', 'wpa', 'wpa2',
  'mp3', 'mp4', 'lte', 'hdmi', 'ram', 'cpu', 'gpu', 'sim', 'nfc', 'rss', 'mms', 'xml', 'db', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'dj', 'mvp',
]);

const SUFFIX_NOUNS = [...ORG_SUFFIXES].filter((s) => !CAPITALS_ONLY_SUFFIXES.has(s));
/** Whether a token is a corporate suffix as written ("Inc.", "LLC", "AG" — but not "ag", "Sa"). */
export function isOrgSuffix(text: string): boolean {
  const lower = text.toLowerCase();
  if (!ORG_SUFFIXES.has(lower)) return false;
  if (CAPITALS_ONLY_SUFFIXES.has(lower.replace(/\./g, ''))) return text === text.toUpperCase();
  return SUFFIX_NOUNS.includes(lower) && /^\p{Lu}/u.test(text);
}
