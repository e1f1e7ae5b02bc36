import type { TimelineEvent } from '@event-timeline/data/schema';
import { KIND_FUZZY, KIND_POINT, KIND_RANGE, type Columns, type Fade, type MarkKind, type SimpleEvent, type TimelineItem } from './types.js';
import { toTime } from './dates.js';

/** One input event as the timeline reads it (a TimelineItem): a dataset's event, or the minimal `{ title, start, end? }` form. */

const DAY = 86_400_000;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Which edge of an uncertain span fades: the side the modifier leaves open. */
const fadeOf = (mod: string | undefined): Fade =>
  mod === 'START' || mod === 'AFTER' || mod === 'ON_OR_AFTER' ? 'end' : mod === 'END' || mod === 'BEFORE' || mod === 'ON_OR_BEFORE' ? 'start' : 'both';

/** How an event with this time is drawn. */
export function kindOf(granularity: string, start: number, end: number, mod: string | undefined): MarkKind {
  if (mod && mod !== 'EQUAL_OR_LESS' && mod !== 'EQUAL_OR_MORE') return 'fuzzy';
  if (granularity === 'week' || granularity === 'month' || granularity === 'quarter' || granularity === 'year') return 'fuzzy';
  return end - start <= DAY ? 'point' : 'range';
}

/** What a `Columns.kind` code stands for. */
const KIND_NAMES: Readonly<Record<number, MarkKind>> = { [KIND_POINT]: 'point', [KIND_RANGE]: 'range', [KIND_FUZZY]: 'fuzzy' };

/**
 * A `TimelineEvent` ready to draw. Its numbers (start, end, kind) are read from the columns
 * normalising filled for it, which never change once filled; everything else from the event when
 * asked for, and what takes work to derive (actors, sources) once. A million events make a
 * million of these on the first render. Copies of the event's fields and of its start and end
 * (each number a heap object of its own) made each item three objects of ~76 bytes in all; the
 * young-generation collections that moved them took ~260 ms of that render, ~120 ms since.
 */
export class EventItem implements TimelineItem {
  private actorNames?: string[];
  private sourceCount = -1;

  constructor(
    readonly event: TimelineEvent,
    private readonly columns: Columns,
    private readonly index: number,
  ) {}

  get id(): string {
    return this.event.id;
  }

  get title(): string {
    return this.event.title;
  }

  get type(): string {
    return this.event.type;
  }

  /** The object the caller gave. */
  get source(): TimelineEvent {
    return this.event;
  }

  get start(): number {
    return this.columns.start[this.index];
  }

  get end(): number {
    return this.columns.end[this.index];
  }

  get kind(): MarkKind {
    return KIND_NAMES[this.columns.kind[this.index]];
  }

  /** Read for the few uncertain spans drawn wide enough to show soft edges. */
  get fade(): Fade {
    return fadeOf(this.event.time.mod);
  }

  get granularity(): string {
    return this.event.time.granularity;
  }

  get mod(): string | undefined {
    return this.event.time.mod;
  }

  get written(): string | undefined {
    return this.event.time.text;
  }

  get place(): string | undefined {
    return this.event.place;
  }

  get actors(): string[] {
    if (!this.actorNames) {
      // Until the background check has run on a large input, anything may be in here.
      const { actors } = this.event as { actors: unknown };
      this.actorNames = Array.isArray(actors) ? actors.flatMap((a: unknown) => (isObject(a) && typeof a.name === 'string' ? [a.name] : [])) : [];
    }
    return this.actorNames;
  }

  /** Distinct articles that report the event. */
  get sources(): number {
    if (this.sourceCount < 0) {
      const { mentions } = this.event;
      this.sourceCount = !Array.isArray(mentions) ? 0 : mentions.length < 2 ? mentions.length : new Set(mentions.map((m: unknown) => (isObject(m) ? m.articleId : m))).size;
    }
    return this.sourceCount;
  }
}


const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function fromSimple(value: Record<string, unknown>, index: number, add: (reason: string) => void): TimelineItem | undefined {
  const start = toTime(value.start);
  const end = value.end === undefined || value.end === null ? undefined : toTime(value.end);
  if (typeof value.title !== 'string' || value.title.trim() === '') return add('title: must be a non-empty string'), undefined;
  if (start === undefined) return add('start: must be an ISO 8601 date or a valid Date'), undefined;
  if (value.end !== undefined && value.end !== null && end === undefined) return add('end: must be an ISO 8601 date or a valid Date'), undefined;
  if (end !== undefined && end < start) return add('end: must not be before start'), undefined;
  const isDay = typeof value.start === 'string' ? DATE_ONLY.test(value.start) : start % DAY === 0;
  // A date-only end names the last day, inclusive, as people write "10–15 April": the element's
  // intervals end exclusive, so it ends where the next day starts. (The dataset schema's `end`
  // is exclusive already and is read as it is.) A date-time or a Date is the instant it names.
  const inclusiveEnd = end !== undefined && typeof value.end === 'string' && DATE_ONLY.test(value.end) ? end + DAY : end;
  const stop = inclusiveEnd ?? (isDay ? start + DAY : start);
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
