import { surnameOf, CASE_SENSITIVE, COUNTRY_FORMS, FIRST_WORDS, GAZETTEER, LONGEST_NAME, ORG_WORDS, PLACE_WORDS, ROLE_HEADS, TITLE_WORDS, nameKey, type GazetteerEntry } from '../gazetteer.js';
import { isCapitalized, normalizeSpace } from '../tokens.js';
import { editDistanceAtMostOne, splitPossessives } from '../names.js';
import type { ActorDoc, ActorMention, ArticleCtx, Entity, PlaceMention, Sentence, Token, TriggerDoc } from '../types.js';

/** Capitalised words that are not names: sentence openers, calendar words, common heading words. */
const NOT_NAME = new Set([
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
]);
const CONNECTORS = new Set(['of', 'the', 'to', 'in', 'for']);
const NAME_PARTICLES = new Set(['al', 'bin', 'ibn', 'de', 'van', 'von', 'der', 'la', 'du', 'da', 'di', 'le']);
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sen.', 'rep.', 'gov.', 'gen.', 'prof.']);
const CORE_TITLES = new Set([...TITLE_WORDS].filter((w) => !HONORIFICS.has(w) && !['state', 'foreign', 'defense', 'defence', 'interior', 'top', 'former', 'senior', 'vice', 'prime', 'deputy', 'head', 'chief'].includes(w)));
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'at', 'into', 'from', 'near', 'outside', 'inside', 'across', 'on', 'against']);


interface Raw extends ActorMentionDraft {
  sentence: number;
}
interface ActorMentionDraft {
  start: number;
  end: number;
  text: string;
  kind: Entity['kind'];
  name: string;
  role?: string;
  /** A bare surname or a hyphenated pair of surnames, resolved in a second pass. */
  single?: boolean;
  /** A country or organisation word that is part of a person's title ("Russian" in "Russian Foreign Minister"). */
  modifier?: boolean;
}

/** Role heads by their first word: "foreign" → [["foreign", "minister"]]. */
const ROLE_HEAD_WORDS = new Map<string, string[][]>();
for (const head of ROLE_HEADS) {
  const words = head.split(' ');
  ROLE_HEAD_WORDS.set(words[0], [...(ROLE_HEAD_WORDS.get(words[0]) ?? []), words].sort((a, b) => b.length - a.length));
}

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

/** The title before a name ("US Secretary of State", "spokesman of the Russian Foreign Ministry"), if there is one. */
function roleBefore(tokens: Token[], i: number, text: string): string | undefined {
  let j = i - 1;
  let first = -1;
  let hasTitle = false;
  while (j >= 0 && i - j <= 10) {
    const t = tokens[j];
    const title = TITLE_WORDS.has(t.lower);
    if (title || isCapitalized(t.text) || CONNECTORS.has(t.lower) || t.lower === 'ministry' || t.lower === 'department') {
      if (CORE_TITLES.has(t.lower)) hasTitle = true;
      if (title || isCapitalized(t.text) || t.lower === 'ministry' || t.lower === 'department') first = j;
      j--;
      continue;
    }
    break;
  }
  if (first < 0 || !hasTitle) return undefined;
  while (first < i && CONNECTORS.has(tokens[first].lower)) first++;
  if (first >= i) return undefined;
  if (NOT_NAME.has(tokens[first].lower) && !TITLE_WORDS.has(tokens[first].lower)) first++;
  const role = normalizeSpace(text.slice(tokens[first].start, tokens[i - 1].end)).replace(/^(?:the|a|an)\s+/i, '');
  return role && /\p{L}/u.test(role) ? role : undefined;
}

function scanSentence(sentence: Sentence, text: string, out: Raw[], places: PlaceMention[]): void {
  const tokens = splitPossessives(sentence.tokens);
  // Headlines capitalise every word: there, only names known from the body count.
  const headline = sentence.kind === 'headline' || sentence.kind === 'heading';
  const push = (m: ActorMentionDraft) => out.push({ ...m, sentence: sentence.index });
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
  const raw: Raw[] = [];
  const places: PlaceMention[] = [];
  for (const sentence of doc.sentences) scanSentence(sentence, text, raw, places);

  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const bySurname = new Map<string, number>();
  const ambiguous = new Set<string>();
  const actorMentions: ActorMention[] = [];
  const entityFor = (m: Raw): number | undefined => {
    const key = `${m.kind}:${nameKey(m.name)}`;
    let index = byKey.get(key);
    if (index === undefined && m.kind === 'person') {
      const words = nameKey(m.name).split(' ');
      // Same given name, surname one letter off ("Rex Tilleron"): a misspelling of a person already seen.
      index = entities.findIndex((e) => {
        if (e.kind !== 'person') return false;
        const other = nameKey(e.name).split(' ');
        return other.length === words.length && other[0] === words[0] && other.at(-1)!.length >= 5 && editDistanceAtMostOne(other.at(-1)!, words.at(-1)!);
      });
      if (index < 0) index = undefined;
      else byKey.set(key, index);
    }
    if (index === undefined) {
      index = entities.length;
      entities.push({ name: m.name, kind: m.kind, role: m.role, aliases: [] });
      byKey.set(key, index);
    } else if (m.role && !entities[index].role) entities[index].role = m.role;
    if (m.kind === 'person') {
      const surname = nameKey(surnameOf(m.name));
      const known = bySurname.get(surname);
      const full = entities[index].name.includes(' ');
      if (known === undefined) bySurname.set(surname, index);
      else if (known !== index && full && !entities[known].name.includes(' ')) bySurname.set(surname, index);
      // Two different people of the article share the surname ("Barack Obama", "Michelle Obama"): "Obama" alone is neither.
      else if (known !== index && full) ambiguous.add(surname);
    }
    return index;
  };

  // Full names first, so that bare surnames anywhere in the article can find them.
  const rank = (m: Raw) => (m.single ? 2 : m.kind === 'person' && !m.name.includes(' ') ? 1 : 0);
  const ordered = [...raw].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  for (const m of ordered) {
    if (m.modifier) continue;
    let index: number | undefined;
    const bare = m.kind === 'person' && !m.name.includes(' ');
    const surnameMatch = bare && !ambiguous.has(nameKey(m.name)) ? bySurname.get(nameKey(m.name)) : undefined;
    if (m.single) {
      index = byKey.get(`person:${nameKey(m.name)}`) ?? surnameMatch;
      if (index === undefined) continue;
    } else if (bare) {
      index = surnameMatch ?? entityFor(m);
    } else index = entityFor(m);
    if (index === undefined) continue;
    // "Prime Minister Ardern" after "Jacinda Ardern": the title belongs to the person the surname resolves to.
    if (m.kind === 'person' && m.role && !entities[index].role) entities[index].role = m.role;
    if (m.kind === 'person' && m.name.split(' ').length > entities[index].name.split(' ').length) entities[index].name = m.name;
    actorMentions.push({ start: m.start, end: m.end, sentence: m.sentence, text: m.text, entity: index });
  }

  // "the Russian Foreign Minister", "the ambassador": the one person introduced with that title.
  const people = entities.map((e, i) => [e, i] as const).filter(([e]) => e.kind === 'person' && e.role);
  if (people.length) {
    for (const sentence of doc.sentences) {
      const { tokens } = sentence;
      for (let k = 0; k < tokens.length; k++) {
        const head = ROLE_HEAD_WORDS.get(tokens[k].lower);
        if (!head) continue;
        const words = head.find((h) => h.every((w, n) => tokens[k + n]?.lower === w));
        if (!words) continue;
        const after = tokens[k + words.length];
        if (after && isCapitalized(after.text)) continue; // a title before a name, found already
        let d = k - 1;
        while (d >= 0 && k - d <= 3 && tokens[d].lower !== 'the' && tokens[d].lower !== 'new' && /^\p{L}/u.test(tokens[d].text)) d--;
        if (d < 0 || (tokens[d].lower !== 'the' && tokens[d].lower !== 'new')) continue;
        const modifiers = tokens.slice(d + 1, k).map((t) => t.lower.replace(/\./g, '')).filter((w) => w !== 'new' && w !== 'top' && w !== 'former');
        const roleHead = words.join(' ');
        const matches = people.filter(([e]) => {
          const role = e.role!.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ');
          return role.includes(roleHead) && modifiers.every((w) => role.includes(w));
        });
        if (matches.length !== 1) continue;
        const start = tokens[d].start;
        const end = tokens[k + words.length - 1].end;
        if (actorMentions.some((a) => a.start < end && a.end > start)) continue;
        actorMentions.push({ start, end, sentence: sentence.index, text: text.slice(start, end), entity: matches[0][1] });
      }
    }
  }

  for (const e of entities) {
    const words = e.name.split(' ');
    if (e.kind === 'person' && words.length > 1) e.aliases.push(words.at(-1)!.toLowerCase());
  }
  actorMentions.sort((a, b) => a.start - b.start || a.end - b.end);
  places.sort((a, b) => a.start - b.start);
  return { ...doc, entities, actorMentions, places };
}
