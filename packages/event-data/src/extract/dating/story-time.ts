import { baseForm } from '../language/morphology.js';
import type { EventTime } from '../../schema/index.js';
import type { SentenceTimex, Token, Trigger } from '../types.js';
import { bounds, eventTime, publicationTime } from './time.js';

/** The time a stretch of a story is told in: the date of its last dated happening, else of the whole story. */
export interface StoryTime {
  time: EventTime;
  timex?: SentenceTimex;
}

/**
 * Whether a happening with no date of its own is dated by the time its story is told in: a verb of
 * what happened, in the past tense ("fired", "has bought", "was released"), not negated, hoped for,
 * quoted or reported as speech. News tells its happenings in order around a few dates, so "He was
 * fired and founded NeXT" happened when the sentence before it says, and an undated past happening
 * of a report happened around its publication. Present tenses describe states ("the store sells",
 * "is designed"), and so does a present perfect outside the lead ("has partnered").
 */
export function toldInStoryTime(trigger: Trigger, tokens: readonly Token[]): boolean {
  if (trigger.pos !== 'verb' || !trigger.lexical || trigger.mood !== 'realis' || trigger.quoted || trigger.perfect) return false;
  // verbs that only attribute words ("said", "told", "added") are no happening; an announcement or a warning is
  if (trigger.reporting && ATTRIBUTION.has(trigger.lemma)) return false;
  const w = trigger.text.toLowerCase();
  if (w.endsWith('ing') || w.includes('-') || baseForm(w) === w) return false;
  // "is designed", "are owned", "has been based": a participle after a present form of "be" describes a state
  let k = trigger.token - 1;
  while (k > 0 && tokens[k].lower.endsWith('ly')) k--; // "is consistently influenced"
  if (k >= 0 && PRESENT_BE.has(tokens[k].lower)) return false;
  // "Russia has partnered with …": outside the lead, a present perfect states a result, not a dated happening
  return !tokens.slice(Math.max(0, trigger.token - 3), trigger.token).some((t) => t.lower === 'has' || t.lower === 'have');
}

const ATTRIBUTION = new Set(['say', 'tell', 'add', 'note', 'explain', 'comment', 'describe', 'call', 'write', 'speak', 'state']);
const PRESENT_BE = new Set(['is', 'are', 'am', "'s", '’s', 'been', 'be', 'being']);

/** How many sentences a dated happening sets the time for, when none of them names a date of its own. */
const NARRATIVE_REACH = 2;

/**
 * The story time of each sentence (given the paragraph, `blocks[s]`, of each): the date of the last
 * happening dated in its own clause in the sentences just before it in its paragraph (the narrative goes
 * on from it: "In 1986 he bought Pixar. One year later he was fired"), else undefined: the story's
 * own time (see {@link fallbackTime}).
 */
export function storyTimes(blocks: readonly number[], clauseDated: ReadonlyArray<StoryTime | undefined>): Array<StoryTime | undefined> {
  const out: Array<StoryTime | undefined> = [];
  let last: StoryTime | undefined;
  let since = 0;
  for (let s = 0; s < blocks.length; s++) {
    // a new paragraph may leave the background that the last one went into
    if (s > 0 && blocks[s] !== blocks[s - 1]) last = undefined;
    out.push(last && since <= NARRATIVE_REACH ? last : undefined);
    since++;
    if (clauseDated[s]) {
      last = clauseDated[s];
      since = 1;
    }
  }
  return out;
}

const WEEK = 7 * 86_400_000;

/**
 * The time of a story where no dated happening sets it: the day of its main happening for what
 * happened in it ("Hollis finished first" in a report of Sunday's race), when that day is within a
 * week of the publication; the publication day for reactions and statements ("Talabani also
 * condemned the bombings" is not last night's), and when the main happening lies further back.
 */
export function fallbackTime(trigger: Trigger, main: StoryTime, publication: StoryTime): StoryTime {
  if (trigger.reporting || !main.timex) return publication;
  const gap = Math.abs(Date.parse(`${main.time.start.slice(0, 10)}T00:00:00Z`) - Date.parse(`${publication.time.start.slice(0, 10)}T00:00:00Z`));
  return gap <= WEEK ? main : publication;
}

/**
 * The date of an article's main happening: the first of its reports that has a date of its own, made
 * finer by a later report whose date lies within it (a headline says "2010", the lead "yesterday":
 * terse first, precise after). When none has one ("Apple to give free cases": a plan), the story is
 * told from the news of the lead, the dated statement that announced it ("Apple announced Friday that
 * it will give …"), before the publication day.
 */
export function mainStoryTime(reports: ReadonlyArray<SentenceTimex | undefined>, leadStatements: ReadonlyArray<SentenceTimex | undefined>, dct: string): StoryTime {
  let best: StoryTime | undefined;
  for (const timex of reports) {
    const time = timex && eventTime(timex, 'relative');
    if (!time || !timex) continue;
    if (!best) best = { time, timex };
    else {
      const [s0, e0] = bounds(best.time);
      const [s1, e1] = bounds(time);
      if (s1 >= s0 && e1 <= e0 && e1 - s1 < e0 - s0) best = { time, timex };
    }
  }
  for (const timex of leadStatements) {
    if (best) break;
    const time = timex && eventTime(timex, 'relative');
    if (time && timex) best = { time, timex };
  }
  return best ?? { time: publicationTime(dct) };
}
