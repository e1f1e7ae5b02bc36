import { resolveEntities, type ActorDraft } from '../actor-entities.js';
import { HONORIFICS, TITLE_WORDS } from '../cue-words.js';
import { CASE_SENSITIVE, COUNTRY_FORMS, FIRST_WORDS, GAZETTEER, LONGEST_NAME, type GazetteerEntry } from '../gazetteer.js';
import { NAME_PARTICLES, NOT_NAME, ORG_WORDS, PLACE_WORDS } from '../name-words.js';
import { splitPossessives } from '../names.js';
import { roleBefore, roleMentions } from '../roles.js';
import { isCapitalized, normalizeSpace } from '../tokens.js';
import type { ActorDoc, ArticleCtx, PlaceMention, Sentence, Token, TriggerDoc } from '../types.js';

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'at', 'into', 'from', 'near', 'outside', 'inside', 'across', 'on', 'against']);

const isNameWord = (t: Token): boolean => isCapitalized(t.text) && !HONORIFICS.has(t.lower) && /^\p{Lu}[\p{Ll}’'\-]*\p{Ll}[\p{L}’'\-]*$/u.test(t.text) && !NOT_NAME.has(t.lower) && !ORG_WORDS.has(t.lower);

/** The longest gazetteer name starting at token i: [entry, width]. */
function gazetteerAt(tokens: Token[], i: number): [GazetteerEntry, number] | undefined {
  if ((!isCapitalized(tokens[i].text) && !tokens[i].lower.startsWith('al-')) || !FIRST_WORDS.has(tokens[i].lower)) return undefined;
  for (let w = Math.min(LONGEST_NAME, tokens.length - i); w >= 1; w--) {
    let key = tokens[i].lower;
    for (let k = 1; k < w; k++) key += ` ${tokens[i + k].lower}`;
    const entry = GAZETTEER.get(key);
    if (!entry) continue;
    const surface = tokens.slice(i, i + w).map((t) => t.text).join(' ');
    const bare = surface.replace(/\./g, '');
    if (w === 1 && CASE_SENSITIVE.has(bare.toUpperCase()) && bare !== bare.toUpperCase()) continue;
    return [entry, w];
  }
  return undefined;
}

function scanSentence(sentence: Sentence, text: string, out: ActorDraft[], places: PlaceMention[]): void {
  const tokens = splitPossessives(sentence.tokens);
  // Headlines capitalise every word: there, only names known from the body count.
  const headline = sentence.kind === 'headline' || sentence.kind === 'heading';
  const push = (m: Omit<ActorDraft, 'sentence'>) => out.push({ ...m, sentence: sentence.index });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const g = gazetteerAt(tokens, i);
    if (g) {
      const [entry, w] = g;
      const start = t.start;
      const end = tokens[i + w - 1].end;
      const surface = text.slice(start, end);
      const prev = tokens[i - 1]?.lower ?? '';
      if (entry.kind === 'place' || (entry.kind === 'country' && PLACE_PREPOSITIONS.has(prev)))
        places.push({ start, end, text: surface, name: entry.name, sentence: sentence.index, kind: entry.kind === 'place' ? 'city' : 'country', preposition: PLACE_PREPOSITIONS.has(prev) ? prev : undefined });
      if (entry.kind !== 'place') {
        const next = tokens[i + w];
        // A demonym or country before a title or an organisation word belongs to that title.
        const modifier = entry.kind === 'country' && !!next && (TITLE_WORDS.has(next.lower) || ORG_WORDS.has(next.lower) || (isCapitalized(next.text) && !!GAZETTEER.get(next.lower) && GAZETTEER.get(next.lower)!.kind === 'organization'));
        push({ start, end, text: surface, kind: entry.kind, name: entry.name, modifier });
      }
      i += w - 1;
      continue;
    }
    // "Foreign Ministry", "Defense Department": a title word that opens an organisation's name
    const opensOrganisation = isCapitalized(t.text) && !!tokens[i + 1] && ORG_WORDS.has(tokens[i + 1].lower) && isCapitalized(tokens[i + 1].text) && !NOT_NAME.has(t.lower);
    if (!opensOrganisation && (!isNameWord(t) || TITLE_WORDS.has(t.lower) || /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(t.text))) continue;
    // A run of capitalised words (with name particles): a person or an organisation.
    let j = i + 1;
    while (j < tokens.length && j - i < 5 && (isNameWord(tokens[j]) || ORG_WORDS.has(tokens[j].lower) && isCapitalized(tokens[j].text) || (NAME_PARTICLES.has(tokens[j].lower) && tokens[j + 1] && isCapitalized(tokens[j + 1].text)))) j++;
    const run = tokens.slice(i, j);
    const start = run[0].start;
    const end = run[run.length - 1].end;
    const surface = text.slice(start, end);
    const flat = normalizeSpace(surface);
    if (run.length >= 2 && PLACE_WORDS.has(run[run.length - 1].lower)) {
      const prev = tokens[i - 1]?.lower ?? '';
      places.push({ start, end, text: surface, name: flat, sentence: sentence.index, kind: 'city', preposition: PLACE_PREPOSITIONS.has(prev) ? prev : undefined });
      i = j - 1;
      continue;
    }
    if (run.some((r) => ORG_WORDS.has(r.lower))) {
      let s = start;
      let name = flat;
      const prev = out[out.length - 1];
      // "Russian Foreign Ministry", "Russia’s Foreign Ministry": the organisation of that country.
      if (prev && prev.sentence === sentence.index && prev.kind === 'country' && /^(\s|['’]s\s)$/.test(text.slice(prev.end, start))) {
        s = prev.start;
        prev.modifier = true;
        const known = (COUNTRY_FORMS.get(prev.name) ?? []).map((form) => GAZETTEER.get(`${form} ${flat}`.toLowerCase())).find((e) => e && e.kind !== 'place');
        name = known?.name ?? normalizeSpace(text.slice(s, end));
      }
      push({ start: s, end, text: text.slice(s, end), kind: 'organization', name });
      i = j - 1;
      continue;
    }
    const prev = tokens[i - 1];
    const titled = !!prev && (HONORIFICS.has(prev.lower) || TITLE_WORDS.has(prev.lower) || /['’]s$/.test(prev.lower));
    if (run.length >= 2 && i > 0 && isCapitalized(tokens[i - 1].text) && !TITLE_WORDS.has(tokens[i - 1].lower) && !HONORIFICS.has(tokens[i - 1].lower) && !gazetteerAt(tokens, i - 1)) {
      i = j - 1; // part of a longer capitalised phrase we do not know
      continue;
    }
    if (headline) {
      push({ start, end, text: surface, kind: 'person', name: flat, single: true });
    } else if (run.length >= 2) {
      push({ start, end, text: surface, kind: 'person', name: flat, role: roleBefore(tokens, i, text) });
    } else {
      push({ start, end, text: surface, kind: 'person', name: flat, role: titled ? roleBefore(tokens, i, text) : undefined, single: !titled });
    }
    i = j - 1;
  }
  // Hyphenated pairs of names: "Lavrov-Tillerson meeting".
  for (const t of tokens) {
    if (!t.text.includes('-') || !isCapitalized(t.text)) continue;
    const parts = t.text.split('-');
    if (parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p)) && !out.some((m) => m.start <= t.start && m.end >= t.end)) {
      let offset = t.start;
      for (const p of parts) {
        push({ start: offset, end: offset + p.length, text: p, kind: 'person', name: p, single: true });
        offset += p.length + 1;
      }
    }
  }
}


/**
 * Stage 05: finds actors (people with their titles, organisations, countries, groups) and places,
 * and resolves the ways one article names the same actor to one entity: "Mr. Lavrov" and "Lavrov"
 * to the full name seen in the article, "the Russian Foreign Minister" to the person introduced
 * with that title, "USA", "U.S." and "the United States" to United States, "Russian Federation"
 * to Russia, a one-letter misspelling of a surname with the same given name to that person.
 */
export function findActors(doc: TriggerDoc, _ctx: ArticleCtx): ActorDoc {
  const text = doc.article.text;
  const drafts: ActorDraft[] = [];
  const places: PlaceMention[] = [];
  for (const sentence of doc.sentences) scanSentence(sentence, text, drafts, places);
  const { entities, actorMentions } = resolveEntities(drafts);
  actorMentions.push(...roleMentions(doc.sentences, entities, actorMentions, text));
  for (const e of entities) {
    const words = e.name.split(' ');
    if (e.kind === 'person' && words.length > 1) e.aliases.push(words.at(-1)!.toLowerCase());
  }
  actorMentions.sort((a, b) => a.start - b.start || a.end - b.end);
  places.sort((a, b) => a.start - b.start);
  return { ...doc, entities, actorMentions, places };
}
