/**
 * The trial corpus README's "simpler, offset-free check": entries (entity, DOCID, sentence, date),
 * from the gold timelines and from the extracted events, matched by sentence and compatible date.
 */
import type { TimelineEvent } from '../../packages/event-data/src/index.js';
import { compatibleDates, eventDate, formatTimelineDate, parseTimelineDate, type CalendarDate } from './calendar-date.js';
import { belongsTo } from './entities.js';
import { locateMention } from './mention-location.js';
import type { Timeline } from './timeline-format.js';
import type { TokenIndex } from './token-index.js';

/** One (entity, document, sentence, date) entry. */
export interface Entry {
  entity: string;
  doc: string;
  sentence: number;
  /** Undefined when it has no year. */
  date: CalendarDate | undefined;
}

const key = (e: Pick<Entry, 'entity' | 'doc' | 'sentence'>) => `${e.entity}\t${e.doc}\t${e.sentence}`;

function distinct(entries: Entry[]): Entry[] {
  const seen = new Map<string, Entry>();
  for (const e of entries) seen.set(`${key(e)}\t${e.date ? formatTimelineDate(e.date) : ''}`, e);
  return [...seen.values()];
}

/** Gold entries: every mention of a line with a position above 0 and a date with a year. */
export function goldEntries(timelines: readonly Timeline[]): Entry[] {
  return distinct(
    timelines.flatMap((t) =>
      t.lines.flatMap((line) => {
        const date = parseTimelineDate(line.date);
        return line.position > 0 && date ? line.mentions.map((m) => ({ entity: t.entity, doc: m.doc, sentence: m.sentence, date })) : [];
      }),
    ),
  );
}

/** System entries: every mention of every event of each entity, dated by its event (undated when its date has no single year). */
export function systemEntries(events: readonly TimelineEvent[], entities: readonly string[], index: TokenIndex): Entry[] {
  const entries: Entry[] = [];
  for (const entity of entities) {
    for (const event of events) {
      if (!belongsTo(event, entity)) continue;
      const date = eventDate(event.time);
      for (const mention of event.mentions) {
        const where = locateMention(index, mention);
        if (where) entries.push({ entity, doc: where.doc, sentence: where.sentence, date });
      }
    }
  }
  return distinct(entries);
}

export interface SentenceCheck {
  goldEntries: number;
  /** Gold entries with a system entry in the same sentence and a compatible date. */
  goldFound: number;
  /** Gold entries with a system entry of the entity in the same sentence, whatever its date. */
  goldSentenceFound: number;
  /** System entries with a year (the ones precision is over). */
  systemEntries: number;
  /** System entries without a single year (not counted in precision). */
  systemUndated: number;
  systemFound: number;
  recall: number;
  precision: number;
  recallIgnoringDates: number;
  /** Per entity: gold entries, found, found ignoring dates, system entries, system entries found. */
  byEntity: Record<string, { gold: number; found: number; sentenceFound: number; system: number; systemFound: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Matches gold and system entries both ways. */
export function sentenceCheck(gold: readonly Entry[], system: readonly Entry[]): SentenceCheck {
  const bySentence = (entries: readonly Entry[]) => {
    const map = new Map<string, Entry[]>();
    for (const e of entries) map.set(key(e), [...(map.get(key(e)) ?? []), e]);
    return map;
  };
  const goldAt = bySentence(gold);
  const systemAt = bySentence(system);
  const matches = (e: Entry, others: Map<string, Entry[]>) => (others.get(key(e)) ?? []).some((o) => e.date && o.date && compatibleDates(e.date, o.date));
  const dated = system.filter((e) => e.date);
  const byEntity: SentenceCheck['byEntity'] = {};
  const row = (entity: string) => (byEntity[entity] ??= { gold: 0, found: 0, sentenceFound: 0, system: 0, systemFound: 0 });
  let goldFound = 0;
  let goldSentenceFound = 0;
  let systemFound = 0;
  for (const e of gold) {
    const r = row(e.entity);
    r.gold++;
    if (matches(e, systemAt)) {
      goldFound++;
      r.found++;
    }
    if (systemAt.has(key(e))) {
      goldSentenceFound++;
      r.sentenceFound++;
    }
  }
  for (const e of dated) {
    const r = row(e.entity);
    r.system++;
    if (matches(e, goldAt)) {
      systemFound++;
      r.systemFound++;
    }
  }
  return {
    goldEntries: gold.length,
    goldFound,
    goldSentenceFound,
    systemEntries: dated.length,
    systemUndated: system.length - dated.length,
    systemFound,
    recall: ratio(goldFound, gold.length),
    precision: ratio(systemFound, dated.length),
    recallIgnoringDates: ratio(goldSentenceFound, gold.length),
    byEntity,
  };
}
