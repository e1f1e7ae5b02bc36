/**
 * A seeded, deterministic generator of synthetic `TimelineEvent`s for the scale stories: the same
 * `count` and `seed` always give the same events. It never reads the clock or Math.random, and all
 * date arithmetic is UTC, so the stories look the same on every machine and in every time zone.
 */
import { EVENT_TYPES, type Actor, type EventTime, type EventType, type TimelineEvent } from '@event-timeline/data';

const DAY = 86_400_000;

/** mulberry32: a small, fast 32-bit PRNG; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ACTORS: Actor[] = [
  { name: 'United States', kind: 'country' },
  { name: 'Russia', kind: 'country' },
  { name: 'China', kind: 'country' },
  { name: 'France', kind: 'country' },
  { name: 'Germany', kind: 'country' },
  { name: 'Syria', kind: 'country' },
  { name: 'Ukraine', kind: 'country' },
  { name: 'United Nations Security Council', kind: 'organization' },
  { name: 'European Union', kind: 'organization' },
  { name: 'NATO', kind: 'organization' },
  { name: 'US Treasury', kind: 'organization' },
  { name: 'Sergey Lavrov', kind: 'person', role: 'Russian Foreign Minister' },
  { name: 'Rex Tillerson', kind: 'person', role: 'US Secretary of State' },
  { name: 'Vladimir Putin', kind: 'person', role: 'President of Russia' },
  { name: 'Angela Merkel', kind: 'person', role: 'Chancellor of Germany' },
  { name: 'Emmanuel Macron', kind: 'person', role: 'President of France' },
];

const VERBS: Record<EventType, string> = {
  meeting: 'meet',
  visit: 'visit',
  statement: 'issue a statement',
  speech: 'give a speech',
  interview: 'give an interview',
  vote: 'vote',
  sanction: 'announce sanctions',
  agreement: 'sign an agreement',
  attack: 'report an attack',
  'military-action': 'hold exercises',
  investigation: 'open an investigation',
  election: 'hold an election',
  protest: 'face protests',
  aid: 'send aid',
  legal: 'file charges',
  accident: 'report a derailment',
  death: 'mourn a former minister',
  business: 'announce a merger',
  launch: 'launch a satellite',
  other: 'make news',
};

const PLACES = ['Moscow', 'Washington', 'New York', 'Geneva', 'Brussels', 'Beijing', 'Paris', 'Berlin', 'Damascus', 'Kyiv'];

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** ISO 8601 week-numbering year and week of a UTC day. */
function isoWeek(ms: number): [number, number] {
  const date = new Date(ms);
  const dow = (date.getUTCDay() + 6) % 7;
  const thursday = ms + (3 - dow) * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY));
  return [year, week];
}

function timeFor(day: number, random: () => number): EventTime {
  const date = new Date(day);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const roll = random();
  if (roll < 0.68) {
    return { value: iso(day), start: iso(day), end: iso(day + DAY), granularity: 'day', anchor: 'explicit' };
  }
  if (roll < 0.76) {
    const length = 2 + Math.floor(random() * 12);
    return { value: iso(day), start: iso(day), end: iso(day + length * DAY), granularity: 'day', anchor: 'explicit', text: `for ${length} days` };
  }
  if (roll < 0.84) {
    const monday = day - ((date.getUTCDay() + 6) % 7) * DAY;
    const [wy, w] = isoWeek(monday);
    return { value: `${wy}-W${String(w).padStart(2, '0')}`, start: iso(monday), end: iso(monday + 7 * DAY), granularity: 'week', anchor: 'relative', text: 'last week' };
  }
  if (roll < 0.92) {
    const mods = [undefined, 'START', 'MID', 'END'] as const;
    const mod = mods[Math.floor(random() * mods.length)];
    return {
      value: `${y}-${String(m + 1).padStart(2, '0')}`,
      start: iso(Date.UTC(y, m, 1)),
      end: iso(Date.UTC(y, m + 1, 1)),
      granularity: 'month',
      anchor: 'explicit',
      ...(mod ? { mod } : {}),
    };
  }
  if (roll < 0.96) {
    const q = Math.floor(m / 3);
    return { value: `${y}-Q${q + 1}`, start: iso(Date.UTC(y, q * 3, 1)), end: iso(Date.UTC(y, q * 3 + 3, 1)), granularity: 'quarter', anchor: 'explicit' };
  }
  return { value: String(y), start: iso(Date.UTC(y, 0, 1)), end: iso(Date.UTC(y + 1, 0, 1)), granularity: 'year', anchor: 'explicit', ...(random() < 0.5 ? { mod: 'APPROX' as const } : {}) };
}

export interface SyntheticOptions {
  /** PRNG seed; the same seed gives the same events. */
  seed?: number;
  /** First day of the spread (ISO date). */
  from?: string;
  /** How many years the events spread over. */
  years?: number;
}

/**
 * `count` valid `TimelineEvent`s spread over `years` years from `from`, with a realistic mix of
 * precisions (mostly days, some ranges, weeks, months with early/mid/late, quarters and years),
 * event types, actors and places.
 *
 * @example syntheticEvents(10_000, { seed: 7 })
 */
export function syntheticEvents(count: number, { seed = 2017, from = '2000-01-01', years = 20 }: SyntheticOptions = {}): TimelineEvent[] {
  const random = seededRandom(seed);
  const first = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round(years * 365.25);
  const events: TimelineEvent[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const day = first + Math.floor(random() * days) * DAY;
    const type = EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)];
    const a = ACTORS[Math.floor(random() * ACTORS.length)];
    const b = ACTORS[Math.floor(random() * ACTORS.length)];
    const actors = a === b ? [a] : [a, b];
    const place = PLACES[Math.floor(random() * PLACES.length)];
    const title = `${actors.map((actor) => actor.name).join(' and ')} ${VERBS[type]} in ${place}`;
    const time = timeFor(day, random);
    const sentence = `${title} (synthetic event ${i + 1}).`;
    events[i] = {
      id: `synthetic-${seed}-${i}`,
      title,
      type,
      time,
      actors,
      place,
      mentions: [{ articleId: `synthetic-${Math.floor(random() * 500)}`, sentence, start: 0, end: sentence.length }],
      confidence: Math.round((0.5 + random() * 0.5) * 100) / 100,
    };
  }
  return events;
}
