import { clauses } from '../language/clauses.js';
import { MULTIWORD, TRIGGERS, type LexEntry } from '../triggers/lexicon.js';
import { isCapitalized, quotedMask } from '../language/tokens.js';
import { canDate } from '../dating/time.js';
import { eventClasses } from '../eventiveness/recognize.js';
import { learnedWord } from '../triggers/learned-triggers.js';
import { clauseMood, verbMood, nounMood } from '../triggers/mood.js';
import { choose, nounPhrase } from '../triggers/noun-or-verb.js';
import { takesOffice, TAKE_OFFICE_VERBS } from '../triggers/office.js';
import { stillReporting, typeInContext } from '../triggers/type-in-context.js';
import { objectTypes } from '../triggers/object-type.js';
import { pastVerb } from '../language/past-verb.js';
import { ADVERBS, AUXILIARIES, CALENDAR_NAME, DETERMINERS, PREPOSITIONS, determinedAt } from '../language/word-classes.js';
import type { ArticleCtx, Sentence, TimedDoc, Token, Trigger, TriggerDoc } from '../types.js';

const SUBORDINATORS = new Set(['when', 'while', 'as', 'after', 'before', 'because', 'since', 'until', 'where']);
const PHRASAL_NOT_EVENT: Record<string, Set<string>> = {
  pass: new Set(['on', 'away', 'through', 'by', 'along']),
  passed: new Set(['on', 'away', 'through', 'by', 'along']),
  passes: new Set(['on', 'away', 'through', 'by', 'along']),
};

/** Matches the longest trigger starting at token i: [entries, width in tokens]. */
const MULTIWORD_BY_FIRST = new Map<string, string[][]>();
for (const words of MULTIWORD) MULTIWORD_BY_FIRST.set(words[0], [...(MULTIWORD_BY_FIRST.get(words[0]) ?? []), words]);

function match(tokens: Token[], i: number): [LexEntry[], number] | undefined {
  for (const words of MULTIWORD_BY_FIRST.get(tokens[i].lower) ?? []) {
    if (i + words.length > tokens.length) continue;
    if (words.every((w, k) => tokens[i + k].lower === w)) return [TRIGGERS.get(words.join(' '))!, words.length];
  }
  const entries = TRIGGERS.get(tokens[i].lower);
  return entries ? [entries, 1] : undefined;
}

function sentenceTriggers(sentence: Sentence, dated: Set<number>): Trigger[] {
  const { tokens } = sentence;
  const headline = sentence.kind === 'headline';
  const quoted = quotedMask(tokens);
  const { of, spans, resumes, relative } = clauses(tokens);
  const resumed = (token: number) => (resumes[of[token]] >= 0 ? { resumes: spans[resumes[of[token]]] } : {});
  // the words a trigger is typed with: its clause, and for a relative clause the noun it is about ("the earthquake, which hit …")
  const clauseOf = (i: number) => {
    const first = of.indexOf(of[i]);
    // a subordinate clause is typed with what it hangs on too: "floods of this scale in 1994, when 70 people were killed"
    // ("in 1994, when …" is a relative clause about the date, typed by what happened then like any "when" clause)
    const opener = tokens[first]?.lower ?? '';
    const reach = relative[of[i]] && opener !== 'when' ? 3 : SUBORDINATORS.has(opener) ? 6 : 0;
    // a clause resumed after an aside is typed with its start too: "The deal, approved by both boards, is expected to close"
    const resumedClause = resumes[of[i]];
    return tokens.filter((_, k) => of[k] === of[i] || (k < first && k >= first - reach) || (resumedClause >= 0 && of[k] === resumedClause));
  };
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = match(tokens, i);
    if (!found) continue;
    const [entries, width] = found;
    const t = tokens[i];
    const prev = tokens[i - 1];
    // A capitalised word inside a sentence is part of a name ("State Department", "Security Council").
    if (!headline && width === 1 && isCapitalized(t.text) && prev && !/^[“‘"'(«]$/.test(prev.text)) continue;
    const entry = choose(entries, tokens, i, headline);
    if (!entry) continue;
    const next = tokens[i + width];
    if (entry.pos === 'verb') {
      if (determinedAt(tokens, i)) continue; // "the banned agent": an adjective (but "Jobs first introduced" is a verb)
      if (PHRASAL_NOT_EVENT[t.lower]?.has(next?.lower ?? '')) continue;
      if (/ing$/.test(t.lower) && prev && !AUXILIARIES.has(prev.lower) && !ADVERBS.has(prev.lower) && !/^[,–—]$/.test(prev.text)) {
        // a gerund or participle used as a modifier ("the ongoing issues") is not a happening of its own
        if (prev && (PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower))) continue;
      }
    }
    const end = tokens[i + width - 1].end;
    const clause = spans[of[i]];
    const own = entry.pos === 'verb' ? verbMood(tokens, i, headline) : { mood: nounMood(tokens, i, width), passive: false };
    const { passive } = own;
    const np = entry.pos === 'noun' ? nounPhrase(tokens, i) : { determiner: '', namedModifier: false };
    const mood = clauseMood(tokens, i, of, entry.pos, own.mood, np.determiner);
    let type = typeInContext(entry.type, entry.lemma, clauseOf(i), t);
    let reporting = stillReporting(entry.reporting ?? false, entry.type, type);
    // "the Senate confirmed him" appoints; "officials confirmed (that) …" reports.
    if (entry.lemma === 'confirm' && next && ((isCapitalized(next.text) && !CALENDAR_NAME.test(next.text) && !/^(?:Today|Yesterday)$/.test(next.text)) || /^(him|her|them)$/.test(next.lower))) {
      type = 'vote';
      reporting = false;
    }
    // "welcomed Tillerson to Moscow" is a visit; "welcomed the extension" a statement.
    if (entry.lemma === 'welcome' && next && !isCapitalized(next.text)) {
      type = 'statement';
      reporting = true;
    }
    // "the arrival of Donald Trump in the White House", "arrived in office": taking office, not a visit.
    if (entry.lemma === 'arrive' || (entry.pos === 'noun' && t.lower === 'arrival')) {
      if (takesOffice(tokens, i + width - 1, 6, true)) type = 'election';
    }
    // "we agree (that) …", "agreed with" report a position; "agreed to", "agreed on" a deal.
    if (entry.lemma === 'agree' && !['to', 'on', 'upon'].includes(next?.lower ?? '')) {
      type = 'statement';
      reporting = true;
    }
    out.push({
      start: t.start,
      end,
      sentence: sentence.index,
      token: i,
      text: sentence.text.slice(t.start - sentence.start, end - sentence.start),
      lemma: entry.lemma,
      type,
      pos: entry.pos,
      mood,
      reporting,
      clause,
      ...resumed(i),
      determiner: np.determiner,
      namedModifier: np.namedModifier,
      quoted: quoted[i],
      passive,
      perfect: entry.pos === 'verb' && tokens[i - 1]?.lower === 'had' || (tokens[i - 1] && ADVERBS.has(tokens[i - 1].lower) && tokens[i - 2]?.lower === 'had'),
      lexical: true,
    });
    i += width - 1;
  }
  // Words the event model reads as happenings that the lexicon does not name: "died", "seized", "landed", "crisis".
  const classes = eventClasses(tokens);
  const covered = new Set(out.flatMap((t) => Array.from({ length: t.text.split(/\s+/).length }, (_, k) => t.token + k)));
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const word = learnedWord(tokens, i, classes[i], headline);
    if (!word) continue;
    const t = tokens[i];
    const own = word.pos === 'verb' ? verbMood(tokens, i, headline) : { mood: nounMood(tokens, i, 1), passive: false };
    const { passive } = own;
    const np = word.pos === 'noun' ? nounPhrase(tokens, i) : { determiner: '', namedModifier: false };
    const mood = clauseMood(tokens, i, of, word.pos, own.mood, np.determiner);
    const office = TAKE_OFFICE_VERBS.has(t.lower) && takesOffice(tokens, i, 3, t.lower === 'moved');
    const type = office ? 'election' : typeInContext(word.type, word.lemma, clauseOf(i), t);
    out.push({
      start: t.start, end: t.end, sentence: sentence.index, token: i, text: t.text, lemma: word.lemma, type, pos: word.pos, mood,
      reporting: stillReporting(word.reporting, word.type, type), clause: spans[of[i]], ...resumed(i), determiner: np.determiner, namedModifier: np.namedModifier,
      quoted: quoted[i], passive, perfect: word.pos === 'verb' && (tokens[i - 1]?.lower === 'had' || (!!tokens[i - 1] && ADVERBS.has(tokens[i - 1].lower) && tokens[i - 2]?.lower === 'had')),
      lexical: true,
      learned: true,
    });
  }
  // A clause with a date of its own but no trigger still reports a happening through its verb.
  for (let c = 0; c < spans.length; c++) {
    if (!dated.has(c) || out.some((t) => of[t.token] === c && t.pos === 'verb')) continue;
    const first = of.indexOf(c);
    const last = of.lastIndexOf(c) + 1;
    const i = pastVerb(tokens, first, last);
    if (i < 0 || quoted[i]) continue;
    // "The inauguration … took place on Monday": the noun before names the happening; the verb only dates it.
    const happens = (tokens[i].lower === 'took' && tokens[i + 1]?.lower === 'place') || ['happened', 'occurred', 'unfolded'].includes(tokens[i].lower);
    if (happens && out.some((t) => of[t.token] === c && t.token < i)) continue;
    const { mood, passive } = verbMood(tokens, i);
    const office = TAKE_OFFICE_VERBS.has(tokens[i].lower) && takesOffice(tokens, i, 3, tokens[i].lower === 'moved');
    out.push({
      start: tokens[i].start, end: tokens[i].end, sentence: sentence.index, token: i, text: tokens[i].text, lemma: tokens[i].lower,
      type: office ? 'election' : 'other', pos: 'verb', mood, reporting: false, clause: spans[c], ...resumed(i), determiner: '', namedModifier: false, quoted: false, passive, lexical: false,
    });
  }
  out.sort((a, b) => a.start - b.start);
  objectTypes(out, tokens, classes);
  // A noun right before another happening's noun modifies it: "suicide bombing attacks" are attacks.
  return out.filter((t, k) => !(t.pos === 'noun' && out[k + 1]?.pos === 'noun' && out[k + 1].token === t.token + 1));
}

/**
 * Stage 04: finds the words that name happenings (verbs and nouns such as met, talks, visit,
 * strike, vote, approved, banned, speech, interview) and types each in the closed vocabulary. Each
 * trigger records its clause, its mood (realis, future, irrealis, negated), its voice, and for
 * nouns the determiner and whether a name modifies it, which later stages use to date it and to
 * tell the article's main happening from other ones.
 */
export function findTriggers(doc: TimedDoc, _ctx: ArticleCtx): TriggerDoc {
  const triggers: Trigger[] = [];
  const datedClauses = new Map<number, Set<number>>();
  for (const timex of doc.timexes) {
    if (!canDate(timex)) continue;
    const sentence = doc.sentences[timex.sentence];
    const { of } = clauses(sentence.tokens);
    const k = sentence.tokens.findIndex((t) => t.start >= timex.start);
    if (k < 0) continue;
    const set = datedClauses.get(sentence.index) ?? new Set<number>();
    set.add(of[k]);
    datedClauses.set(sentence.index, set);
  }
  for (const sentence of doc.sentences)
    if (sentence.kind !== 'heading') triggers.push(...sentenceTriggers(sentence, datedClauses.get(sentence.index) ?? new Set()));
  return { ...doc, triggers };
}
