import { EVENT_TYPES, GRANULARITIES, type TimelineEvent, type Dataset } from '@event-timeline/data/schema';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A deterministic pseudo-random generator (mulberry32), so every run draws the same events. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ACTORS = ['Sergey Lavrov', 'Rex Tillerson', 'United Nations', 'European Union', 'Angela Merkel', 'NATO'];

/** `count` valid events spread over `years` years from 2015, mostly days, some ranges and months. */
export function syntheticEvents(count: number, seed = 1, years = 3): TimelineEvent[] {
  const rnd = random(seed);
  const t0 = Date.UTC(2015, 0, 1);
  const span = years * 365;
  return Array.from({ length: count }, (_, i): TimelineEvent => {
    const day = t0 + Math.floor(rnd() * span) * DAY;
    const r = rnd();
    const type = EVENT_TYPES[Math.floor(rnd() * EVENT_TYPES.length)];
    const time =
      r < 0.75
        ? { value: iso(day), start: iso(day), end: iso(day + DAY), granularity: 'day' as const, anchor: 'explicit' as const }
        : r < 0.9
          ? { value: iso(day), start: iso(day), end: iso(day + (2 + Math.floor(rnd() * 20)) * DAY), granularity: 'day' as const, anchor: 'explicit' as const }
          : (() => {
              const d = new Date(day);
              const m0 = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
              const m1 = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
              return { value: iso(m0).slice(0, 7), start: iso(m0), end: iso(m1), granularity: 'month' as const, anchor: 'explicit' as const };
            })();
    const actor = ACTORS[Math.floor(rnd() * ACTORS.length)];
    return {
      id: `syn-${seed}-${i}`,
      title: `${actor} ${type.replace('-', ' ')} #${i}`,
      type,
      time,
      actors: [{ name: actor, kind: 'person' }],
      mentions: [{ articleId: `a${i % 7}`, sentence: `Event number ${i}.`, start: 0, end: 16 }],
      confidence: 0.8,
    };
  });
}

/** A dataset with a few articles around `syntheticEvents`. */
export function syntheticDataset(count: number, seed = 1): Dataset {
  return {
    schemaVersion: 1,
    articles: Array.from({ length: 7 }, (_, i) => ({ id: `a${i}`, title: `Article ${i}`, published: '2015-01-01', publisher: `Publisher ${i % 3}` })),
    events: syntheticEvents(count, seed),
  };
}

export { GRANULARITIES };
