/**
 * The extracted events as SemEval-2015 Task 4 timelines (README, "Measuring an extractor with it",
 * steps 2-4): one file per target entity, written to a folder and read back for scoring, so what is
 * scored is what a file says.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TimelineEvent } from '../../packages/event-data/src/index.js';
import { eventDate, formatTimelineDate, type CalendarDate } from './calendar-date.js';
import { belongsTo } from './entities.js';
import { locateMention } from './mention-location.js';
import { addAwareness, awarenessCounts, type AwarenessCounts } from './temporal-awareness.js';
import { formatTimeline, parseMentionId, parseTimeline, timelineFileName, type Timeline, type TimelineLine } from './timeline-format.js';
import type { TokenIndex } from './token-index.js';

/** Earlier first; a year before the months and days in it (it has no position within the year). */
const dateOrder = (a: CalendarDate, b: CalendarDate) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);

/**
 * An entity's timeline: its events that have at least one mention with a trigger word (a mention
 * without one has no `DOCID-SENTENCE-WORD`), sorted by date, one position per distinct date string
 * (events with the same date are simultaneous); events without a single year get position 0 and
 * `XXXX-XX-XX`, which the measure skips.
 */
export function systemTimeline(entity: string, events: readonly TimelineEvent[], index: TokenIndex): Timeline {
  const lines: { date: CalendarDate | undefined; mentions: string[] }[] = [];
  for (const event of events) {
    if (!belongsTo(event, entity)) continue;
    const ids = [...new Set(event.mentions.map((m) => locateMention(index, m)?.id).filter((id) => id !== undefined))];
    if (ids.length) lines.push({ date: eventDate(event.time), mentions: ids });
  }
  const undated = lines.filter((l) => !l.date);
  const dated = lines.filter((l) => l.date).sort((a, b) => dateOrder(a.date!, b.date!));
  const out: TimelineLine[] = undated.map((l) => ({ position: 0, date: 'XXXX-XX-XX', mentions: l.mentions.map(parseMentionId) }));
  let position = 0;
  let previous = '';
  for (const line of dated) {
    const date = formatTimelineDate(line.date!);
    if (date !== previous) position++;
    previous = date;
    out.push({ position, date, mentions: line.mentions.map(parseMentionId) });
  }
  return { entity, lines: out };
}

export interface OfficialScore {
  /** Where the system timelines were written. */
  dir: string;
  /** Mentions written, over all timelines (with position above 0). */
  mentions: number;
  counts: AwarenessCounts;
  byEntity: Record<string, AwarenessCounts>;
}

/** Writes every entity's timeline (empty ones too) to a new temporary folder, reads them back and scores them against the gold. */
export function scoreSystemTimelines(gold: readonly Timeline[], events: readonly TimelineEvent[], index: TokenIndex): OfficialScore {
  const dir = mkdtempSync(join(tmpdir(), 'bench-events-timelines-'));
  let counts: AwarenessCounts = { system: 0, systemImplied: 0, gold: 0, goldImplied: 0 };
  const byEntity: Record<string, AwarenessCounts> = {};
  let mentions = 0;
  for (const goldTimeline of gold) {
    const file = join(dir, timelineFileName(goldTimeline.entity));
    writeFileSync(file, formatTimeline(systemTimeline(goldTimeline.entity, events, index)));
    const written = parseTimeline(readFileSync(file, 'utf8'));
    mentions += written.lines.filter((l) => l.position > 0).reduce((n, l) => n + l.mentions.length, 0);
    byEntity[goldTimeline.entity] = awarenessCounts(goldTimeline, written);
    counts = addAwareness(counts, byEntity[goldTimeline.entity]);
  }
  return { dir, mentions, counts, byEntity };
}
