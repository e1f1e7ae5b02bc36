import { governed, NAME_JOINERS, phraseStart } from './phrase-start.js';
import { looksVerb, modifier, type TitleSentence } from './title-sentence.js';
import { ARTICLES, AUXILIARIES, CLAUSE_OPENING, GERUND_LEADS, NOUN_PREPOSITIONS, POSSESSIVES, PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS } from './title-words.js';
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



/** The comma that opens an aside ending at the comma `p` ("Jobs, born in San Francisco on February 24, 1955, has"), or -1. */
function asideStart(ts: TitleSentence, p: number): number {
  const { tokens } = ts;
  for (let c = p - 1; c > 0; c--) {
    const t = tokens[c];
    if ([';', ':', '“', '”', '"'].includes(t.text)) return -1;
    // "based in Portland, Oregon,": a place and its region, not the comma that opens the aside
    if (t.text === ',' && ts.name[c - 1] && ts.name[c + 1] && PREPOSITIONS.has(tokens[c - 2]?.lower ?? '')) continue;
    // "Gough, 35, who opted out …,": a person's age belongs to the aside
    if (t.text === ',' && /^\d{1,3}$/.test(tokens[c - 1]?.text ?? '') && tokens[c - 2]?.text === ',') {
      c -= 1;
      continue;
    }
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
    // past a person's age in apposition: "Gough, 35, who opted out"
    if (/^\d{1,3}$/.test(tokens[q]?.text ?? '') && tokens[q - 1]?.text === ',') q -= 2;
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
  // a name takes no phrase after it: one between a name (or its date) and the verb is an adjunct, and the
  // name the subject ("President Mwai Kibaki Tuesday in a televised speech conceded defeat"); but "of" joins its phrase to
  // a name too ("Chairman of the NC Omar al-Bashir")
  if (from >= 2 && PREPOSITIONS.has(tokens[from - 1].lower) && !CLAUSE_OPENING.has(tokens[from - 1].lower) && tokens[from - 1].lower !== 'of' && !ts.timex[from - 1] && !/^\p{Ll}+ing$/u.test(tokens[v]?.text ?? '')) {
    let q = from - 2;
    while (q >= 0 && (ts.timex[q] || (PREPOSITIONS.has(tokens[q].lower) && ts.timex[q + 1]))) q--;
    if (q >= 0 && ts.name[q] && (q < from - 2 || ts.name[from - 2])) {
      p = q;
      from = phraseStart(ts, p, 2);
      if (from < 0) return undefined;
    }
  }
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
