/**
 * States, provinces and nations inside countries, for "Dayton, Ohio" and "a Texas-based company": a
 * capitalised name followed by a comma and one of these is a place, and so is the region itself.
 */
export const REGIONS = new Map<string, string>();

const BY_COUNTRY: Array<[string, string[]]> = [
  ['United States', [
    'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
    'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
    'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
    'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
    'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'D.C.', 'Puerto Rico',
    // the abbreviations wire copy uses after a town ("Dayton, Ohio" but "Cupertino, Calif.")
    'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.',
    'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.',
    'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Va.', 'Vt.', 'Wash.', 'Wis.', 'Wyo.',
  ]],
  ['Canada', ['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Yukon']],
  ['Australia', ['New South Wales', 'Queensland', 'Victoria', 'Tasmania', 'Western Australia', 'South Australia', 'Northern Territory']],
  ['United Kingdom', ['England', 'Scotland', 'Wales', 'Northern Ireland']],
  ['India', ['Kerala', 'Punjab', 'Gujarat', 'Maharashtra', 'Bihar', 'Kashmir', 'Assam', 'Bengal', 'Rajasthan']],
  ['Germany', ['Bavaria', 'Saxony', 'Hesse']],
  ['China', ['Guangdong', 'Sichuan', 'Hubei', 'Xinjiang', 'Tibet', 'Yunnan', 'Fujian', 'Zhejiang', 'Jiangsu', 'Shandong']],
];
/** Abbreviations such as "Calif." count only with their period, which the tokenizer leaves as a token of its own. */
const ABBREVIATED = new Set<string>();
for (const [country, regions] of BY_COUNTRY)
  for (const region of regions) {
    const abbreviation = /^[\p{L}]+\.$/u.test(region);
    const key = (abbreviation ? region.slice(0, -1) : region).toLowerCase();
    REGIONS.set(key, country);
    if (abbreviation) ABBREVIATED.add(key);
  }

/** The most words a region's name has ("New South Wales"). */
const LONGEST_REGION = 3;

/**
 * The region whose name the words starting at `i` spell, with its width in words: ["Ohio", 1],
 * ["New Jersey", 2], ["Calif.", 2] (the abbreviation and its period).
 */
export function regionAt(words: readonly string[], i: number): [string, number] | undefined {
  for (let w = Math.min(LONGEST_REGION, words.length - i); w >= 1; w--) {
    const name = words.slice(i, i + w).join(' ');
    const key = name.toLowerCase();
    if (!REGIONS.has(key) || !/^\p{Lu}/u.test(name)) continue;
    if (!ABBREVIATED.has(key)) return [name, w];
    if (words[i + w] === '.') return [`${name}.`, w + 1];
  }
  return undefined;
}
