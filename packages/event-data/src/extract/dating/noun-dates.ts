import { clauses } from '../language/clauses.js';
import { LIGHT_VERBS } from '../triggers/lexicon.js';
import { bySentence } from '../spans/by-sentence.js';
import type { SentenceTimex, Token, Trigger, ActorDoc } from '../types.js';

const PREPOSITION_WORDS = new Set(['for', 'of', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'after', 'before', 'during', 'against', 'over', 'into']);
/** Auxiliaries and common verbs that end a noun phrase. */
const VERBISH = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'did', 'does', 'do', 'said', 'says', 'told', 'came', 'went', 'took', 'made', 'began', 'held', 'met']);
const BOUND = new Set(['after', 'before', 'since', 'until', 'following', 'amid']);
/** Words a title-case headline capitalises that are no part of a name ("Sales Rose In 2010"). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'as', 'than', 'until', 'till', 'through', 'between', 'within', 'throughout', 'around', 'about', 'early', 'late', 'mid', 'fiscal', 'year', 'summer', 'winter', 'spring', 'autumn', 'fall', 'season', 'by', 'since']);
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'been', 'be']);
const inside = (span: { start: number; end: number }, outer: { start: number; end: number }) => span.start >= outer.start && span.end <= outer.end;

/**
 * Whether a date expression only bounds a happening rather than dates it: a bound word governs it,
 * standing right before it ("since May", "until Friday", "after today", "by 2020", "from Monday"),
 * or it ends a range opened by one ("from May to July"); a period after "for" that a result covers
 * ("a loss for the fourth quarter") is not when it happened either. A bound word a few words earlier that
 * governs something else ("since the merger, sales rose on Monday") does not count.
 */
export function bounded(text: string, timex: SentenceTimex): boolean {
  const before = text.slice(Math.max(0, timex.start - 40), timex.start).toLowerCase();
  // …or governs the phrase the date completes: "since January of this year", "by the end of 2010"
  if (/\b(?:since|until|till|after|before|by|from|through|between)\s+(?:(?:the\s+)?[\p{L}\d]+\s+of\s+)?$/u.test(before)) return true;
  // "a premium of 27 percent over Friday's closing price", "up from last year's $1.55 billion": a possessive date
  // after a word of comparison dates the value compared with, not the happening
  if (/^['’]s\b/.test(text.slice(timex.end, timex.end + 3)) && /\b(?:over|than|above|below|versus|vs\.?|compared\s+(?:with|to))\s+$/.test(before)) return true;
  // "a net loss … for the fourth quarter", "sales for 2012": the period a result covers, not when it was told
  const period = /^\d{4}(?:-(?:Q\d|H\d|\d{2}|W\d{2}))?$/.test(timex.value);
  if (period && /\b(?:loss|losses|profits?|sales|earnings|revenues?|results|figures|growth|output|income|deficit|surplus|dividend|turnover)\b[^.;:]{0,40}\bfor\s+(?:the\s+)?$/.test(text.slice(Math.max(0, timex.start - 80), timex.start).toLowerCase())) return true;
  return /\b(?:from|between)\s+[^,;.:]{1,25}\s+(?:to|until|till|through|and)\s+$/.test(before);
}

/**
 * The rules by which a noun that names a happening takes a date of its clause, and a date is kept
 * from a verb because it belongs to a noun (`datable`: the expressions of each sentence that can date).
 */
export function nounDateRules(doc: ActorDoc, datable?: readonly SentenceTimex[][]) {
  // the triggers of one sentence, not of the whole article: asked for each trigger, a pass over all of them grows with the square of its length
  const triggers = bySentence(doc.triggers);
  const between = (t: Trigger, x: SentenceTimex) => {
    const [from, to] = x.start < t.start ? [x.end, t.start] : [t.end, x.start];
    // only the lexicon's happenings block: the event model marks nearly every verb, including those that only
    // carry the noun's date ("an interview … aired Wednesday", "a meeting set for Wednesday")
    return triggers.of(t.sentence).some((o) => o !== t && o.lexical && !o.learned && o.start >= from && o.end <= to);
  };
  // A noun takes a date of its clause only when no other happening stands between them ("a vote yesterday on … the attack").
  // …and only when the date belongs to the noun's phrase: before it as a modifier ("the 2015 Minsk agreement",
  // "last week's attack", "on Friday in a long speech"), or after it with no verb between ("the meeting on
  // Sunday", "an interview … aired Wednesday"), not across a verb ("in January foreshadowed … the election").
  const phraseDate = (t: Trigger, x: SentenceTimex) => {
    const tokens = doc.sentences[t.sentence].tokens;
    const verbish = (k: Token) => VERBISH.has(k.lower) || (/^\p{Ll}[\p{Ll}-]*ed$/u.test(k.text) && !k.text.includes('-'));
    if (x.end <= t.start) {
      const gap = tokens.filter((k) => k.start >= x.end && k.end <= t.start && !/^['’]s$/.test(k.text));
      // "cleared debris on Wednesday after the earthquake": a bound word between makes the noun the anchor
      return gap.length <= 3 && !gap.some(verbish) && !gap.some((k) => BOUND.has(k.lower));
    }
    let gap = tokens.filter((k) => k.start >= t.end && k.end <= x.start);
    // "the inauguration of Jair Bolsonaro took place on Monday": the verb only says the noun happened then
    const happened = /(?:^| )(?:took|takes|take|will take) place(?: on| in| at)?$|(?:^| )(?:happened|occurred)(?: on| in| at)?$/.exec(gap.map((k) => k.lower).join(' '));
    if (happened) gap = gap.slice(0, gap.length - happened[0].trim().split(' ').length);
    // a scheduled happening: "the meetings to be held today", "a meeting set for Wednesday"
    if (/^(to be \w+|set|scheduled|planned|slated|due)( (for|on|at))?$/.test(gap.map((k) => k.lower).join(' '))) return true;
    return gap.length <= 12 && !gap.slice(0, -1).some(verbish) && !(gap.length && VERBISH.has(gap[gap.length - 1].lower));
  };
  // A date that modifies a noun trigger ("after its 1990 invasion") is that noun's, not a verb's.
  const nounClaimed = (x: SentenceTimex) =>
    triggers.of(x.sentence).some((n) => {
      if (n.pos !== 'noun' || !n.lexical || n.learned || !inside(x, n.clause) || n.start < x.end || n.start - x.end > 25) return false;
      const gap = doc.sentences[n.sentence].tokens.filter((k) => k.start >= x.end && k.end <= n.start && !/^['’]s$/.test(k.text));
      return gap.length <= 2 && gap.every((k) => !PREPOSITION_WORDS.has(k.lower) && !VERBISH.has(k.lower));
    });
  // A possessive date ("this year's conference", "Monday's announcement") determines the noun phrase it opens,
  // and a bare year right after a capitalised word that is no function word is part of a name ("Worldwide
  // Developers Conference 2010", "Expo 2010", "Office 2007"). Either dates what its noun names; a verb takes it
  // only when its clause gives no other date ("Yesterday, at this year's conference, Jobs unveiled …" is
  // yesterday; "Last week's storm damaged 200 homes" is last week).
  const nameYear = (x: SentenceTimex) => {
    if (!/^\d{4}$/.test(x.text)) return false;
    const tokens = doc.sentences[x.sentence].tokens;
    const word = tokens[tokens.findIndex((t) => t.start >= x.start) - 1];
    return !!word && word.end + 1 >= x.start && /^\p{Lu}[\p{L}-]*$/u.test(word.text) && !PREPOSITION_WORDS.has(word.lower) && !BOUND.has(word.lower) && !FUNCTION_WORDS.has(word.lower);
  };
  const ofNounPhrase = (x: SentenceTimex) => /^['’]s\b/.test(doc.article.text.slice(x.end, x.end + 3)) || nameYear(x);
  // A date between a determiner and a name ("the 2008 Olympic Games", "the 2006 World Cup hosts") is part of what
  // the name calls; a verb takes it only when its clause gives no other date ("unveiled mascots for the 2008
  // Olympic Games Friday evening" is Friday; "led Senegal at the 2002 World Cup" is 2002).
  const beforeName = (x: SentenceTimex) => {
    const tokens = doc.sentences[x.sentence].tokens;
    const at = tokens.findIndex((t) => t.start >= x.start);
    const next = tokens.find((t) => t.start >= x.end);
    return at > 0 && ['the', 'its', 'their', 'his', 'her', 'this'].includes(tokens[at - 1].lower) && !!next && /^\p{Lu}\p{L}/u.test(next.text);
  };
  const clauseOf = (x: SentenceTimex) => {
    const tokens = doc.sentences[x.sentence].tokens;
    return clauses(tokens).of[tokens.findIndex((t) => t.start >= x.start)];
  };
  // the date right after a verb of saying is the telling's ("the election commission said on Monday")
  const toldDate = (o: SentenceTimex) => triggers.of(o.sentence).some((r) => r.reporting && r.end <= o.start && /^\s*(?:(?:on|in|at|late|early)\s+)?$/.test(doc.article.text.slice(r.end, o.start)));
  const claimed = (x: SentenceTimex) =>
    nounClaimed(x) ||
    // (another date of its clause, not a telling's: "won Sunday's run-off …, the commission said on Monday" is Sunday)
    (ofNounPhrase(x) && (datable?.[x.sentence] ?? []).some((o) => o !== x && !ofNounPhrase(o) && !nounClaimed(o) && !toldDate(o) && clauseOf(o) === clauseOf(x))) ||
    (beforeName(x) && (datable?.[x.sentence] ?? []).some((o) => o !== x && !beforeName(o) && !ofNounPhrase(o) && !nounClaimed(o) && clauseOf(o) === clauseOf(x)));
  // The object of a light verb ("held closed-door meetings", "launched an attack") is dated like that verb.
  const governed = (t: Trigger) => {
    const tokens = doc.sentences[t.sentence].tokens;
    for (let k = t.token - 1; k >= 0 && k >= t.token - 4; k--) {
      if (LIGHT_VERBS.has(tokens[k].lower)) return true;
      if (!/^[\p{L}\p{N}-]+$/u.test(tokens[k].text)) return false;
    }
    return false;
  };
  // The subject of a verb dated in its clause: "the lawsuit was filed in Delaware on Tuesday", "the vote ended
  // Monday": the verb tells when the noun's happening took place.
  const subjectOfDatedVerb = (t: Trigger, x: SentenceTimex) => {
    if (x.start < t.end) return false;
    const tokens = doc.sentences[t.sentence].tokens;
    const gap = tokens.filter((k) => k.start >= t.end && k.end <= x.start);
    let v = 0;
    while (v < gap.length && AUXILIARY.has(gap[v].lower)) v++;
    const verb = gap[v];
    if (!verb || !(v > 0 || /^\p{Ll}+ed$/u.test(verb.text)) || !/^\p{Ll}/u.test(verb.text)) return false;
    return gap.length <= 12 && !gap.slice(v + 1).some((k) => VERBISH.has(k.lower) || AUXILIARY.has(k.lower));
  };
  return { between, phraseDate, claimed, governed, subjectOfDatedVerb, ofNounPhrase };
}
