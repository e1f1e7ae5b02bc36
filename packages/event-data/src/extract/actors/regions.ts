/**
 * States, provinces and nations inside countries, for "Dayton, Ohio" and "a Texas-based company": a
 * capitalised name followed by a comma and one of these is a place, and so is the region itself.
 */
export const REGIONS = new Map<string, { name: string; country: string }>();

const BY_COUNTRY: Array<[string, string[]]> = [
  ['United States', [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
    'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
    'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
    'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
    'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'D.C.', 'Puerto Rico',
  ]],
  ['Canada', ['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Yukon']],
  ['Australia', ['New South Wales', 'Queensland', 'Victoria', 'Tasmania', 'Western Australia', 'South Australia', 'Northern Territory']],
  ['United Kingdom', ['England', 'Scotland', 'Wales', 'Northern Ireland']],
  ['India', ['Kerala', 'Punjab', 'Gujarat', 'Maharashtra', 'Bihar', 'Kashmir', 'Assam', 'Bengal', 'Rajasthan']],
  ['Germany', ['Bavaria', 'Saxony', 'Hesse']],
  ['China', ['Guangdong', 'Sichuan', 'Hubei', 'Xinjiang', 'Tibet', 'Yunnan', 'Fujian', 'Zhejiang', 'Jiangsu', 'Shandong']],
];
/** The abbreviations US wire copy writes after a town ("Cupertino, Calif."), with the state each stands for. */
const US_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Va.': 'Virginia',
  'Vt.': 'Vermont', 'Wash.': 'Washington', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** Abbreviations such as "Calif." count only with their period, which the tokenizer leaves as a token of its own. */
const ABBREVIATED = new Set<string>();
for (const [country, regions] of BY_COUNTRY) for (const region of regions) REGIONS.set(region.toLowerCase(), { name: region, country });
for (const [abbreviation, name] of Object.entries(US_ABBREVIATIONS)) {
  // "Calif." is written as the word and its period; dotted ones ("N.Y.") are one token
  const key = (/^\p{L}+\.$/u.test(abbreviation) ? abbreviation.slice(0, -1) : abbreviation).toLowerCase();
  REGIONS.set(key, { name, country: 'United States' });
  if (key !== abbreviation.toLowerCase()) ABBREVIATED.add(key);
}

/** The region a whole name is ("Ohio", "New South Wales"; abbreviations such as "Calif." only by `regionAt`). */
export function regionName(name: string): string | undefined {
  const key = name.toLowerCase();
  return ABBREVIATED.has(key) ? undefined : REGIONS.get(key)?.name;
}

/** The most words a region's name has ("New South Wales"). */
const LONGEST_REGION = 3;

/**
 * The region whose name the words starting at `i` spell, with its width in words: ["Ohio", 1],
 * ["New Jersey", 2], ["California", 2] (for "Calif" and its period).
 */
export function regionAt(words: readonly string[], i: number): [string, number] | undefined {
  for (let w = Math.min(LONGEST_REGION, words.length - i); w >= 1; w--) {
    const name = words.slice(i, i + w).join(' ');
    const key = name.toLowerCase();
    if (!REGIONS.has(key) || !/^\p{Lu}/u.test(name)) continue;
    if (!ABBREVIATED.has(key)) return [REGIONS.get(key)!.name, w];
    if (words[i + w] === '.') return [REGIONS.get(key)!.name, w + 1];
  }
  return undefined;
}
