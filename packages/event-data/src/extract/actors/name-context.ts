import { HONORIFICS, HUMAN_VERBS, OCCUPATIONS, ORG_NOUNS, PERSON_NOUNS, PLACE_NOUNS, PRODUCT_VERBS, TITLE_WORDS } from './cue-words.js';
import { GAZETTEER } from './gazetteer.js';
import { isBasedWord, isTitleBefore, type NameRun } from './name-runs.js';
import { regionAt } from './regions.js';
import { normalizeSpace } from '../language/tokens.js';
import type { Token } from '../types.js';

/** What a name can name, as stage 05 tells them apart: `other` is a product or a named event. */
export type NameKind = 'person' | 'organization' | 'place' | 'other';

/** The weight of the evidence for each kind, summed over cues (and over an article's mentions of the name). */
export type Votes = Record<NameKind, number>;

export const noVotes = (): Votes => ({ person: 0, organization: 0, place: 0, other: 0 });

export function addVotes(into: Votes, from: Votes): Votes {
  for (const k of Object.keys(from) as NameKind[]) into[k] += from[k];
  return into;
}

/** Prepositions of place, strong ("in Dayton") and weak ("from Apple", "at Macworld" name other things as often). */
const PLACE_PREPOSITIONS = new Map([
  ['in', 2], ['near', 3], ['outside', 2], ['inside', 2], ['across', 2], ['throughout', 2], ['at', 1], ['from', 1], ['into', 1], ['toward', 1], ['towards', 1],
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
/** Words between a product verb and its object ("released the new", "unveiled its latest"). */
const PRODUCT_MODIFIERS = new Set([...DETERMINERS, 'new', 'latest', 'updated', 'upcoming', 'next-generation', 'first', 'second', 'third', 'original', 'redesigned', 'improved', 'cheaper', 'faster']);
/** Nouns after a name for the people and things an organisation has ("Apple spokesman", "Acme employees", "Google's headquarters"). */
const EMPLOYER_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'employee', 'employees', 'officials', 'engineers', 'staff', 'workers', 'shareholders', 'stockholders', 'stores', 'subsidiary', 'board', 'management']);
const STOCK_NOUNS = new Set(['shares', 'stock', 'stocks', 'stake', 'share']);
const PUBLISHING = new Set(['report', 'reported', 'article', 'interview', 'statement', 'memo', 'letter', 'post', 'posted', 'column', 'editorial', 'op-ed', 'story', 'piece', 'published', 'wrote', 'written', 'quoted', 'appeared', 'blog', 'review']);
/** Where an apposition's noun phrase ends: "Acme, a construction firm | based in …", "Dayton, a city | in Ohio". */
const APPOSITION_END = new Set([',', '.', ';', ':', ')', '—', '–', 'of', 'in', 'at', 'for', 'from', 'with', 'which', 'who', 'that', 'based', 'and', 'since', 'on', 'whose']);

/**
 * The kind an apposition after the name gives it: "Jobs, Apple's chief executive," (person), "Acme, a
 * construction firm," (organisation), "Millbrook, a town …" (place), "Papermaster, 49," (a person's age).
 * The head is the last noun before the apposition's noun phrase ends.
 */
function apposition(tokens: readonly Token[], comma: number): { kind: NameKind; head: number } | undefined {
  const first = tokens[comma + 1];
  if (!first) return undefined;
  if (/^\p{N}{1,3}$/u.test(first.text) && Number(first.text) < 120 && [',', ')', '.'].includes(tokens[comma + 2]?.text ?? '')) return { kind: 'person', head: -1 };
  // a list of names goes on after the comma ("Apple, Google and Microsoft"); an apposition starts with a
  // determiner, a possessive or a lower-case word
  const possessive = /^\p{Lu}/u.test(first.text) && /^['’]s$/.test(tokens[comma + 2]?.text ?? '');
  if (!DETERMINERS.has(first.lower) && !possessive && !/^\p{Ll}/u.test(first.text)) return undefined;
  let head = -1;
  for (let k = comma + 1; k < tokens.length && k - comma <= 7; k++) {
    if (APPOSITION_END.has(tokens[k].lower)) break;
    if (/^\p{L}/u.test(tokens[k].text)) head = k;
  }
  const word = tokens[head];
  if (!word || (head !== comma + 1 && DETERMINERS.has(word.lower))) return undefined;
  if (PERSON_NOUNS.has(word.lower) || TITLE_WORDS.has(word.lower)) return { kind: 'person', head };
  if (ORG_NOUNS.has(word.lower)) return { kind: 'organization', head };
  // "the Halifax-based shipbuilder": only businesses and bodies are based somewhere; and the makers and builders
  // of things named by a compound ("chipmaker", "shipbuilder", "homebuilder") are companies
  if (tokens.slice(comma + 1, head).some(isBasedWord) || /^\p{L}{3,}(?:maker|builder)s?$/u.test(word.lower)) return { kind: 'organization', head };
  if (PLACE_NOUNS.has(word.lower)) return { kind: 'place', head };
  return undefined;
}

/**
 * The role an apposition gives a person, up to the comma that closes it: "Apple's chief executive" of
 * "Jobs, Apple's chief executive,", "chief executive officer of Apple Inc." of "Steve Jobs, the chief …".
 */
export function appositionRole(tokens: readonly Token[], run: NameRun, text: string): string | undefined {
  if (tokens[run.after]?.text !== ',') return undefined;
  const found = apposition(tokens, run.after);
  if (found?.kind !== 'person' || found.head < 0) return undefined;
  let end = found.head;
  for (let k = found.head + 1; k < tokens.length && k - run.after <= 12; k++) {
    if (/^[,;.)—–]$/.test(tokens[k].text)) {
      end = k - 1;
      break;
    }
    if (['who', 'which', 'that', 'said', 'says'].includes(tokens[k].lower)) break;
  }
  const role = normalizeSpace(text.slice(tokens[run.after + 1].start, tokens[end].end)).replace(/^(?:the|a|an)\s+/i, '');
  return /\p{L}/u.test(role) ? role : undefined;
}

/**
 * Whether a title, courtesy title or occupation stands right before the name ("CEO Steve Jobs", "Mr Biden"),
 * and the name is not the employer in a longer role ("Former Microsoft CEO Bill Gates").
 */
export function titled(tokens: readonly Token[], run: NameRun): boolean {
  const prev = tokens[run.first - 1];
  return !!prev && (TITLE_WORDS.has(prev.lower) || HONORIFICS.has(prev.lower) || OCCUPATIONS.has(prev.lower)) && !employs(tokens, run);
}

/** "Apple CEO Steve Jobs", "Acme spokesman John Doe": a name followed by a title and a name is the employer. */
const employs = (tokens: readonly Token[], run: NameRun): boolean =>
  (!!tokens[run.after] && isTitleBefore(tokens, run.after) && !HONORIFICS.has(tokens[run.after].lower)) || modifiesPeople(tokens[run.after]);

/**
 * A noun for people right after a name, which the name then modifies: "two former Ryanair pilots", "Acme
 * engineers", "a Boeing spokesman". A person's name does not stand before a noun for other people, so the
 * name is the employer (or a place of origin, which the gazetteer knows).
 */
function modifiesPeople(next: Token | undefined): boolean {
  const w = next?.lower ?? '';
  if (!/^\p{Ll}/u.test(next?.text ?? '')) return false;
  return PERSON_NOUNS.has(w) || (w.endsWith('s') && PERSON_NOUNS.has(w.slice(0, -1))) || (w.endsWith('men') && PERSON_NOUNS.has(`${w.slice(0, -3)}man`));
}

/**
 * "Steve Jobs unveiled … He said …": a name that opens a sentence and is taken up by "he" or "she" at the
 * start of the next one is a person's (companies are "it").
 */
export function pronounVotes(run: NameRun, next: readonly Token[] | undefined): Votes {
  const v = noVotes();
  if (run.first <= 1 && next && /^(?:he|she)$/.test(next[0]?.lower ?? '')) v.person += 1;
  return v;
}

/**
 * Evidence from the words around one mention of a name for what it names. Each cue is a phenomenon of
 * English news, not of one text; the weights only rank them (4 decides alone, 1 only breaks ties).
 */
export function contextVotes(tokens: readonly Token[], run: NameRun): Votes {
  const v = noVotes();
  const prev = tokens[run.first - 1];
  const prev2 = tokens[run.first - 2];
  const next = tokens[run.after];
  const next2 = tokens[run.after + 1];
  // "Jobs's", and "Jobs'" (the tokenizer leaves the apostrophe alone)
  const possessed = !!next && (/^['’]s$/.test(next.text) || (/^['’]$/.test(next.text) && next.start === run.end && /s$/.test(run.text)));

  // A title, courtesy title or occupation before a name: "CEO Steve Jobs", "Judge Martin Mann", "Mr. Lavrov",
  // "novelist Jane Doe"; unless the name is itself followed by a title and a name, which makes it the employer
  // in a longer role ("Former Microsoft CEO Bill Gates").
  if (employs(tokens, run)) v.organization += 1;
  else if (titled(tokens, run)) v.person += 4;
  // "Commissioner for Competition Neelie Kroes": a title's "of"/"for" phrase runs into the name after it
  else if (prev && ['of', 'for'].includes(prev.lower) && prev2 && TITLE_WORDS.has(prev2.lower) && run.after - run.first >= 3) v.person += 4;
  // A title set off by a comma: "the company's chief executive, Dana Whitfield,".
  if (prev?.text === ',' && prev2 && (TITLE_WORDS.has(prev2.lower) || OCCUPATIONS.has(prev2.lower))) v.person += 3;
  // A company word right before the name: "retailer Best Buy", "carrier AT&T", "the search giant Google".
  if (prev && ORG_NOUNS.has(prev.lower) && /^\p{Ll}/u.test(prev.text)) v.organization += 3;
  // An apposition describes what the name is: "Jobs, Apple's chief executive," / "Acme, a construction firm,".
  if (next?.text === ',') {
    const kind = apposition(tokens, run.after)?.kind;
    if (kind) v[kind] += 3;
  }
  // A verb only people are the subject of: "Jacinda Ardern visited …", "Doe was born …", "Smith later resigned".
  let verb = run.after;
  while (tokens[verb] && (/^\p{Ll}+ly$/u.test(tokens[verb].text) || ['was', 'were', 'has', 'had', 'also', 'then', 'later'].includes(tokens[verb].lower)) && verb - run.after < 2) verb++;
  if (tokens[verb] && HUMAN_VERBS.has(tokens[verb].lower)) v.person += 1;
  // A relative pronoun: "who" follows people, "which" things and bodies.
  const rel = next?.text === ',' ? next2 : next;
  if (rel?.lower === 'who') v.person += 2;
  if (rel?.lower === 'which') {
    v.organization += 1;
    v.other += 1;
  }
  // "the Cupertino-based company" / "Texas-based Acme": only businesses and bodies are based somewhere.
  if (prev && isBasedWord(prev)) v.organization += 3;
  // Stock market phrases: "shares of Apple Inc.", "Acme shares", "Apple's stock".
  if ((prev?.lower === 'of' && prev2 && STOCK_NOUNS.has(prev2.lower)) || (next && STOCK_NOUNS.has(next.lower)) || (possessed && next2 && STOCK_NOUNS.has(next2.lower))) v.organization += 3;
  // An employer before its people: "Apple spokesman Steve Dowling", "Acme employees".
  if (next && (EMPLOYER_NOUNS.has(next.lower) || modifiesPeople(next))) v.organization += 2;
  // A place: "Dayton, Ohio", "Springfield, Germany"; "the town of Millbrook"; "in Dayton".
  if (next?.text === ',' && next2) {
    const words = tokens.slice(run.after + 1, run.after + 5).map((t) => t.text);
    const region = regionAt(words, 0);
    const country = GAZETTEER.get(next2.lower);
    const after = tokens[run.after + 1 + (region?.[1] ?? 1)];
    const ends = !after || /^[,.;:)]$/.test(after.text);
    if (region && ends) v.place += 4;
    else if (country?.kind === 'country' && next2.text === country.name && ends) v.place += 2;
  }
  // "Calif.", "Pa.": a state's abbreviation with its period
  const own = regionAt(tokens.slice(run.first, run.after + 1).map((t) => t.text), 0);
  if (own && own[1] > run.after - run.first) v.place += 4;
  if (prev?.lower === 'of' && prev2 && PLACE_NOUNS.has(prev2.lower) && ['the', 'a', 'an'].includes(tokens[run.first - 3]?.lower ?? '')) v.place += 4;
  const preposition = prev ? PLACE_PREPOSITIONS.get(prev.lower) : undefined;
  // "a report in Ars Technica", "wrote in The Times": after words of publishing, "in" introduces a publication
  if (preposition && prev2 && PUBLISHING.has(prev2.lower)) v.organization += 2;
  else if (preposition && !possessed) v.place += preposition;
  // Products: the object of sell, launch, release ("released the new MacBook Air"), "the new X". (A product
  // noun after the name says nothing: "iPod players" but "Intel chips".)
  let k = run.first - 1;
  while (k >= 0 && run.first - k <= 3 && PRODUCT_MODIFIERS.has(tokens[k].lower)) k--;
  if (k >= 0 && PRODUCT_VERBS.has(tokens[k].lower)) v.other += 2;
  if (prev && ['new', 'latest', 'updated', 'upcoming', 'next-generation', 'redesigned'].includes(prev.lower)) v.other += 2;
  // "the X": people's names take no article; bodies, products and places often do.
  if (prev && ['the', 'a', 'an'].includes(prev.lower)) {
    v.organization += 1;
    v.other += 1;
    v.place += 1;
  }
  return v;
}
