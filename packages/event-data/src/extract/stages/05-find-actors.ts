import { resolveEntities, type ActorDraft } from '../actors/actor-entities.js';
import { PLACE_NOUNS, TITLE_WORDS } from '../actors/cue-words.js';
import { COUNTRY_FORMS, GAZETTEER, nameKey } from '../actors/gazetteer.js';
import { ORG_WORDS } from '../actors/name-words.js';
import { addVotes, appositionRole, contextVotes, pronounVotes, titled, type NameKind } from '../actors/name-context.js';
import { decideKinds, isSingleWord, orgCore, shapeKind, type NameSighting } from '../actors/name-kinds.js';
import { gazetteerAt, isBasedWord, nameRunAt, type NameRun } from '../actors/name-runs.js';
import { splitPossessives } from '../actors/names.js';
import { REGIONS, regionAt } from '../actors/regions.js';
import { roleBefore, roleBeforeComma, roleMentions } from '../actors/roles.js';
import { isCapitalized, normalizeSpace } from '../language/tokens.js';
import { isCompassWord } from '../language/word-classes.js';
import type { ActorDoc, ArticleCtx, PlaceMention, Sentence, Token, TriggerDoc } from '../types.js';

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'at', 'into', 'from', 'near', 'outside', 'inside', 'across', 'on', 'against']);

interface Sighting extends NameSighting {
  sentence: Sentence;
  tokens: Token[];
}

/** Gazetteer names, "X-based" places and hyphenated pairs of surnames go straight to drafts; other names are sighted for later. */
function scanSentence(sentence: Sentence, following: Sentence | undefined, text: string, drafts: ActorDraft[], places: PlaceMention[], sightings: Sighting[]): void {
  const tokens = splitPossessives(sentence.tokens);
  const [firstDraft, firstSighting] = [drafts.length, sightings.length];
  let last: Sighting | undefined;
  // Headlines capitalise every word: there, only names known from the body count.
  const headline = sentence.kind === 'headline' || sentence.kind === 'heading';
  const push = (m: Omit<ActorDraft, 'sentence'>) => drafts.push({ ...m, sentence: sentence.index });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const g = gazetteerAt(tokens, i);
    if (g) {
      const [entry, w] = g;
      const start = t.start;
      const end = tokens[i + w - 1].end;
      const surface = text.slice(start, end);
      const prev = tokens[i - 1]?.lower ?? '';
      // "western Nepal", "in northern Italy": a part of a country is a place, whatever comes before it
      const compass = isCompassWord(prev);
      const before = compass ? tokens[i - 2]?.lower ?? '' : prev;
      if (entry.kind === 'place' || (entry.kind === 'country' && (PLACE_PREPOSITIONS.has(prev) || compass)))
        places.push({ start, end, text: surface, name: entry.name, sentence: sentence.index, kind: entry.kind === 'place' ? 'city' : 'country', preposition: PLACE_PREPOSITIONS.has(before) ? before : undefined });
      if (entry.kind !== 'place') {
        const next = tokens[i + w];
        // A demonym or country before a title or an organisation word belongs to that title.
        const modifier = entry.kind === 'country' && !!next && (TITLE_WORDS.has(next.lower) || ORG_WORDS.has(next.lower) || (isCapitalized(next.text) && !!GAZETTEER.get(next.lower) && GAZETTEER.get(next.lower)!.kind === 'organization'));
        push({ start, end, text: surface, kind: entry.kind, name: entry.name, modifier });
      }
      i += w - 1;
      continue;
    }
    // "the Cupertino-based company", "a New York-based firm": the place a business is based in.
    if (isBasedWord(t)) {
      last = undefined;
      let name = t.text.slice(0, -'-based'.length);
      let start = t.start;
      const prev = tokens[i - 1];
      if (prev && isCapitalized(prev.text) && (GAZETTEER.has(`${prev.lower} ${name.toLowerCase()}`) || REGIONS.has(`${prev.lower} ${name.toLowerCase()}`))) {
        name = `${prev.text} ${name}`;
        start = prev.start;
      }
      const known = GAZETTEER.get(name.toLowerCase());
      places.push({ start, end: start + name.length, text: text.slice(start, start + name.length), name: known?.name ?? name, sentence: sentence.index, kind: known?.kind === 'country' ? 'country' : 'city' });
      continue;
    }
    const run = nameRunAt(tokens, i, text);
    if (!run) continue;
    const votes = addVotes(contextVotes(tokens, run), pronounVotes(run, following?.tokens));
    const between = last ? text.slice(last.run.end, run.start).trim() : '';
    // (not a bare comma: "Jobs, Apple's chief executive" is an apposition, "Dayton, Ohio" a place in a region)
    const conjoined = last && /^(?:and|or|, and|, or|&)$/.test(between) ? last : undefined;
    last = { run, shape: shapeKind(run), votes, headline, sentence, tokens, conjoined };
    sightings.push(last);
    i = run.after - 1;
  }
  // Hyphenated pairs of names: "Lavrov-Tillerson meeting".
  for (const t of tokens) {
    if (!t.text.includes('-') || !isCapitalized(t.text) || isBasedWord(t)) continue;
    const parts = t.text.split('-');
    const inName = drafts.slice(firstDraft).some((m) => m.start <= t.start && m.end >= t.end) || sightings.slice(firstSighting).some((s) => s.run.start <= t.start && s.run.end >= t.end);
    if (parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) && !inName) {
      let offset = t.start;
      for (const p of parts) {
        push({ start: offset, end: offset + p.length, text: p, kind: 'person', name: p, single: true });
        offset += p.length + 1;
      }
    }
  }
}

/**
 * "Russian Foreign Ministry", "Russia’s Foreign Ministry", "New York Stock Exchange": an organisation's name
 * with the country or city before it, as one name (the city is then no place of the sentence).
 */
function organisation(run: NameRun, s: Sighting, text: string, found: Found): Omit<ActorDraft, 'sentence'> {
  const adjacent = (m: { end: number }) => m.end <= run.start && /^(\s|['’]s\s)$/.test(text.slice(m.end, run.start));
  const country = found.drafts.get(s.sentence.index)?.find((d) => d.kind === 'country' && adjacent(d));
  const city = found.places.get(s.sentence.index)?.find((p) => p.kind === 'city' && !p.preposition && adjacent(p) && /^\s$/.test(text.slice(p.end, run.start)));
  if (!country && city) {
    found.dropped.add(city);
    return { start: city.start, end: run.end, text: text.slice(city.start, run.end), kind: 'organization', name: normalizeSpace(text.slice(city.start, run.end)) };
  }
  if (!country) return { start: run.start, end: run.end, text: run.text, kind: 'organization', name: run.name };
  country.modifier = true;
  const known = (COUNTRY_FORMS.get(country.name) ?? []).map((form) => GAZETTEER.get(`${form} ${run.name}`.toLowerCase())).find((e) => e && e.kind !== 'place');
  return { start: country.start, end: run.end, text: text.slice(country.start, run.end), kind: 'organization', name: known?.name ?? normalizeSpace(text.slice(country.start, run.end)) };
}

/**
 * "Commissioner for Competition Neelie Kroes", "Director of Product Marketing Phil Schiller": after a title and
 * "of"/"for", a run of three words or more holds the end of the title and then the name, its last two words.
 */
function personAfterTitle(run: NameRun, tokens: readonly Token[], text: string): Omit<ActorDraft, 'sentence'> | undefined {
  const prev = tokens[run.first - 1];
  if (run.after - run.first < 3 || !prev || !['of', 'for'].includes(prev.lower) || !tokens[run.first - 2] || !TITLE_WORDS.has(tokens[run.first - 2].lower)) return undefined;
  const first = run.after - 2;
  const start = tokens[first].start;
  return { start, end: run.end, text: text.slice(start, run.end), kind: 'person', name: normalizeSpace(text.slice(start, run.end)), role: roleBefore(tokens, first, text) };
}

/** The names the gazetteer found, by sentence, for the names sighted next to them; and the places that turned out part of a name. */
interface Found {
  drafts: Map<number, ActorDraft[]>;
  places: Map<number, PlaceMention[]>;
  dropped: Set<PlaceMention>;
}

function bySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const list = map.get(item.sentence);
    if (list) list.push(item);
    else map.set(item.sentence, [item]);
  }
  return map;
}

/**
 * The preposition that makes the name at token `first` a place where something happened: the word before it
 * ("in Alba"), or the one before the place noun it names ("in the districts of Jajarkot and Rukum", "near the
 * town of Millbrook"), past the names joined to it by "and" or commas.
 */
function placePreposition(tokens: readonly Token[], first: number): string | undefined {
  let k = first - 1;
  while (k > 0 && (tokens[k].lower === 'and' || tokens[k].text === ',') && /^\p{Lu}/u.test(tokens[k - 1].text)) {
    k--;
    while (k > 0 && /^\p{Lu}/u.test(tokens[k].text)) k--;
  }
  if (tokens[k]?.lower === 'of' && PLACE_NOUNS.has(tokens[k - 1]?.lower ?? '')) {
    k -= 2;
    if (['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) k--;
  }
  const w = tokens[k]?.lower;
  return w && PLACE_PREPOSITIONS.has(w) ? w : undefined;
}

/** The draft (or place) a sighted name becomes, given the kind the article's evidence gives it. */
function emit(s: Sighting, kind: NameKind | undefined, shortForms: Set<string>, text: string, drafts: ActorDraft[], places: PlaceMention[], found: Found): void {
  const { run, tokens } = s;
  const push = (m: Omit<ActorDraft, 'sentence'>) => drafts.push({ ...m, sentence: s.sentence.index });
  const { shape } = s;
  const single = isSingleWord(run);
  const prev = tokens[run.first - 1];
  if (kind === 'place' && (shape === 'place' || (!s.headline && !shortForms.has(nameKey(run.name))))) {
    // "Calif." is California
    const region = regionAt(tokens.slice(run.first, run.after + 1).map((t) => t.text), 0);
    const name = region && region[1] >= run.after - run.first ? region[0] : run.name;
    places.push({ start: run.start, end: run.end, text: run.text, name, sentence: s.sentence.index, kind: 'city', preposition: placePreposition(tokens, run.first) });
    return;
  }
  if (shape === 'organization') return void push(organisation(run, s, text, found));
  // "Russia's Lavrov": a possessive country before a surname is a title of sorts ("Apple's Mac" is not)
  const isTitled = titled(tokens, run) || (!!prev && /['’]s$/.test(prev.lower) && (found.drafts.get(s.sentence.index) ?? []).some((d) => d.end === prev.start && d.kind === 'country'));
  // part of a longer capitalised phrase that we do not know ("Operation Inherent Resolve")
  if (!shape && !run.acronym && !single && prev && isCapitalized(prev.text) && !titled(tokens, run) && !TITLE_WORDS.has(prev.lower) && !gazetteerAt(tokens, run.first - 1)) return;
  const base = { start: run.start, end: run.end, text: run.text, name: run.name };
  if (s.headline) return void push({ ...base, kind: kind === 'place' ? 'person' : kind ?? 'person', single: true });
  if (kind === 'other') return void push(single ? { ...base, kind, single: true, fallback: kind } : { ...base, kind });
  if (kind === 'organization') return void push(single || run.acronym ? { ...base, kind, single: true, fallback: kind } : organisation(run, s, text, found));
  if (!single && !run.acronym) {
    if (kind !== 'person') return; // a name nothing tells the kind of ("Le Freak", "Single Market") is no actor
    return void push(personAfterTitle(run, tokens, text) ?? { ...base, kind: 'person', role: roleBefore(tokens, run.first, text) ?? roleBeforeComma(tokens, run.first, text) ?? appositionRole(tokens, run, text) });
  }
  if (isTitled) return void push({ ...base, kind: 'person', role: roleBefore(tokens, run.first, text) });
  // a surname of the article's people, or a person by its own context ("Vrenna, the company's chief engineer,")
  push({ ...base, kind: 'person', single: true, fallback: kind === 'person' ? 'person' : undefined, role: appositionRole(tokens, run, text) });
}

/**
 * Stage 05: finds actors (people with their titles, organisations, countries, groups, products and named
 * events as `other`) and places, by the gazetteer and by what names look like and the words around them,
 * and resolves the ways one article names the same actor to one entity: "Mr. Lavrov" and "Lavrov" to the
 * full name seen in the article, "Apple" to "Apple Inc.", "the Russian Foreign Minister" to the person
 * introduced with that title, "USA", "U.S." and "the United States" to United States, "Russian Federation"
 * to Russia, a one-letter misspelling of a surname with the same given name to that person.
 */
export function findActors(doc: TriggerDoc, _ctx: ArticleCtx): ActorDoc {
  const text = doc.article.text;
  const drafts: ActorDraft[] = [];
  const places: PlaceMention[] = [];
  const sightings: Sighting[] = [];
  doc.sentences.forEach((sentence, i) => scanSentence(sentence, doc.sentences[i + 1], text, drafts, places, sightings));
  const kinds = decideKinds(sightings);
  // The words that refer back to a longer name of the article: a person's surname, a company's first word.
  const shortForms = new Set<string>();
  for (const [key, kind] of kinds) {
    if (!key.includes(' ')) continue;
    if (kind === 'person') shortForms.add(key.split(' ').at(-1)!);
    else if (kind === 'organization' || kind === 'other') shortForms.add(nameKey(orgCore(key)));
  }
  const found: Found = { drafts: bySentence(drafts), places: bySentence(places), dropped: new Set() };
  for (const s of sightings) emit(s, kinds.get(nameKey(s.run.name)), shortForms, text, drafts, places, found);
  const kept = places.filter((p) => !found.dropped.has(p));

  const { entities, actorMentions } = resolveEntities(drafts);
  actorMentions.push(...roleMentions(doc.sentences, entities, actorMentions, text));
  for (const e of entities) {
    const words = e.name.split(' ');
    if (e.kind === 'person' && words.length > 1) e.aliases.push(words.at(-1)!.toLowerCase());
  }
  actorMentions.sort((a, b) => a.start - b.start || a.end - b.end);
  kept.sort((a, b) => a.start - b.start);
  return { ...doc, entities, actorMentions, places: kept };
}
