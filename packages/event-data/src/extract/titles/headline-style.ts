import { verbBase } from '../language/morphology.js';
import { normalizeSpace } from '../language/tokens.js';
import type { ClauseParts } from './clause-title.js';
import { ARTICLES, DANGLING, NOUN_PREPOSITIONS, PREPOSITIONS, POSSESSIVES } from './title-words.js';

/** Titles stay under about this many characters. */
export const MAX_TITLE = 80;

const PARTICLES = new Set(['up', 'off', 'out', 'down', 'along', 'over']);
const isPreposition = (w: string) => (PREPOSITIONS.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase())) || ['and', 'or', 'to', 'that', 'which', 'who', 'while'].includes(w.toLowerCase());

/** A word of a name ("State of the Union"): the article in it stays. */
const inName = (words: string[], i: number) => words[i - 1] === 'of' && /^\p{Lu}/u.test(words[i - 2] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? '');
/** Articles a headline leaves out: all but a first word and those inside a name. */
const dropArticles = (words: string[]) => words.filter((w, i) => i === 0 || !/^(a|an|the)$/.test(w) || inName(words, i));
/** The length of the words as a headline, without the articles it leaves out. */
const headlineLength = (words: string[]) => dropArticles(words).join(' ').length;

/**
 * Where a title that is too long is cut: before a participle that starts a phrase of its own ("motion |
 * urging governments …"), else before the last preposition, conjunction or comma that leaves it short enough,
 * else at the last word that fits.
 */
function shorten(words: string[]): string[] {
  const fits = (n: number) => headlineLength(words.slice(0, n)) <= MAX_TITLE;
  const participle = words.findIndex(
    (w, n) =>
      n >= 3 && /^\p{Ll}{3,}ing$/u.test(w) && !isPreposition(words[n - 1]) && !ARTICLES.has(words[n - 1].toLowerCase()) && !POSSESSIVES.has(words[n - 1].toLowerCase()) &&
      /^(the|a|an|his|her|its|their|our|all|every|each)$/i.test(words[n + 1] ?? ''),
  );
  if (participle > 0 && fits(participle)) return words.slice(0, participle);
  for (let n = words.length - 1; n >= 3; n--) if (fits(n) && (isPreposition(words[n]) || /,$/.test(words[n - 1]))) return words.slice(0, n);
  let n = words.length;
  while (n > 1 && !fits(n)) n--;
  return words.slice(0, n);
}

/** Prepositions at which a long subject may be cut back to its head noun ("… international | between South African …"): those of a noun's phrases, but not an infinitive's "to" or an agent's "by". */
const SUBJECT_CUTS = new Set([...NOUN_PREPOSITIONS, 'among'].filter((p) => p !== 'to' && p !== 'by'));

/**
 * A subject short enough to leave its verb room in a title of `rest` after it: cut before the last
 * phrase that makes the title fit ("The first one-day international between South African and Indian
 * cricket teams at the Wanderers | called off …" → "The first one-day international between South
 * African and Indian cricket teams called off …"), never inside a name ("Secretary of State"). A
 * subject that fits, or has no such phrase, stays whole; `tidy` then cuts the end of the title. An
 * agent ("by …") and what an amount is of ("160 kg of heroin") stay.
 */
export function roomForVerb(subject: string, rest: string): string {
  const words = subject.split(' ');
  const length = (n: number) => headlineLength([...words.slice(0, n), ...rest.split(' ')]);
  if (length(words.length) <= MAX_TITLE) return subject;
  for (let n = words.length - 1; n >= 2; n--) {
    const inside = /^\p{Lu}/u.test(words[n - 1]) && /^\p{Lu}/u.test(words[n + 1] ?? '');
    // an amount's "of" names what there is so much of ("160 kg of heroin", "5 percent of its shares")
    const amount = words[n].toLowerCase() === 'of' && (/^[\d$€£]/u.test(words[n - 1]) || /^[\d$€£]/u.test(words[n - 2] ?? ''));
    if (amount) continue;
    if (SUBJECT_CUTS.has(words[n].toLowerCase()) && !inside && length(n) <= MAX_TITLE) return words.slice(0, n).join(' ');
  }
  return subject;
}

/**
 * Headline style: no quotation marks, no articles (but inside names: "State of the Union"), US, UN, UK
 * and EU without periods, at most about 80 characters cut on a phrase boundary, no dangling function word
 * at the end, a capital first letter (but "iPod" stays).
 *
 * @example tidy('talks on the future of the'); // 'Talks on future'
 */
export function tidy(title: string, keepEnd = ''): string {
  // (the replacements run only where their characters occur: titles are written for every event)
  let t = /['‘`]/.test(title) ? title.replace(/(^|\s)(''|``|'|`)(?=\s|$)/g, ' ').replace(/(^|\s)['‘]([^\s'‘’]+)['’](?=[\s,.;:]|$)/gu, '$1$2') : title;
  t = normalizeSpace(t).replace(/\s+([,.;:!?])/g, '$1');
  if (/[“”"‘«»]/.test(t)) t = t.replace(/[“”"‘«»]/g, '').trim();
  // headline style writes the short forms without periods: "USA assessment", "U.N. envoy" → "US assessment", "UN envoy"
  if (/[UE]\.|USA/.test(t)) {
    t = t
      .replace(/(^|[\s(])(?:U\.S\.A\.|U\.S\.(?!\p{L})|USA\b)/gu, '$1US')
      .replace(/(^|[\s(])([UE])\.([NKU])\.(?!\p{L})/gu, (m, pre: string, a: string, b: string) => (['UN', 'UK', 'EU'].includes(`${a}${b}`) ? `${pre}${a}${b}` : m));
  }
  let words = normalizeSpace(t).split(' ').filter(Boolean);
  if (headlineLength(words) > MAX_TITLE) {
    words = shorten(words);
    // a participle left at the end by the cut says half of its phrase ("bug relating")
    while (words.length > 3 && /^\p{Ll}{3,}ing$/u.test(words.at(-1)!)) words = words.slice(0, -1);
  }
  // `keepEnd`: a phrasal verb's particle is not a dangling word ("Johnson sworn in")
  const keep = keepEnd.includes(' ') && words.join(' ').toLowerCase().endsWith(` ${normalizeSpace(keepEnd).toLowerCase()}`);
  while (!keep && words.length > 2 && (DANGLING.has(words.at(-1)!.toLowerCase()) || /[,;:–—-]$/.test(words.at(-1)!))) {
    const last = words.at(-1)!;
    if (/[,;:–—-]$/.test(last) && !DANGLING.has(last.replace(/[,;:–—-]+$/, '').toLowerCase())) words[words.length - 1] = last.replace(/[,;:–—-]+$/, '');
    else words = words.slice(0, -1);
  }
  // headlines leave out articles: "Sarin attack on town" (but not inside a name: "State of the Union")
  t = dropArticles(words)
    .join(' ')
    .replace(/[,;:–—-]+$/, '');
  if (/^\p{Ll}+\p{Lu}/u.test(t)) return t; // iPod, eBay
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A clause's parts for a happening still to come, as headlines write it: "Company to close plant", "Talks to
 * be held in Athens", not the present that tells what happened ("Company closes plant").
 */
export function toCome(parts: ClauseParts): ClauseParts {
  // a verb that says so already: "Second round scheduled to take place", "Decision expected"
  if (parts.verb.startsWith('to ') || /^(?:scheduled|expected|due|set|planned|slated|poised|likely|going)\b/.test(parts.participle ?? parts.passiveForm ?? parts.verb)) return parts;
  if (parts.participle) return { ...parts, verb: `to be ${parts.verb}`, participle: `to be ${parts.participle}` };
  const [first, ...rest] = parts.verb.split(' ');
  const base = first === 'has' ? 'have' : first === 'is' || first === 'are' ? 'be' : verbBase(first);
  return { ...parts, verb: [`to ${base}`, ...rest].join(' '), passiveForm: parts.passiveForm && `to be ${parts.passiveForm}` };
}
