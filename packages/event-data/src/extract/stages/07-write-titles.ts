import { normalizeSpace } from '../tokens.js';
import { LIGHT_VERBS, THIRD_PERSON } from '../lexicon.js';
import { baseForm, thirdPerson } from '../morphology.js';
import { GAZETTEER, surnameOf } from '../gazetteer.js';
import type { Actor } from '../../schema/index.js';
import type { ArticleCtx, DatedDoc, DatedEvent, Sentence, TitledDoc, TitledEvent, Token } from '../types.js';

const MAX_TITLE = 80;
const STOP_OBJECT = new Set([',', ';', ':', '–', '—', '.', '(', ')', '“', '”', '"', '?', '!', 'which', 'who', 'whom', 'whose', 'while', 'because', 'although', 'after', 'before', 'since', 'when', 'where', 'as', 'if', 'but']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your']);
const DANGLING = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'the', 'a', 'an', 'that', 'as', 'about', 'into', 'between', 'against', 'over', 'its', 'their', 'his', 'her', 'also', 'both']);
const AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', "'ll", 'did', 'do', 'does', 'to', 'also', 'just', 'already', 'reportedly', 'likely', 'then', 'later', 'set', 'expected', 'scheduled', 'due', 'not', 'never', 'still', 'recently', 'finally', 'again']);
const PREP_BEFORE_TIME = new Set(['on', 'in', 'at', 'during', 'since', 'by', 'earlier', 'later', 'last', 'this', 'next', 'of']);
const NP_PREPOSITIONS = new Set(['of', 'on', 'with', 'between', 'against', 'by', 'in', 'at', 'to', 'into', 'over', 'for']);
const NOUN_VERB: Record<string, string> = { speech: 'delivers', interview: 'gives', visit: 'makes' };

/** Short form of an actor for a title: a person's surname, "US" for the United States. */
export function shortName(actor: Actor): string {
  if (actor.kind === 'person') return surnameOf(actor.name);
  if (actor.name === 'United States') return 'US';
  if (actor.name === 'United Kingdom') return 'UK';
  return actor.name;
}

const joinNames = (names: string[]): string => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Caps a title at about 80 characters on a word boundary and drops dangling function words. */
export function tidy(title: string, keepEnd = ''): string {
  let t = normalizeSpace(title.replace(/(^|\s)(''|``|'|`)(?=\s|$)/g, ' ')).replace(/\s+([,.;:!?])/g, '$1').replace(/[“”"‘’]/g, (q) => (q === '’' ? q : '')).trim();
  // headline style writes the short forms without periods: "USA assessment", "U.N. envoy" → "US assessment", "UN envoy"
  t = t.replace(/(^|[\s(])(?:U\.S\.A\.|U\.S\.(?!\p{L})|USA\b)/gu, '$1US').replace(/(^|[\s(])([UE])\.([NKU])\.(?!\p{L})/gu, (m, pre: string, a: string, b: string) => (`${a}${b}` === 'UN' || `${a}${b}` === 'UK' || `${a}${b}` === 'EU' ? `${pre}${a}${b}` : m));
  if (t.length > MAX_TITLE) t = t.slice(0, MAX_TITLE + 1).replace(/\s+\S*$/, '');
  let words = t.split(' ');
  // `keepEnd`: a phrasal verb's particle is not a dangling word ("Johnson sworn in")
  const keep = keepEnd.includes(' ') && t.toLowerCase().endsWith(` ${normalizeSpace(keepEnd).toLowerCase()}`);
  while (!keep && words.length > 2 && (DANGLING.has(words.at(-1)!.toLowerCase()) || /[,;:–—-]$/.test(words.at(-1)!))) {
    const last = words.at(-1)!;
    if (/[,;:–—-]$/.test(last) && !DANGLING.has(last.replace(/[,;:–—-]+$/, '').toLowerCase())) words[words.length - 1] = last.replace(/[,;:–—-]+$/, '');
    else words = words.slice(0, -1);
  }
  // headlines leave out articles: "Sarin attack on town", "Tillerson provides Congress with list of entities"
  // (but not inside a name: "State of the Union")
  const inName = (i: number) => words[i - 1] === 'of' && /^\p{Lu}/u.test(words[i - 2] ?? '') && /^\p{Lu}/u.test(words[i + 1] ?? '');
  t = words.filter((w, i) => i === 0 || !/^(a|an|the)$/.test(w) || inName(i)).join(' ').replace(/[,;:–—-]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "Tillerson and Lavrov meet in Moscow": the title of a meeting from its participants and place. */
export function meetingTitle(actors: Actor[], place?: string): string | undefined {
  const persons = actors.filter((a) => a.kind === 'person');
  const named = actors.filter((a) => a.kind !== 'country');
  const pool = persons.length >= 2 ? persons : named.length >= 2 ? named : actors;
  if (pool.length < 2) return undefined;
  const names = pool.slice(0, 3).map(shortName);
  return tidy(`${joinNames(names)} meet${place && !names.includes(place) ? ` in ${place}` : ''}`);
}

/** Present tense of a verb for a headline: "met" → "meets" / "meet", "has banned" → "bans". */
function present(event: DatedEvent, verb: Token, plural: boolean): string {
  const base = event.trigger.lexical && verb.lower === event.trigger.text.toLowerCase() ? event.trigger.lemma.split(' ')[0] : baseForm(verb.lower);
  const rest = event.trigger.lexical && verb.lower === event.trigger.text.toLowerCase() ? event.trigger.lemma.split(' ').slice(1).join(' ') : '';
  const form = plural ? base : THIRD_PERSON.get(base) ?? thirdPerson(base);
  return rest ? `${form} ${rest}` : form;
}

const inTimex = (t: Token, timexSpans: Array<{ start: number; end: number }>): boolean => timexSpans.some((x) => t.start >= x.start && t.end <= x.end);

/** Words after position `from`, up to a clause boundary, without date expressions: the object of a verb. */
function objectWords(sentence: Sentence, from: number, clauseEnd: number, timexSpans: Array<{ start: number; end: number }>, max = 9, event?: DatedEvent): string[] {
  const words: string[] = [];
  const { tokens } = sentence;
  for (let i = from; i < tokens.length && words.length < max; i++) {
    const t = tokens[i];
    if (t.start >= clauseEnd) break;
    // a list goes on after a comma ("goods, services or technology"); a clause does not
    const next = tokens[i + 1];
    if (t.text === ',' && words.length > 0 && next && /^\p{Ll}/u.test(next.text) && !/(ing|ed)$/.test(next.lower) && !STOP_OBJECT.has(next.lower) && next.start < clauseEnd) {
      words[words.length - 1] += ',';
      continue;
    }
    if (STOP_OBJECT.has(t.lower) && words.length > 0) break;
    if (STOP_OBJECT.has(t.lower)) continue;
    if (event && inTimex(t, timexSpans)) {
      // a date right after the verb is skipped ("deliver on Tuesday a speech"); after the object it ends it
      if (words.length && PREP_BEFORE_TIME.has(words.at(-1)!.toLowerCase())) words.pop();
      if (words.length) break;
      continue;
    }
    if (t.lower === 'that' && words.length >= 3) break;
    if (timexSpans.some((x) => x.start === tokens[i + 1]?.start) && PREP_BEFORE_TIME.has(t.lower)) continue;
    if (t.lower === 'and' && words.length >= 3) break;
    words.push(t.text);
    // cut by the word limit while the clause goes on: a trailing participle phrase would be left half-said
    // ("resolution demanding the Syrian government [cooperate …]"), so the object ends at its noun instead
    if (words.length === max && tokens[i + 1] && tokens[i + 1].start < clauseEnd && !STOP_OBJECT.has(tokens[i + 1].lower)) {
      const k = words.findIndex((w, n) => n >= 2 && /^\p{Ll}{3,}ing$/u.test(w) && !NP_PREPOSITIONS.has(words[n - 1].toLowerCase()) && !DETERMINERS.has(words[n - 1].toLowerCase()));
      if (k > 0) words.length = k;
      break;
    }
  }
  while (words.length && DETERMINERS.has(words[0].toLowerCase())) words.shift();
  return words;
}

/** Auxiliaries, participles and past tenses: where a noun phrase ends when read backwards from its verb. */
const verbLike = (t: Token): boolean =>
  AUX.has(t.lower) && !['also', 'just', 'already', 'reportedly', 'likely', 'then', 'later', 'still', 'recently', 'finally', 'again'].includes(t.lower) ||
  LIGHT_VERBS.has(t.lower) || /^\p{Ll}[\p{Ll}]*(ed|ing)$/u.test(t.text) && !/(red|eed)$/.test(t.lower) || ['said', 'says', 'told', 'paid', 'made', 'went', 'came', 'took', 'gave'].includes(t.lower);

/** A pronoun subject stands for the person the event names, when it names one. */
function pronounSubject(event: DatedEvent, words: string[]): { text: string; plural: boolean } | undefined {
  const person = event.actors.find((a) => a.kind === 'person');
  if (person) return { text: shortName(person), plural: false };
  if (!words.length) return undefined;
  return { text: words.join(' '), plural: /^(they|we)$/i.test(words[0]) };
}

/** The subject: actors named before the verb in its clause, else the noun phrase right before it. */
function subjectOf(event: DatedEvent, sentence: Sentence, verbIndex: number): { text: string; plural: boolean; relative?: boolean } | undefined {
  const { tokens } = sentence;
  const { resumes } = event.trigger;
  // After an aside (", who spoke on Sunday,"), the subject stands before the aside.
  if (resumes) verbIndex = tokens.findIndex((t) => t.start >= resumes.end) ;
  const clauseStart = resumes ? resumes.start : event.trigger.clause.start;
  // The actor named last before the verb, with any joined to it by "and" or a comma: the subject.
  const verbAt = tokens[verbIndex].start - sentence.start;
  const placed = event.actors
    .map((a) => {
      const names = a.kind === 'person' ? [surnameOf(a.name)] : [a.name, shortName(a), ...(a.name === 'United States' ? ['U.S.', 'USA', 'America'] : [])];
      const at = Math.max(...names.map((n) => sentence.text.lastIndexOf(n, verbAt - n.length)));
      const name = names.find((n) => sentence.text.lastIndexOf(n, verbAt - n.length) === at) ?? names[0];
      return { a, at, end: at + name.length };
    })
    .filter((p) => p.at >= 0 && sentence.start + p.at >= clauseStart - 1 && p.end <= verbAt)
    .sort((x, y) => y.at - x.at);
  const before: Actor[] = [];
  for (const p of placed) {
    const gap = before.length ? sentence.text.slice(p.end, placed[before.length - 1].at) : sentence.text.slice(p.end, verbAt);
    if (before.length && !/^\s*(,|and|, and)\s*$/.test(gap)) break;
    if (!before.length && !/^[^,;:()“”"]*$/.test(gap)) break;
    before.push(p.a);
  }
  before.reverse();
  const people = before.filter((a) => a.kind === 'person');
  const persons = people.length ? people : before.filter((a) => a.kind !== 'country');
  const chosen = persons.length ? persons : before;
  let j = verbIndex - 1;
  while (j >= 0 && AUX.has(tokens[j].lower)) j--;
  // A country right before the verb is the subject ("the United States has banned"); a country inside
  // a longer phrase is not ("forensic experts in Turkey said").
  const countryOnly = !persons.length && chosen.length > 0 && j > 0 && NP_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '');
  if (chosen.length && !countryOnly) return { text: joinNames(chosen.slice(0, 3).map(shortName)), plural: chosen.length > 1 };
  j = verbIndex - 1;
  while (j >= 0 && AUX.has(tokens[j].lower)) j--;
  const end = j;
  let preps = 0;
  while (j >= 0 && tokens[j].start >= clauseStart && !STOP_OBJECT.has(tokens[j].lower) && !verbLike(tokens[j]) && end - j < 6) {
    if (NP_PREPOSITIONS.has(tokens[j].lower) && (++preps > 1 || j === end)) break;
    j--;
  }
  while (j + 1 <= end && NP_PREPOSITIONS.has(tokens[j + 1].lower)) j++;
  let words = tokens.slice(j + 1, end + 1).map((t) => t.text);
  // "announced that troops had launched": "that" opens the clause, the subject follows it
  if (words[0]?.toLowerCase() === 'that' && words.length > 1) words = words.slice(1);
  let relative = false;
  if (['who', 'which', 'that'].includes(words[0]?.toLowerCase() ?? '') || words.length === 0) {
    relative = true;
    // a relative clause: the subject is the noun phrase before "who"
    const rel = tokens.findIndex((t) => t.start >= clauseStart);
    if (rel > 0 && ['who', 'which', 'that'].includes(tokens[rel].lower)) {
      const last = tokens[rel - 1]?.text === ',' ? rel - 2 : rel - 1;
      let k = last;
      let relPreps = 0;
      // "who" refers to the nearest noun phrase ("the men who"); "which" may take its prepositional phrase ("the pause in fighting, which")
      const maxPreps = tokens[rel].lower === 'who' ? 0 : 1;
      while (k >= 0 && !STOP_OBJECT.has(tokens[k].lower) && !verbLike(tokens[k]) && last - k < 6 && !(NP_PREPOSITIONS.has(tokens[k].lower) && (++relPreps > maxPreps || k === last))) k--;
      words = tokens.slice(k + 1, last + 1).map((t) => t.text);
    } else words = words.filter((w) => !['who', 'which', 'that'].includes(w.toLowerCase()));
  }
  while (words.length && (DETERMINERS.has(words[0].toLowerCase()) || NP_PREPOSITIONS.has(words[0].toLowerCase()))) words.shift();
  if (!words.length || /^(he|she|it|they|we|i|you|who|which)$/i.test(words.join(' '))) return pronounSubject(event, words);
  // "the United Nations Security Council" → "UN Security Council": the canonical name when the phrase is one
  const known = GAZETTEER.get(words.join(' ').toLowerCase());
  if (known && known.kind !== 'place') words = [known.name === 'United States' ? 'US' : known.name];
  const text = words.join(' ');
  const prep = words.findIndex((w) => NP_PREPOSITIONS.has(w.toLowerCase()));
  const head = words[(prep > 0 ? prep : words.length) - 1];
  return { text, relative, plural: /\band\b/.test(text) || /^(they|we|both|two)$/i.test(text) || (/s$/.test(head) && !/ss$|us$/.test(head) && !/^\p{Lu}/u.test(head)) };
}

/** Nouns that say nothing of what was said: "a fact, reiterated by Putin" reiterates what the speaker said. */
const EMPTY_NOUNS = new Set(['fact', 'point', 'thing', 'view', 'idea', 'notion', 'message', 'position', 'stance', 'statement', 'remark', 'remarks', 'words']);
const SAYING = new Set(['said', 'says', 'told', 'stated', 'noted', 'stressed', 'added', 'argued', 'insisted', 'explained', 'warned', 'wrote']);

/**
 * What a reduced passive ("…, reiterated by Putin", "the plan, endorsed by the cabinet") is about: the noun
 * phrase before the comma; when that noun says nothing ("a fact", "the point"), the point of the speaker the
 * sentence quotes ("Lavrov said … a fact, reiterated by Putin" → "Lavrov’s point"). Empty when neither is there.
 */
function antecedent(tokens: Token[], verbIndex: number, agent: string): string {
  let k = verbIndex - 1;
  while (k >= 0 && AUX.has(tokens[k].lower)) k--;
  if (tokens[k]?.text !== ',') return '';
  const end = k - 1;
  let j = end;
  while (j >= 0 && end - j < 4 && /^[\p{L}\p{N}-]+$/u.test(tokens[j].text) && !DETERMINERS.has(tokens[j].lower) && !STOP_OBJECT.has(tokens[j].lower) && !NP_PREPOSITIONS.has(tokens[j].lower) && !AUX.has(tokens[j].lower) && !verbLike(tokens[j])) j--;
  const words = tokens.slice(j + 1, end + 1).map((t) => t.text);
  if (!words.length || /^(he|she|it|they|we|i|you|this|that|which|who)$/i.test(words.join(' '))) return '';
  if (!EMPTY_NOUNS.has(words.at(-1)!.toLowerCase())) return words.join(' ');
  // the speaker: a name right before a verb of saying earlier in the sentence, not the agent itself
  for (let s = j; s > 0; s--) {
    if (SAYING.has(tokens[s].lower) && isNameToken(tokens[s - 1]) && !agent.includes(tokens[s - 1].text)) return `${tokens[s - 1].text}’s point`;
  }
  return words.join(' ');
}

const isNameToken = (t: Token): boolean => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !DETERMINERS.has(t.lower);

function verbTitle(event: DatedEvent, verbIndex: number, objectFrom: number, timexSpans: Array<{ start: number; end: number }>): string {
  const sentence = event.sentence;
  const { tokens } = sentence;
  const verb = tokens[verbIndex];
  let subject = subjectOf(event, sentence, verbIndex);
  let objectStart = objectFrom;
  if (event.trigger.passive) {
    // the agent follows closely: "approved by parliament", "reiterated by Russian President Putin"
    const by = tokens.findIndex((t, i) => i > verbIndex && i <= verbIndex + 3 && t.lower === 'by' && t.start < event.trigger.clause.end);
    if (by > 0) {
      const agent = objectWords(sentence, by + 1, event.trigger.clause.end, timexSpans, 5, event);
      const agentText = agent.join(' ');
      let patient = subject && !subject.relative && !agent.join(' ').includes(subject.text) ? subject.text : '';
      if (!patient || /^(he|she|it|they|we|i|you|this|that)$/i.test(patient)) patient = antecedent(tokens, verbIndex, agentText);
      const v = present(event, verb, false);
      const named = event.actors.find((a) => agentText.includes(a.name.split(' ').at(-1)!));
      return tidy(`${named ? shortName(named) : agentText} ${v} ${patient}`);
    }
    // no agent: a headline's passive, "Kavanaugh sworn in as 114th justice"
    const object = objectWords(sentence, objectStart, event.trigger.clause.end, timexSpans, 8, event);
    const said = event.trigger.lexical ? event.trigger.text : verb.text;
    return tidy(`${subject?.text ?? ''} ${said} ${object.join(' ')}`, object.length ? '' : said);
  }
  if (event.trigger.reporting) {
    // what was said: the words after the verb, past the date and a leading "that", to the end of the sentence
    const words = objectWords(sentence, objectStart, sentence.end, timexSpans, 9, event).filter((w, i) => !(i === 0 && w.toLowerCase() === 'that'));
    subject ??= { text: '', plural: false };
    return tidy(`${subject.text} ${present(event, verb, subject.plural)} ${words.join(' ')}`);
  }
  const object = objectWords(sentence, objectStart, event.trigger.clause.end, timexSpans, 9, event);
  subject ??= { text: '', plural: false };
  let title = `${subject.text} ${present(event, verb, subject.plural)} ${object.join(' ')}`;
  if (event.place && !title.includes(event.place) && ['meeting', 'visit', 'attack', 'military-action'].includes(event.trigger.type)) title += ` in ${event.place}`;
  return tidy(title);
}

/** The noun phrase of a noun trigger: "Minsk agreement on the conflict in Ukraine". */
function nounPhrase(event: DatedEvent, timexSpans: Array<{ start: number; end: number }>): string {
  const { tokens } = event.sentence;
  const i = event.trigger.token;
  let k = i - 1;
  const stopsPhrase = (t: Token) =>
    DETERMINERS.has(t.lower) || STOP_OBJECT.has(t.lower) || NP_PREPOSITIONS.has(t.lower) || AUX.has(t.lower) || LIGHT_VERBS.has(t.lower) ||
    /['’]s$/.test(t.lower) || (/^\p{Ll}.*(ing|ed)$/u.test(t.text) && !t.text.includes('-') && !/(red|ied)$/.test(t.lower));
  while (k >= 0 && i - k <= 3 && !stopsPhrase(tokens[k])) k--;
  const pre = tokens.slice(k + 1, i).filter((t) => !timexSpans.some((x) => t.start >= x.start && t.end <= x.end) && !/['’]s$/.test(t.text)).map((t) => t.text);
  const triggerWidth = event.trigger.text.split(/\s+/).length;
  const post: string[] = [];
  let j = i + triggerWidth;
  let preps = 0;
  while (j < tokens.length && post.length < 7) {
    const t = tokens[j];
    if (timexSpans.some((x) => t.start >= x.start && t.end <= x.end)) break;
    if (STOP_OBJECT.has(t.lower) || t.start >= event.trigger.clause.end) break;
    if (NP_PREPOSITIONS.has(t.lower)) {
      if (++preps > 2 || timexSpans.some((x) => x.start === tokens[j + 1]?.start)) break;
    } else if (preps === 0) break;
    if (/(ed|ing)$/.test(t.lower) && !/^\p{Lu}/u.test(t.text) && post.length > 1) break;
    // the verb of the clause ends the phrase: "inauguration of Jair Bolsonaro | took place"
    if (post.length && /^\p{Ll}/u.test(t.text) && (AUX.has(t.lower) || LIGHT_VERBS.has(t.lower) || ['took', 'happened', 'occurred', 'began', 'ended', 'came', 'went'].includes(t.lower))) break;
    post.push(t.text);
    j++;
  }
  return [...pre, event.trigger.text, ...post].join(' ');
}

/** A short human title for one event of one article. */
export function titleFor(event: DatedEvent, dates: Array<{ start: number; end: number }> = event.timex ? [event.timex] : []): string {
  // every date expression of the sentence is left out of the title, not only the event's own
  const sentenceTimexSpans = dates;
  const { tokens } = event.sentence;
  const i = event.trigger.token;
  const width = event.trigger.text.split(/\s+/).length;
  if (event.trigger.type === 'meeting' && event.actors.filter((a) => a.kind !== 'country').length >= 2) {
    const title = meetingTitle(event.actors, event.place);
    if (title) return title;
  }
  if (event.trigger.pos === 'verb') return verbTitle(event, i, i + width, sentenceTimexSpans);
  // A noun under a light verb: "held talks", "delivered a speech".
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (LIGHT_VERBS.has(tokens[k].lower) && tokens[k].start >= event.trigger.clause.start) {
      const object = nounPhrase(event, sentenceTimexSpans);
      const subject = subjectOf(event, event.sentence, k);
      const w = tokens[k].lower;
      const base = w === 'has' || w === 'having' ? 'have' : w.endsWith('ing') ? baseForm(`${w.slice(0, -3)}ed`) : /[^s]s$/.test(w) ? w.slice(0, -1) : baseForm(w);
      const verb = subject?.plural ? base : thirdPerson(base);
      if (subject) return tidy(`${subject.text} ${verb} ${object.replace(/^(the|a|an)\s+/i, '')}`);
    }
  }
  const np = nounPhrase(event, sentenceTimexSpans).replace(/^(the|a|an)\s+/i, '');
  const person = event.actors.find((a) => a.kind === 'person');
  const verb = NOUN_VERB[event.trigger.type];
  if (verb && person && !np.includes(shortName(person))) return tidy(`${shortName(person)} ${verb} ${np}`);
  return tidy(np);
}

/**
 * Stage 07: writes a short human title for each event, from its trigger's clause: the subject
 * actors, the verb in the present tense and its object or place ("US Treasury bans …",
 * "Tillerson and Lavrov meet in Moscow"); a noun trigger gives a noun-phrase title ("Sarin attack on
 * the town"). Dates are left out of titles (the timeline shows them), and titles stay under about
 * 80 characters.
 */
export function writeTitles(doc: DatedDoc, _ctx: ArticleCtx): TitledDoc {
  const events: TitledEvent[] = [];
  for (const event of doc.events) {
    const dates = doc.timexes.filter((x) => x.sentence === event.sentence.index);
    const title = titleFor(event, dates) || tidy(event.trigger.text);
    // A happening we cannot name beyond its verb ("Begins") tells a reader nothing: left out.
    if (!title.includes(' ') && !event.trigger.lexical) continue;
    // nor does a pronoun and a verb of saying ("He says")
    if (/^(he|she|it|they|we|i|you)\s+\S+$/i.test(title)) continue;
    events.push({ ...event, title });
  }
  return { ...doc, events };
}
