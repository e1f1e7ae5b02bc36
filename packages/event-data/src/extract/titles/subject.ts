import { GAZETTEER } from '../actors/gazetteer.js';
import { isPerson, referentKind, resolveReferent, resolveRole, shortName } from './referents.js';
import { articleNames } from './article-names.js';
import { governed, NAME_JOINERS, phraseStart } from './phrase-start.js';
import { looksVerb, modifier, pluralNoun, render, span, type TitleSentence } from './title-sentence.js';
import { ARTICLES, AUXILIARIES, NOUN_PREPOSITIONS, ORGANISATION_NOUNS, POSSESSIVES, PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS } from './title-words.js';
import { verbGroup } from './verb-group.js';
import { reducedRelativeSubject } from './reduced-relative.js';

/** A subject as a title writes it: "Apple Corps", "Lawmakers in Ottawa", "Jobs" for "he". */
export interface Subject {
  text: string;
  plural: boolean;
  /** Its tokens in the sentence (`to` exclusive). */
  from: number;
  to: number;
}

/** Words that lead a gerund clause: "by unveiling", "while introducing", "after meeting". */
export const GERUND_LEADS = new Set(['by', 'while', 'after', 'before', 'when', 'since', 'upon', 'on', 'without', 'through', 'in', 'whilst']);

/** The comma that opens an aside ending at the comma `p` ("Jobs, born in San Francisco on February 24, 1955, has"), or -1. */
function asideStart(ts: TitleSentence, p: number): number {
  const { tokens } = ts;
  for (let c = p - 1; c > 0; c--) {
    const t = tokens[c];
    if ([';', ':', '“', '”', '"'].includes(t.text)) return -1;
    // "based in Portland, Oregon,": a place and its region, not the comma that opens the aside
    if (t.text === ',' && ts.name[c - 1] && ts.name[c + 1] && PREPOSITIONS.has(tokens[c - 2]?.lower ?? '')) continue;
    if (t.text === ',' && !ts.timex[c]) return c < p - 1 && (modifier(ts, c - 1) || tokens[c - 1].text === ')') ? c : -1;
  }
  return -1;
}

/** The nearest verb before token `p` that has a subject of its own: the first verb of "X rose in 2004 and fell in 2005". */
export function previousVerb(ts: TitleSentence, p: number): number {
  for (let i = p; i >= 0; i--) {
    const t = ts.tokens[i];
    if ([';', ':', '“', '”'].includes(t.text) || RELATIVES.has(t.lower)) return -1;
    // a finite verb: not after an article or a possessive, nor an infinitive after "to"
    const before = ts.tokens[i - 1]?.lower ?? '';
    if (looksVerb(ts, i) && !ARTICLES.has(before) && !POSSESSIVES.has(before) && before !== 'to') return i;
  }
  return -1;
}

/** The tokens of the subject of the verb group that starts at token `v`. */
export function subjectSpan(ts: TitleSentence, v: number, depth = 0): { from: number; to: number } | undefined {
  const { tokens } = ts;
  let p = v - 1;
  // a date between subject and verb: "The Federal Reserve on Wednesday raised"
  while (p >= 0 && (ts.timex[p] || (PREPOSITIONS.has(tokens[p].lower) && ts.timex[p + 1]) || ['”', '"', '»'].includes(tokens[p].text))) p--;
  if (depth > 3) return undefined;
  // a gerund clause has the subject of the main clause: "Jobs rounded the services off by unveiling …",
  // "While introducing iPhone 4, Jobs started …"
  if (/^\p{Ll}+ing$/u.test(tokens[v]?.text ?? '') && (p < 0 || GERUND_LEADS.has(tokens[p].lower))) {
    const f = previousVerb(ts, p - 1);
    if (f >= 0) return subjectSpan(ts, verbGroup(ts, f).start, depth + 1);
    const comma = tokens.findIndex((t, k) => k > v && t.text === ',');
    for (let k = comma + 1; comma > 0 && k < tokens.length && k < comma + 8; k++) {
      if (looksVerb(ts, k) && !AUXILIARIES.has(tokens[k - 1]?.lower ?? '')) return subjectSpan(ts, verbGroup(ts, k).start, depth + 1);
    }
    return undefined;
  }
  if (p < 0) return undefined;
  const w = tokens[p].lower;
  if (RELATIVES.has(w) && w !== 'whose') {
    // a relative clause is about the noun phrase before it: "Pixar which was acquired", "the men who"
    let q = tokens[p - 1]?.text === ',' ? p - 2 : p - 1;
    // past the noun's date: "a mortar attack Friday that killed", "a coup in September that ousted"
    while (q > 0 && (ts.timex[q] || (PREPOSITIONS.has(tokens[q].lower) && ts.timex[q + 1]))) q--;
    // "who" is a person: "the recipient of the Order of Friendship, who", not "a case to anyone who"
    let from = phraseStart(ts, q, w === 'who' ? 0 : 1);
    if (w === 'who' && tokens[from - 1]?.lower === 'of' && modifier(ts, from - 2)) from = Math.max(0, phraseStart(ts, from - 2, 0));
    return from >= 0 ? { from, to: q + 1 } : undefined;
  }
  if (w === 'and' || w === 'or' || w === 'but' || w === ',') {
    const open = w === ',' ? asideStart(ts, p) : -1;
    // "Apple's vice-president of marketing, Greg Joswiak, indicated": a name in apposition is the subject
    if (open > 0 && p - open > 1 && tokens.slice(open + 1, p).every((t, n) => ts.name[open + 1 + n] || NAME_JOINERS.has(t.lower))) return { from: open + 1, to: p };
    if (open > 0) return subjectSpan(ts, open, depth + 1);
    // a second verb of one subject: "tripled in 2004, doubled in 2005 and increased by 16 percent"
    const f = previousVerb(ts, p - 1);
    return f >= 0 ? subjectSpan(ts, verbGroup(ts, f).start, depth + 1) : undefined;
  }
  // "there were …", and "This is …" at the start of a clause
  if (w === 'there' || (['this', 'that', 'these', 'those'].includes(w) && (p === 0 || /^[,;:“"‘(]$/u.test(tokens[p - 1].text)))) return { from: p, to: p + 1 };
  if (SUBJECT_PRONOUNS.has(w)) {
    if (tokens[p - 1]?.lower === 'and' && modifier(ts, p - 2)) return { from: Math.max(0, phraseStart(ts, p - 2, 0)), to: p + 1 };
    return { from: p, to: p + 1 };
  }
  if (!modifier(ts, p) && tokens[p].text !== ')') return undefined;
  // a subject may carry two phrases after its noun: "The value of the currency against the dollar fell",
  // "The former commander of French forces in Ivory Coast implicated"
  let from = phraseStart(ts, p, 2);
  if (from < 0) return undefined;
  // the phrase is the object of another verb: of an infinitive ("The decision by the US to strike the base broke"),
  // or of a relative clause ("developers that had been given access to the kit demonstrated")
  if (tokens[from - 2]?.lower === 'to' && from >= 3 && modifier(ts, from - 3)) {
    const outer = phraseStart(ts, from - 3, 1);
    if (outer >= 0) return { from: outer, to: p + 1 };
  }
  // or of a participle that follows the subject's noun: "Russian doctors treating Yegor Gaidar have detected",
  // "officials investigating the crash said"
  let to = p + 1;
  if (from >= 2 && /^\p{Ll}+ing$/u.test(tokens[from - 1].text) && modifier(ts, from - 2) && !ts.name[from - 2]) {
    const outer = phraseStart(ts, from - 2, 1);
    if (outer >= 0) [from, to] = [outer, from - 1];
  } else if (!/^\p{Ll}+ing$/u.test(tokens[v]?.text ?? '')) {
    // or of a past participle's clause, when the verb is the finite one: "Talks aimed at convincing North Korea
    // to give up its program began" (but "a commission of inquiry investigating" is the commission's)
    const head = reducedRelativeSubject(ts, from);
    if (head) ({ from, to } = head);
  }
  if (from > 0 && looksVerb(ts, from - 1)) {
    for (let r = from - 2; r > 0; r--) {
      if ([',', ';', ':'].includes(tokens[r].text)) break;
      if (['that', 'who', 'which'].includes(tokens[r].lower) && modifier(ts, r - 1)) {
        const outer = phraseStart(ts, r - 1, 1);
        return outer >= 0 ? { from: outer, to: r } : undefined;
      }
    }
  }
  // names joined by "and" or commas: "Tillerson, Lavrov and Putin", "Tim and the rest of the team"
  for (let n = 0; n < 3 && (tokens[from - 1]?.lower === 'and' || (n > 0 && tokens[from - 1]?.text === ',')) && modifier(ts, from - 2) && (ts.name[from - 2] || ts.name[from]); n++) {
    const prev = phraseStart(ts, from - 2, 0);
    if (prev < 0) break;
    if (governed(ts, prev - 1)) {
      // "Rail services between Turin and Genoa": the names are the phrase of the noun before them
      const q = prev - 2;
      if (NOUN_PREPOSITIONS.has(tokens[prev - 1].lower) || tokens[prev - 1].lower === 'between') if (q >= 0 && modifier(ts, q) && !ts.name[q]) from = Math.max(0, phraseStart(ts, q, 0));
      break;
    }
    from = prev;
  }
  return { from, to };
}

/**
 * The text of a phrase with each person in it by surname, with the titles and names that present them
 * ("talks with US Secretary of State Rex Tillerson" → "talks with Tillerson", "Rex Tillerson and I" → "Tillerson and I").
 */
export function renderNames(ts: TitleSentence, indices: number[], titledOnly = false): string {
  const { tokens } = ts;
  const people = ts.here.filter((m) => isPerson(ts.entities[m.entity] ?? { name: '', kind: 'group' }) && ts.entities[m.entity].name.includes(' '));
  if (!people.length) return render(ts, indices);
  const parts: string[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length) parts.push(render(ts, run));
    run = [];
  };
  for (let n = 0; n < indices.length; n++) {
    const m = people.find((x) => x.start === tokens[indices[n]].start);
    if (!m) {
      run.push(indices[n]);
      continue;
    }
    // the capitalised titles right before the name go with it ("US Secretary of State")
    const kept = run.length;
    while (run.length && (ts.name[run.at(-1)!] || (tokens[run.at(-1)!].lower === 'of' && ts.name[run.at(-1)! - 1])) && !ts.here.some((x) => x !== m && tokens[run.at(-1)!].start >= x.start && tokens[run.at(-1)!].end <= x.end)) run.pop();
    if (titledOnly && run.length === kept) {
      // a name with no title before it stays whole: "in honor of Martin Luther King"
      run.push(indices[n]);
      continue;
    }
    flush();
    while (n + 1 < indices.length && tokens[indices[n + 1]].start < m.end) n++;
    const within = tokens[indices[n]];
    const after = tokens[indices[n + 1]];
    let owner = within.end > m.end ? ts.sentence.text.slice(m.end - ts.sentence.start, within.end - ts.sentence.start) : '';
    if (!owner && after && after.start === m.end && /^['’]s?$/u.test(after.text)) {
      owner = after.text;
      n++;
    }
    parts.push(shortName(ts.entities[m.entity]) + owner);
  }
  flush();
  return parts.join(' ');
}

/** A pronoun or "the company" as the name it stands for; the other words as they are. */
function nameOf(ts: TitleSentence, indices: number[]): { text: string; plural?: boolean } | undefined {
  const { tokens } = ts;
  const first = tokens[indices[0]];
  const last = tokens[indices.at(-1)!];
  if (indices.length === 1 && SUBJECT_PRONOUNS.has(first.lower)) {
    const kind = referentKind(first.lower);
    const many = ['they', 'we'].includes(first.lower);
    // "The union said it could call further strikes": the subject of the sentence's first verb
    const own = kind === 'body' ? firstSubject(ts, indices[0]) : undefined;
    // the subject of a clause of time or reason stands for the main clause's subject: "CWE has taken part in three
    // projects in Laos since it entered the country", not for the place named in between
    if (own && !many && !own.plural && ADVERBIAL_OPENERS.has(tokens[indices[0] - 1]?.lower ?? '')) return { text: own.text, plural: false };
    // no name fits nearby: "The old ferry Marigold broke down twice. On February 3 it was taken out of service": a
    // pronoun most often continues the subject of the sentence before (here a thing, of the same number), not a
    // company named paragraphs back
    const previous = kind === 'body' && !own && !bodyNamedNear(ts, first.start) ? ts.previous() : undefined;
    const before = previous && firstSubject(previous, previous.tokens.length);
    if (before && before.plural === many) return { text: before.text, plural: many };
    const text = kind && resolveReferent(ts, kind, first.start, many, own?.text);
    return text ? { text, plural: text.includes(' and ') } : undefined;
  }
  // "the company", "his company": the organisation named before; "the ambassador": the person with that role
  const definite = indices.length === 1 ? ARTICLES.has(tokens[indices[0] - 1]?.lower ?? '') : indices.length === 2 && POSSESSIVES.has(first.lower);
  if (definite && ORGANISATION_NOUNS.has(last.lower)) {
    const text = resolveReferent(ts, 'company', first.start);
    if (text) return { text, plural: false };
  }
  if (definite && indices.length === 1 && /^\p{Ll}+$/u.test(first.text)) {
    const text = resolveRole(ts, first.lower, first.start);
    if (text) return { text, plural: false };
  }
  // a person named at the end of the phrase, after the words that present them: the surname ("French President
  // Emmanuel Macron" → "Macron"); a plain description and the full name stay when short ("Novelist Jane Doe")
  const text = render(ts, indices);
  const plain = (before: number[]) => before.length > 0 && before.length <= 2 && before.every((i) => /^\p{L}+$/u.test(tokens[i].text) && !ts.name[i] && !/^(president|minister|secretary|chancellor|ambassador|senator|governor|mayor|chief|general)$/.test(tokens[i].lower));
  const byName = /\b(with|in|to|for|from|at|on|by|and)\b/.test(text) ? undefined : articleNames(ts).personNamed(text);
  if (byName) return { text: plain(indices.slice(0, indices.length - byName.name.split(' ').length)) ? text : shortName(byName), plural: false };
  const person = ts.here.find((m) => m.end === last.end && m.start >= first.start && isPerson(ts.entities[m.entity] ?? { name: '', kind: 'group' }));
  if (person) {
    const before = indices.filter((i) => tokens[i].end <= person.start);
    // "talks with Secretary Rex Tillerson" are the talks; "the former chief executive officer of Apple Inc. Steve Jobs" is Jobs
    if (!before.some((i) => PREPOSITIONS.has(tokens[i].lower) && tokens[i].lower !== 'of' && !ts.name[i - 1]) && !before.some((i) => tokens[i].lower === 'and')) {
      const e = ts.entities[person.entity];
      return { text: plain(before) && e.name.includes(' ') ? text : shortName(e), plural: false };
    }
  }
  return undefined;
}

/** Words that open a clause of time or reason, whose pronoun subject continues the main clause's subject. */
const ADVERBIAL_OPENERS = new Set(['since', 'after', 'before', 'when', 'while', 'because', 'as', 'until', 'once', 'although', 'though']);

/** Whether an organisation, group or country is named in this sentence before `at` or in the sentence before. */
function bodyNamedNear(ts: TitleSentence, at: number): boolean {
  const fitting = articleNames(ts).fittingMentions('body');
  const last = fitting.sorted[fitting.firstAtOrAfter(at) - 1];
  return !!last && last.sentence >= ts.sentence.index - 1;
}

/**
 * The subject of the first verb before token `end`, when it is a noun phrase of no person ("the union",
 * "the old diesel ferry Marigold"), as written and with its number.
 */
function firstSubject(ts: TitleSentence, end: number): { text: string; plural: boolean } | undefined {
  const { tokens } = ts;
  for (let v = 0; v < end; v++) {
    if (!looksVerb(ts, v)) continue;
    const s = subjectSpan(ts, verbGroup(ts, v).start, 3);
    const words = s && span(ts, s.from, s.to).filter((k) => !ARTICLES.has(tokens[k].lower));
    const person = (k: number) => ts.here.some((m) => isPerson(ts.entities[m.entity] ?? { name: '', kind: 'group' }) && tokens[k].start >= m.start && tokens[k].end <= m.end);
    if (!words?.length || words.some((k) => SUBJECT_PRONOUNS.has(tokens[k].lower) || person(k))) return undefined;
    return { text: render(ts, words), plural: words.some((k) => tokens[k].lower === 'and') || pluralNoun(ts, words.at(-1)!) };
  }
  return undefined;
}

/**
 * The noun phrase of tokens `from`..`to` as a title writes it: without its article and dates, a pronoun
 * or "the company" as the name it stands for, a person presented by title and full name by surname.
 */
export function describe(ts: TitleSentence, from: number, to: number, plural?: boolean): Subject | undefined {
  const found = { from, to };
  const indices = span(ts, from, to);
  while (indices.length && (ARTICLES.has(ts.tokens[indices[0]].lower) || ['also', 'both', 'all', 'even', 'only', 'and'].includes(ts.tokens[indices[0]].lower))) indices.shift();
  if (!indices.length) return undefined;
  // "At least five policemen": the preposition belongs to the amount
  if (/^(?:least|most)$/.test(ts.tokens[indices[0]].lower) && ts.tokens[indices[0] - 1]?.lower === 'at') indices.unshift(indices[0] - 1);
  const { tokens } = ts;
  const named = nameOf(ts, indices);
  if (named) return { text: named.text, plural: named.plural ?? plural ?? false, ...found };
  if (indices.length === 1 && SUBJECT_PRONOUNS.has(tokens[indices[0]].lower)) return undefined;
  let text = renderNames(ts, indices);
  const possessive = POSSESSIVES.has(tokens[indices[0]].lower) ? referentKind(tokens[indices[0]].lower) : undefined;
  if (possessive) {
    // "their" stands for names joined by "and" when it stands for names at all ("Two people died when their car …")
    const their = tokens[indices[0]].lower === 'their';
    const owner = resolveReferent(ts, possessive, tokens[indices[0]].start, their);
    if (their && owner && !owner.includes(' and ')) return { text: renderNames(ts, indices.slice(1)), plural: plural ?? false, ...found };
    text = owner ? `${owner}’s ${renderNames(ts, indices.slice(1))}` : renderNames(ts, indices.slice(1));
  } else if (tokens[indices[0]].lower !== 'i' && SUBJECT_PRONOUNS.has(tokens[indices.at(-1)!].lower) && tokens[indices.at(-2)!]?.lower === 'and') {
    // "Rex Tillerson and I": the speaker of a quotation is "I"
    const kind = referentKind(tokens[indices.at(-1)!].lower);
    const who = kind && resolveReferent(ts, kind, ts.sentence.end);
    text = `${renderNames(ts, indices.slice(0, -2))} and ${who ?? ''}`.trim();
  }
  // "the United Nations Security Council" → "UN Security Council": the canonical name when the phrase is one
  // (a single word only when it is an acronym: "Kenyan" alone is a person, not Kenya)
  const known = GAZETTEER.get(text.toLowerCase());
  if (known && known.kind !== 'place' && (text.includes(' ') || /^[\p{Lu}.]+$/u.test(text))) text = known.name === 'United States' ? 'US' : known.name;
  // "the Americans", "the Russians": people of a country, many
  const people = known?.kind === 'country' && !text.includes(' ') && /s$/.test(text) && known.name.toLowerCase() !== text.toLowerCase();
  // the head noun stands before the first phrase joined to it ("shares of the company"), not inside a name ("Secretary of State")
  const cut = indices.findIndex((i, n) => n > 0 && NOUN_PREPOSITIONS.has(tokens[i].lower) && !(ts.name[i - 1] && ts.name[i + 1]));
  const head = cut > 0 ? indices[cut - 1] : indices.at(-1)!;
  // the head decides the number, not names joined in a phrase after it ("The trial of Hass and Priebke opens")
  const many = indices.some((i) => tokens[i].lower === 'and' && i < head) || pluralNoun(ts, head) || people;
  return { text, plural: plural ?? many, ...found };
}

/** The subject of the verb group that starts at token `v`, as a title writes it. */
export function subjectOf(ts: TitleSentence, v: number, plural?: boolean): Subject | undefined {
  const found = subjectSpan(ts, v);
  return found && describe(ts, found.from, found.to, plural);
}
