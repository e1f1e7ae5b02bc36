/** Word lists for English time expressions (all keys lower-case). */

function table<V>(entries: Array<[string, V]>): Map<string, V> {
  return new Map(entries);
}

/** Month names and abbreviations → month number. "may" and "march" need context (see dates). */
export const MONTHS = table<number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12],
  ['dec', 12],
]);

/** Full month names (abbreviations need a following period or a day number). */
export const FULL_MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]);

/** Weekday names → ISO weekday (Monday = 1). */
export const WEEKDAYS = table<number>([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
  ['sunday', 7], ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['fri', 5], ['sat', 6], ['sun', 7],
]);

/** Plural weekday names (sets: "on Tuesdays"). */
export const WEEKDAYS_PLURAL = table<number>([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6],
  ['sundays', 7],
]);

/** Calendar units. */
export type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'decade' | 'century' |
  'quarter' | 'weekend' | 'millennium';

/** Unit words (singular and plural) → unit. */
export const UNITS = table<Unit>([
  ['year', 'year'], ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['month', 'month'], ['months', 'month'],
  ['week', 'week'], ['weeks', 'week'], ['day', 'day'], ['days', 'day'], ['hour', 'hour'], ['hours', 'hour'],
  ['hr', 'hour'], ['hrs', 'hour'], ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'],
  ['mins', 'minute'], ['second', 'second'], ['seconds', 'second'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'], ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['weekend', 'weekend'], ['weekends', 'weekend'], ['millennium', 'millennium'], ['millennia', 'millennium'],
]);

/** True for the plural form of a unit word ("years"). */
export function isPluralUnit(word: string): boolean {
  return word.endsWith('s') || word === 'millennia' || word === 'centuries';
}

/** Parts of the day → TIMEX3 code. */
export const PARTS_OF_DAY = table<string>([
  ['morning', 'MO'], ['mornings', 'MO'], ['afternoon', 'AF'], ['afternoons', 'AF'], ['evening', 'EV'],
  ['evenings', 'EV'], ['night', 'NI'], ['nights', 'NI'], ['overnight', 'NI'], ['daytime', 'DT'],
]);

/** Seasons → TIMEX3 code. */
export const SEASONS = table<string>([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** Cardinal number words. */
export const NUMBER_WORDS = table<number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80],
  ['ninety', 90], ['dozen', 12],
]);

/** Ordinal words. */
export const ORDINAL_WORDS = table<number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['last', -1],
]);

/** Ordinal suffixes written after digits ("12th"). */
export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Words that stand for an unspecified number ("several years" → P`X`Y). */
export const VAGUE_QUANTITIES = new Set(['several', 'few', 'many', 'some', 'numerous', 'multiple', 'countless']);

/**
 * Time zones that may follow a clock time ("5 p.m. EST") → minutes east of UTC; `'US'` for the
 * North American zone names that follow daylight saving time (ET, CT, MT, PT: see zones.ts);
 * `null` for an abbreviation that names several zones (IST: India, Ireland or Israel).
 * CST is the US Central zone (China Standard Time is written CST too, less often in English news);
 * BST is British Summer Time; MSK is Moscow time since 2014.
 */
export const ZONE_OFFSETS = table<number | 'US' | null>([
  ['gmt', 0], ['utc', 0], ['z', 0], ['zulu', 0], ['wet', 0],
  ['est', -300], ['edt', -240], ['cst', -360], ['cdt', -300], ['mst', -420], ['mdt', -360], ['pst', -480],
  ['pdt', -420], ['akst', -540], ['akdt', -480], ['hst', -600], ['et', 'US'], ['ct', 'US'], ['mt', 'US'], ['pt', 'US'],
  ['bst', 60], ['west', 60], ['cet', 60], ['cest', 120], ['eet', 120], ['eest', 180], ['msk', 180],
  ['jst', 540], ['kst', 540], ['hkt', 480], ['sgt', 480], ['awst', 480], ['aest', 600], ['aedt', 660],
  ['nzst', 720], ['nzdt', 780], ['ist', null],
]);

/** Time zones that may follow a clock time ("5 p.m. EST"). */
export const TIME_ZONES: ReadonlySet<string> = new Set(ZONE_OFFSETS.keys());

/** Words that, directly before a bare number, show the number is a quantity, not a year. */
export const QUANTITY_CUES = new Set([
  'about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'than', 'only', 'just', 'total', 'least',
  'most', 'over', 'under', 'around', 'additional', 'another', 'extra', 'all', 'those', 'these', 'with', 'had',
  'has', 'have', 'are', 'were', 'killed', 'injured', 'number', 'sold', 'bought', 'employs', 'employ', 'hired',
  'cut', 'no', 'flight', 'route', 'room', 'resolution', 'highway', 'interstate', 'model', 'version', 'article',
  'section', 'chapter', 'page', 'pages', 'vol', 'game', 'apollo', 'boeing', 'airbus', 'windows', 'suite', 'box',
  'code', 'rule', 'bill', 'act', 'ps', 'pc', 'card', 'cards', 'dow', 'nasdaq', 'index', 'at', 'level', 'points',
]);

/** Prepositions that make a following number or month read as a date ("in 1990", "since May"). */
export const DATE_PREPOSITIONS = new Set([
  'in', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'of', 'from', 'through', 'throughout',
  'early', 'late', 'mid', 'last', 'next', 'this', 'until', 'between', 'and', 'or', 'to', 'on', 'for', 'that',
  'circa', 'around', 'about', 'spring', 'summer', 'fall', 'autumn', 'winter', 'end', 'beginning', 'start', 'middle',
  'ca',
]);

/**
 * Nouns that make a compound with the time word before them ("that day traders", "the night
 * shift", "the morning paper"): the time word is then a modifier of the noun, not a time.
 */
export const COMPOUND_HEADS = new Map<string, ReadonlySet<string>>([
  ['day', new Set(['trader', 'traders', 'trading', 'care', 'trip', 'trips', 'tripper', 'trippers', 'job', 'jobs', 'shift',
    'shifts', 'school', 'schools', 'camp', 'camps', 'labor', 'labour', 'laborers', 'labourers', 'workers', 'pass',
    'passes', 'release', 'centre', 'center', 'delivery'])],
  ['night', new Set(['club', 'clubs', 'clubbing', 'shift', 'shifts', 'life', 'vision', 'watch', 'watchman', 'school',
    'schools', 'stand', 'stands', 'owl', 'owls', 'court'])],
  ['morning', new Set(['paper', 'papers', 'news', 'show', 'sickness', 'glory', 'star', 'session', 'sessions', 'prayer',
    'prayers', 'commute', 'rush', 'edition'])],
  ['afternoon', new Set(['tea', 'session', 'sessions', 'paper', 'show', 'nap', 'edition'])],
  ['evening', new Set(['news', 'paper', 'dress', 'gown', 'show', 'session', 'sessions', 'star', 'prayer', 'prayers', 'wear',
    'class', 'classes', 'edition'])],
]);

/**
 * Words after which an anaphoric "the day before", "the day after" or "the day" is complete
 * ("they met the day before and agreed", "for the day, …", "the day after, in Paris"). A word
 * starting a noun phrase or a clause gives it an anchor of its own ("the day before the vote",
 * "the day after he resigned") or makes it a subject ("the day belonged to …").
 */
export const STANDS_ALONE = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'as', 'so',
  'then', 'while', 'until', 'through', 'over', 'near', 'outside', 'inside', 'again']);
