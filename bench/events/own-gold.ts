/**
 * A small gold of our own (own-gold/): five articles of kinds the other corpora lack (a court, a
 * flood, an airline, a sport result, a merger), with the dated happenings an editor would put on a
 * timeline, written by hand before the articles were first extracted and never used to write rules.
 * A happening is found when an event has a mention in its article whose sentence names its word and
 * whose date nests with the gold's (one interval within the other); its date is exact when the
 * TIMEX3 values are equal. Precision counts the events of these articles that are such a happening.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEvents, timexInterval, type TimelineEvent } from '../../packages/event-data/src/index.js';
import { readArticleFolder } from './article-folder.js';

export const OWN_GOLD_DIR = join(import.meta.dirname, 'own-gold');

interface GoldHappening {
  article: string;
  word: string;
  date: string;
  also?: string[];
  types: string[];
}

export interface OwnGoldScore {
  happenings: number;
  found: number;
  exactDate: number;
  typeRight: number;
  events: number;
  eventsReal: number;
  misses: string[];
  matched: Array<{ gold: string; title: string; type: string; date: string }>;
}

const ms = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);

function nests(time: TimelineEvent['time'], value: string): boolean {
  const gold = timexInterval(value);
  if (!gold) return false;
  const [s, e] = [ms(time.start), ms(time.end)];
  const [gs, ge] = [ms(gold.start), ms(gold.end)];
  return (s >= gs && e <= ge) || (gs >= s && ge <= e);
}

const names = (sentence: string, word: string) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(sentence);

/** Extracts the own-gold articles and scores them against gold.json. */
export function scoreOwnGold(dir: string = OWN_GOLD_DIR): OwnGoldScore {
  const { happenings } = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { happenings: GoldHappening[] };
  const { dataset } = extractEvents(readArticleFolder(dir));
  const inArticle = (e: TimelineEvent, h: GoldHappening) => e.mentions.some((m) => m.articleId === h.article && names(m.sentence, h.word));
  const score: OwnGoldScore = { happenings: happenings.length, found: 0, exactDate: 0, typeRight: 0, events: dataset.events.length, eventsReal: 0, misses: [], matched: [] };
  for (const h of happenings) {
    const dates = [h.date, ...(h.also ?? [])];
    const event = dataset.events.find((e) => inArticle(e, h) && dates.some((d) => nests(e.time, d)));
    if (!event) {
      score.misses.push(`${h.article}: ${h.word} ${h.date}`);
      continue;
    }
    score.found++;
    if (dates.includes(event.time.value)) score.exactDate++;
    if (h.types.includes(event.type)) score.typeRight++;
    score.matched.push({ gold: `${h.article}: ${h.word} ${h.date}`, title: event.title, type: event.type, date: event.time.value });
  }
  score.eventsReal = dataset.events.filter((e) => happenings.some((h) => inArticle(e, h) && [h.date, ...(h.also ?? [])].some((d) => nests(e.time, d)))).length;
  return score;
}
