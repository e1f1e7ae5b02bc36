import { GAZETTEER } from '../actors/gazetteer.js';
import { isPerson, referentKind, resolveReferent, resolveRole, shortName } from './referents.js';
import { articleNames } from './article-names.js';
import { looksVerb, pluralNoun, render, span, type TitleSentence } from './title-sentence.js';
import { ARTICLES, NOUN_PREPOSITIONS, ORGANISATION_NOUNS, POSSESSIVES, PREPOSITIONS, SUBJECT_PRONOUNS } from './title-words.js';
import { verbGroup } from './verb-group.js';
import { subjectSpan, type Subject } from './subject.js';

/**
 * How a subject is written in a title: the names a pronoun or "the company" stands for, people by
 * surname, a phrase without its article and dates (subject.ts finds where the subject is).
 */

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
function firstSubject(ts: TitleSentence, end: number): { text: string; plural: boolean; from: number } | undefined {
  const { tokens } = ts;
  for (let v = 0; v < end; v++) {
    if (!looksVerb(ts, v)) continue;
    const s = subjectSpan(ts, verbGroup(ts, v).start, 3);
    const words = s && span(ts, s.from, s.to).filter((k) => !ARTICLES.has(tokens[k].lower));
    const person = (k: number) => ts.here.some((m) => isPerson(ts.entities[m.entity] ?? { name: '', kind: 'group' }) && tokens[k].start >= m.start && tokens[k].end <= m.end);
    if (!words?.length || words.some((k) => SUBJECT_PRONOUNS.has(tokens[k].lower) || person(k))) return undefined;
    return { text: render(ts, words), plural: words.some((k) => tokens[k].lower === 'and') || pluralNoun(ts, words.at(-1)!), from: words[0] };
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
  const whole = partitiveWhole(ts, indices);
  if (whole) text = `${render(ts, indices.slice(0, -1))} ${whole}`;
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

/**
 * What a partitive's pronoun counts from: "Two workers were taken to hospital, and one of them died" → "two
 * workers", the plural subject of the sentence (else of the sentence before) that names no person.
 */
function partitiveWhole(ts: TitleSentence, indices: number[]): string | undefined {
  const { tokens } = ts;
  const last = indices.at(-1)!;
  if (indices.length < 3 || !/^(?:them|those|these)$/.test(tokens[last].lower) || tokens[last - 1].lower !== 'of') return undefined;
  const previous = ts.previous();
  const whole = firstSubject(ts, indices[0]) ?? (previous && firstSubject(previous, previous.tokens.length));
  if (!whole?.plural) return undefined;
  const from = whole === undefined ? undefined : whole.from;
  const owner = firstSubject(ts, indices[0]) ? ts : previous!;
  return from !== undefined && !owner.name[from] ? whole.text.charAt(0).toLowerCase() + whole.text.slice(1) : whole.text;
}
