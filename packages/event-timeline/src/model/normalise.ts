import { parseIsoDate, validateEvent, type Article, type TimelineEvent } from '@event-timeline/data';
import type { Fade, MarkKind, SimpleEvent, TimelineItem } from './types.js';

const DAY = 86_400_000;

/** The result of reading the `events` property or a fetched dataset. */
export interface NormalisedInput {
  /** Valid items sorted by start, then end. */
  items: TimelineItem[];
  /** Articles of a dataset, by id (empty for bare arrays). */
  articles: Map<string, Article>;
  /** Items that were skipped. */
  invalid: number;
  total: number;
  /** `reason → count` of the skipped items, most frequent first. */
  reasons: [string, number][];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Epoch ms of an ISO string or a valid Date, else undefined. */
export function toTime(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

function kindOf(granularity: string, start: number, end: number, mod: string | undefined): [MarkKind, Fade] {
  const fade: Fade =
    mod === 'START' || mod === 'AFTER' || mod === 'ON_OR_AFTER' ? 'end' : mod === 'END' || mod === 'BEFORE' || mod === 'ON_OR_BEFORE' ? 'start' : 'both';
  if (mod && mod !== 'EQUAL_OR_LESS' && mod !== 'EQUAL_OR_MORE') return ['fuzzy', fade];
  if (granularity === 'week' || granularity === 'month' || granularity === 'quarter' || granularity === 'year') return ['fuzzy', fade];
  return end - start <= DAY ? ['point', fade] : ['range', fade];
}

function fromEvent(event: TimelineEvent): TimelineItem {
  const start = parseIsoDate(event.time.start)!;
  const end = parseIsoDate(event.time.end)!;
  const [kind, fade] = kindOf(event.time.granularity, start, end, event.time.mod);
  return {
    id: event.id,
    title: event.title,
    type: event.type,
    start,
    end,
    kind,
    fade,
    granularity: event.time.granularity,
    mod: event.time.mod,
    written: event.time.text,
    actors: event.actors.map((a) => a.name),
    place: event.place,
    sources: new Set(event.mentions.map((m) => m.articleId)).size,
    source: event,
    event,
  };
}

function fromSimple(value: Record<string, unknown>, index: number, add: (reason: string) => void): TimelineItem | undefined {
  const start = toTime(value.start);
  const end = value.end === undefined || value.end === null ? undefined : toTime(value.end);
  if (typeof value.title !== 'string' || value.title.trim() === '') return add('title: must be a non-empty string'), undefined;
  if (start === undefined) return add('start: must be an ISO 8601 date or a valid Date'), undefined;
  if (value.end !== undefined && value.end !== null && end === undefined) return add('end: must be an ISO 8601 date or a valid Date'), undefined;
  if (end !== undefined && end < start) return add('end: must not be before start'), undefined;
  const isDay = typeof value.start === 'string' ? /^\d{4}-\d{2}-\d{2}$/.test(value.start) : start % DAY === 0;
  const stop = end ?? (isDay ? start + DAY : start);
  const simple = value as unknown as SimpleEvent;
  return {
    id: typeof value.id === 'string' || typeof value.id === 'number' ? String(value.id) : `event-${index}`,
    title: value.title,
    type: typeof value.type === 'string' && value.type ? value.type : 'other',
    start,
    end: stop,
    kind: stop - start <= DAY ? 'point' : 'range',
    fade: 'both',
    granularity: isDay ? 'day' : 'minute',
    actors: [],
    sources: 0,
    source: simple,
  };
}

/**
 * Reads what the `events` property accepts: `TimelineEvent[]`, a whole dataset
 * `{ schemaVersion, articles, events }`, or `{ id?, title, start, end? }[]`. Invalid items are
 * skipped and counted by reason; nothing throws.
 */
export function normaliseInput(input: unknown): NormalisedInput {
  const articles = new Map<string, Article>();
  let list: unknown[] = [];
  const counts = new Map<string, number>();
  const add = (reason: string) => counts.set(reason, (counts.get(reason) ?? 0) + 1);
  if (Array.isArray(input)) list = input;
  else if (isObject(input) && Array.isArray(input.events)) {
    list = input.events;
    if (Array.isArray(input.articles))
      for (const a of input.articles) if (isObject(a) && typeof a.id === 'string') articles.set(a.id, a as unknown as Article);
  } else if (input !== undefined && input !== null) add('input: expected an array of events or a dataset { schemaVersion, articles, events }');

  const items: TimelineItem[] = [];
  list.forEach((value, i) => {
    if (!isObject(value)) return add('event: must be an object');
    if (isObject(value.time)) {
      const result = validateEvent(value);
      if (result.ok) items.push(fromEvent(result.value));
      // Paths are reported without indices so that 500 broken dates make one line, not 500.
      else add(result.issues.map((issue) => `${issue.path.replace(/\[\d+\]/g, '[]').replace(/^\./, '') || 'event'}: ${issue.message}`)[0]);
      return;
    }
    const item = fromSimple(value, i, add);
    if (item) items.push(item);
  });
  items.sort((a, b) => a.start - b.start || a.end - b.end);
  const invalid = [...counts.values()].reduce((s, n) => s + n, 0);
  return { items, articles, invalid, total: list.length, reasons: [...counts].sort((a, b) => b[1] - a[1]) };
}

/** The one console warning about skipped items: counts and reasons. */
export function warningFor(result: NormalisedInput): string {
  const reasons = result.reasons
    .slice(0, 8)
    .map(([reason, n]) => `  ${n}× ${reason}`)
    .join('\n');
  return `<event-timeline>: skipped ${result.invalid} of ${result.total} events that are not valid:\n${reasons}`;
}
