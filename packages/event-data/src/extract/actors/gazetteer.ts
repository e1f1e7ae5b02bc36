import type { ActorKind } from '../../schema/index.js';
import { WORLD_COUNTRIES } from './world-countries.js';

/** Titles before names now live with the other words around names (cue-words.ts); re-exported for the title writer, which reads them here. */
export { TITLE_WORDS } from './cue-words.js';

/**
 * A small gazetteer of countries (with their demonyms and short forms), major organisations,
 * and capitals and other cities that news reports as places. Names are matched on whole words,
 * longest first; the first name of each entry is canonical.
 */
export interface GazetteerEntry {
  name: string;
  kind: ActorKind | 'place';
  /** For places: the country; for organisations of one country: that country. */
  country?: string;
}

const COUNTRIES: string[][] = [
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America', 'American', 'Americans'],
  ['Russia', 'Russian Federation', 'Russian', 'Russians'],
  ['China', 'Chinese', "People's Republic of China", 'PRC'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'British'],
  ['France', 'French'], ['Germany', 'German', 'Germans'], ['Italy', 'Italian'], ['Spain', 'Spanish'], ['Poland', 'Polish'],
  ['Syria', 'Syrian', 'Syrians'], ['Ukraine', 'Ukrainian', 'Ukrainians'], ['North Korea', 'North Korean', 'DPRK'],
  ['South Korea', 'South Korean'], ['Iran', 'Iranian', 'Iranians'], ['Iraq', 'Iraqi', 'Iraqis'], ['Turkey', 'Turkish'],
  ['Israel', 'Israeli', 'Israelis'], ['Palestine', 'Palestinian', 'Palestinians'], ['Saudi Arabia', 'Saudi', 'Saudis'],
  ['Egypt', 'Egyptian'], ['Japan', 'Japanese'], ['India', 'Indian'], ['Pakistan', 'Pakistani'], ['Afghanistan', 'Afghan'],
  ['Libya', 'Libyan'], ['Yemen', 'Yemeni'], ['Lebanon', 'Lebanese'], ['Jordan', 'Jordanian'], ['Qatar', 'Qatari'],
  ['United Arab Emirates', 'UAE', 'Emirati'], ['Canada', 'Canadian'], ['Mexico', 'Mexican'], ['Brazil', 'Brazilian'],
  ['Venezuela', 'Venezuelan'], ['Cuba', 'Cuban'], ['Bolivia', 'Bolivian'], ['Argentina', 'Argentine'], ['Belarus', 'Belarusian'],
  ['Kazakhstan', 'Kazakh'], ['Estonia', 'Estonian'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'], ['Sweden', 'Swedish'],
  ['Norway', 'Norwegian'], ['Finland', 'Finnish'], ['Netherlands', 'Dutch'], ['Belgium', 'Belgian'], ['Switzerland', 'Swiss'],
  ['Austria', 'Austrian'], ['Greece', 'Greek'], ['Serbia', 'Serbian'], ['Hungary', 'Hungarian'], ['Romania', 'Romanian'],
  ['Bulgaria', 'Bulgarian'], ['Czech Republic', 'Czech'], ['Australia', 'Australian'], ['New Zealand'], ['Indonesia', 'Indonesian'],
  ['Philippines', 'Filipino'], ['Vietnam', 'Vietnamese'], ['Thailand', 'Thai'], ['Malaysia', 'Malaysian'], ['Nigeria', 'Nigerian'],
  ['South Africa', 'South African'], ['Ethiopia', 'Ethiopian'], ['Kenya', 'Kenyan'], ['Sudan', 'Sudanese'], ['Somalia', 'Somali'],
  ['Mali', 'Malian'], ['Algeria', 'Algerian'], ['Morocco', 'Moroccan'], ['Tunisia', 'Tunisian'], ['Armenia', 'Armenian'],
  ['Azerbaijan', 'Azerbaijani'], ['Georgia'], ['Moldova', 'Moldovan'], ['Uzbekistan', 'Uzbek'], ['Mongolia', 'Mongolian'],
  ['Myanmar', 'Burma'], ['Bangladesh'], ['Chile', 'Chilean'], ['Colombia', 'Colombian'], ['Peru', 'Peruvian'], ['Ireland', 'Irish'],
  ['Portugal', 'Portuguese'], ['Denmark', 'Danish'], ['Kuwait', 'Kuwaiti'], ['Bahrain'], ['Oman'], ['Taiwan', 'Taiwanese'],
];

const CITIES: Array<[string, string, ...string[]]> = [
  ['Moscow', 'Russia'], ['St. Petersburg', 'Russia', 'Saint Petersburg'], ['Sochi', 'Russia'], ['Washington', 'United States', 'Washington, D.C.'],
  ['New York', 'United States', 'New York City'], ['Beijing', 'China'], ['Shanghai', 'China'], ['Hong Kong', 'China'], ['London', 'United Kingdom'],
  ['Paris', 'France'], ['Berlin', 'Germany'], ['Munich', 'Germany'], ['Kyiv', 'Ukraine', 'Kiev'], ['Donetsk', 'Ukraine'], ['Luhansk', 'Ukraine'],
  ['Damascus', 'Syria'], ['Aleppo', 'Syria'], ['Idlib', 'Syria'], ['Raqqa', 'Syria'], ['Homs', 'Syria'], ['Tehran', 'Iran'], ['Baghdad', 'Iraq'],
  ['Mosul', 'Iraq'], ['Ankara', 'Turkey'], ['Istanbul', 'Turkey'], ['Pyongyang', 'North Korea'], ['Seoul', 'South Korea'], ['Tokyo', 'Japan'],
  ['Geneva', 'Switzerland'], ['Davos', 'Switzerland'], ['Brussels', 'Belgium'], ['Vienna', 'Austria'], ['Minsk', 'Belarus'], ['Astana', 'Kazakhstan'],
  ['Jerusalem', 'Israel'], ['Tel Aviv', 'Israel'], ['Gaza', 'Palestine'], ['Cairo', 'Egypt'], ['Riyadh', 'Saudi Arabia'], ['Doha', 'Qatar'],
  ['Beirut', 'Lebanon'], ['Kabul', 'Afghanistan'], ['Islamabad', 'Pakistan'], ['New Delhi', 'India'], ['Caracas', 'Venezuela'], ['Havana', 'Cuba'],
  ['Ottawa', 'Canada'], ['Rome', 'Italy'], ['Madrid', 'Spain'], ['Warsaw', 'Poland'], ['Helsinki', 'Finland'], ['Stockholm', 'Sweden'],
  ['Oslo', 'Norway'], ['Athens', 'Greece'], ['The Hague', 'Netherlands'], ['Amsterdam', 'Netherlands'], ['Strasbourg', 'France'],
  ['Tripoli', 'Libya'], ['Sanaa', 'Yemen'], ['Manila', 'Philippines'], ['Jakarta', 'Indonesia'], ['Hanoi', 'Vietnam'], ['Bangkok', 'Thailand'],
  ['Nairobi', 'Kenya'], ['Addis Ababa', 'Ethiopia'], ['Abuja', 'Nigeria'], ['Lagos', 'Nigeria'], ['Johannesburg', 'South Africa'],
  ['Khartoum', 'Sudan'], ['Yerevan', 'Armenia'], ['Baku', 'Azerbaijan'], ['Tbilisi', 'Georgia'], ['Brasilia', 'Brazil'], ['Buenos Aires', 'Argentina'],
  ['Bogota', 'Colombia'], ['Lima', 'Peru'], ['Mexico City', 'Mexico'], ['Toronto', 'Canada'], ['Dublin', 'Ireland'], ['Lisbon', 'Portugal'],
  ['Copenhagen', 'Denmark'], ['Budapest', 'Hungary'], ['Prague', 'Czech Republic'], ['Bucharest', 'Romania'], ['Sofia', 'Bulgaria'],
  ['Belgrade', 'Serbia'], ['Riga', 'Latvia'], ['Vilnius', 'Lithuania'], ['Tallinn', 'Estonia'], ['Los Angeles', 'United States'],
  ['Chicago', 'United States'], ['San Francisco', 'United States'], ['Camp David', 'United States'], ['Crimea', 'Ukraine'], ['Donbass', 'Ukraine', 'Donbas'],
];

const ORGANIZATIONS: Array<[ActorKind, string, string | undefined, ...string[]]> = [
  ['organization', 'United Nations', undefined, 'UN', 'U.N.'],
  ['organization', 'UN Security Council', undefined, 'United Nations Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'],
  ['organization', 'UN General Assembly', undefined, 'United Nations General Assembly', 'U.N. General Assembly', 'General Assembly', 'UNGA'],
  ['organization', 'NATO', undefined, 'North Atlantic Treaty Organization'], ['organization', 'European Union', undefined, 'EU', 'E.U.'],
  ['organization', 'European Parliament', undefined], ['organization', 'European Commission', undefined], ['organization', 'G7', undefined, 'G-7', 'Group of Seven'],
  ['organization', 'G20', undefined, 'G-20'], ['organization', 'OPCW', undefined, 'Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons'],
  ['organization', 'IAEA', undefined, 'International Atomic Energy Agency'], ['organization', 'IMF', undefined, 'International Monetary Fund'],
  ['organization', 'World Bank', undefined], ['organization', 'OSCE', undefined], ['organization', 'Arab League', undefined], ['organization', 'African Union', undefined],
  ['organization', 'OPEC', undefined], ['organization', 'World Health Organization', undefined, 'WHO'], ['organization', 'International Criminal Court', undefined, 'ICC'],
  ['organization', 'US State Department', 'United States', 'State Department', 'Department of State', 'U.S. State Department'],
  ['organization', 'US Treasury', 'United States', 'Treasury Department', 'Treasury', 'Department of the Treasury', 'U.S. Treasury', 'US Treasury Department'],
  ['organization', 'Pentagon', 'United States', 'Defense Department', 'Department of Defense'], ['organization', 'White House', 'United States'],
  ['organization', 'US Congress', 'United States', 'Congress', 'U.S. Congress'], ['organization', 'US Senate', 'United States', 'Senate'],
  ['organization', 'House of Representatives', 'United States'], ['organization', 'CIA', 'United States'], ['organization', 'FBI', 'United States'],
  ['organization', 'Justice Department', 'United States', 'Department of Justice'], ['organization', 'Kremlin', 'Russia'],
  ['organization', 'Russian Foreign Ministry', 'Russia', 'Russian Ministry of Foreign Affairs'], ['organization', 'Federation Council', 'Russia', 'Russian Federation Council'],
  ['organization', 'State Duma', 'Russia', 'Duma'], ['organization', 'Syrian Arab Army', 'Syria'],
  ['group', 'Islamic State', undefined, 'ISIS', 'ISIL', 'Daesh', 'IS'], ['group', 'Hezbollah', undefined], ['group', 'al-Qaeda', undefined, 'Al Qaeda', 'al Qaeda'],
  ['group', 'Taliban', undefined], ['group', 'Hamas', undefined], ['group', 'Boko Haram', undefined], ['group', 'Houthis', undefined, 'Houthi'],
  ['organization', 'Fox News', undefined], ['organization', 'CNN', undefined], ['organization', 'BBC', undefined], ['organization', 'Reuters', undefined],
  ['organization', 'Associated Press', undefined, 'AP'], ['organization', 'Agence France-Presse', undefined, 'AFP'], ['organization', 'TASS', undefined],
  ['organization', 'RIA Novosti', undefined, 'RIA'], ['organization', 'Sputnik', undefined], ['organization', 'RT', undefined], ['organization', 'Al Jazeera', undefined],
];

/** Lower-cased surface form → entry; multi-word forms are looked up by their words joined with spaces. */
export const GAZETTEER = new Map<string, GazetteerEntry>();
/** The most words any name has, so a matcher knows how far to look. */
export let LONGEST_NAME = 1;

/** Lower-cased first words of all names: a word not in here starts no name. */
export const FIRST_WORDS = new Set<string>();

const put = (form: string, entry: GazetteerEntry) => {
  const key = form.toLowerCase();
  FIRST_WORDS.add(key.split(' ')[0]);
  if (!GAZETTEER.has(key)) GAZETTEER.set(key, entry);
  LONGEST_NAME = Math.max(LONGEST_NAME, form.split(' ').length);
};
for (const [kind, name, country, ...aliases] of ORGANIZATIONS) for (const form of [name, ...aliases]) put(form, { name, kind, country });
/** Canonical country name → all the ways to write it, demonyms included. */
export const COUNTRY_FORMS = new Map<string, string[]>();
for (const [name, ...aliases] of COUNTRIES) {
  COUNTRY_FORMS.set(name, [name, ...aliases]);
  for (const form of [name, ...aliases]) put(form, { name, kind: 'country' });
}
// the countries the list above does not name, from CLDR (world-countries.ts): "Nepal", "Bhutan", "Zambia"
for (const name of WORLD_COUNTRIES) {
  if (GAZETTEER.has(name.toLowerCase())) continue;
  COUNTRY_FORMS.set(name, [name]);
  put(name, { name, kind: 'country' });
}
for (const [name, country, ...aliases] of CITIES) for (const form of [name, ...aliases]) put(form, { name, kind: 'place', country });

/** Acronyms and short forms that only count when written exactly so ("US", not "us"; "IS", not "is"). */
export const CASE_SENSITIVE = new Set(['US', 'UN', 'IS', 'AP', 'RT', 'WHO', 'UK', 'EU', 'RIA', 'UAE', 'PRC', 'ICC']);

/**
 * A transliteration key for names: Russian and other given names and surnames written several ways
 * in English ("Sergei"/"Sergey", "Nikolai"/"Nikolay", "Yuri"/"Yury", "-off"/"-ov") get one key.
 */
const keys = new Map<string, string>();
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeNameKey(name);
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/[’']/g, '')
        .replace(/(?<=[^aeiou])(iy|yi|i|y)$/, 'y')
        .replace(/(ei|ey|eiy)$/, 'ey')
        .replace(/(ai|ay)$/, 'ay')
        .replace(/off$/, 'ov')
        .replace(/(ski|skiy|sky)$/, 'sky'),
    )
    .join(' ');
}

/**
 * Common Chinese, Korean and Vietnamese family names, which come first ("Xi Jinping" is Xi, "Kim Jong Un"
 * is Kim): such a person is referred to, and titled, by the first word of the name.
 */
export const FAMILY_NAME_FIRST = new Set([
  'xi', 'li', 'wang', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'hu', 'wen', 'jiang', 'deng', 'mao', 'sun', 'ma',
  'zhu', 'guo', 'he', 'lin', 'han', 'qin', 'kim', 'park', 'moon', 'yoon', 'lee', 'nguyen', 'tran', 'pham', 'le', 'vo', 'hun',
]);

/** The word a person is called by alone: the surname, which comes first in East Asian names. */
export function surnameOf(name: string): string {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 3 && FAMILY_NAME_FIRST.has(words[0].toLowerCase()) && !words[0].endsWith('.') ? words[0] : words[words.length - 1];
}
