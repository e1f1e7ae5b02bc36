// Deterministic synthetic events for the element benchmark: a seeded PRNG, no clock, UTC only.
// The mix resembles extracted news data: mostly day-precision points, some multi-day ranges,
// and coarser week/month/quarter/year spans, some with TIMEX3 modifiers, across many types.
// Pure ES module without Node or DOM APIs: the browser page imports it too.

const TYPES = ['meeting', 'visit', 'statement', 'speech', 'interview', 'vote', 'sanction', 'agreement',
  'attack', 'military-action', 'investigation', 'election', 'protest', 'aid', 'legal', 'other'];
const ACTORS = [['Sergey Lavrov', 'person'], ['Rex Tillerson', 'person'], ['United States', 'country'],
  ['Russia', 'country'], ['United Nations', 'organization'], ['European Union', 'organization'],
  ['NATO', 'organization'], ['China', 'country'], ['Angela Merkel', 'person'], ['Emmanuel Macron', 'person']];
const PLACES = ['Moscow', 'Washington', 'Brussels', 'Geneva', 'Beijing', 'Berlin', 'Paris', undefined];
const VERBS = ['meets', 'visits', 'condemns', 'addresses', 'talks to', 'votes on', 'sanctions', 'signs with'];
const DAY = 86_400_000;
const BASE = Date.UTC(2000, 0, 1);

/** mulberry32: a small fast seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const pad = (n) => String(n).padStart(2, '0');

function isoWeek(ms) {
  const d = new Date(ms);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = ms - day * DAY + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY));
  return { monday: ms - day * DAY, value: `${year}-W${pad(week)}` };
}

/**
 * `count` valid `TimelineEvent`s (the data package's schema) spread over `years` years from 2000,
 * the same for the same arguments.
 * Mix: 62% day points, 14% multi-day ranges, 8% weeks, 9% months, 3% quarters, 4% years;
 * one in six coarse spans carries a START/MID/END/APPROX modifier.
 */
export function generateEvents(count, { seed = 42, years = 20 } = {}) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const span = years * 365 * DAY;
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    const at = BASE + Math.floor(rnd() * (span / DAY)) * DAY;
    const d = new Date(at);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth();
    const r = rnd();
    let time;
    if (r < 0.62) {
      time = { value: iso(at), start: iso(at), end: iso(at + DAY), granularity: 'day' };
    } else if (r < 0.76) {
      const days = 2 + Math.floor(rnd() * 40);
      time = { value: iso(at), start: iso(at), end: iso(at + days * DAY), granularity: 'day' };
    } else if (r < 0.84) {
      const { monday, value } = isoWeek(at);
      time = { value, start: iso(monday), end: iso(monday + 7 * DAY), granularity: 'week' };
    } else if (r < 0.93) {
      time = { value: `${y}-${pad(m + 1)}`, start: iso(Date.UTC(y, m, 1)), end: iso(Date.UTC(y, m + 1, 1)), granularity: 'month' };
    } else if (r < 0.96) {
      const q = Math.floor(m / 3);
      time = { value: `${y}-Q${q + 1}`, start: iso(Date.UTC(y, q * 3, 1)), end: iso(Date.UTC(y, q * 3 + 3, 1)), granularity: 'quarter' };
    } else {
      time = { value: String(y), start: `${y}-01-01`, end: `${y + 1}-01-01`, granularity: 'year' };
    }
    if (time.granularity !== 'day' && rnd() < 1 / 6) time.mod = pick(['START', 'MID', 'END', 'APPROX']);
    time.anchor = pick(['explicit', 'explicit', 'explicit', 'relative', 'publication']);
    const [a1, k1] = pick(ACTORS);
    const [a2, k2] = pick(ACTORS);
    const type = pick(TYPES);
    const place = pick(PLACES);
    const title = `${a1} ${pick(VERBS)} ${a2} (#${i + 1})`;
    const articleId = `synthetic_${String(Math.floor(rnd() * 5000)).padStart(4, '0')}`;
    const sentence = `${title} on ${time.value}.`;
    events[i] = {
      id: `e${i + 1}`,
      title,
      type,
      time,
      actors: a1 === a2 ? [{ name: a1, kind: k1 }] : [{ name: a1, kind: k1 }, { name: a2, kind: k2 }],
      ...(place ? { place } : {}),
      mentions: [{ articleId, sentence, start: 0, end: sentence.length, timex: { text: time.value, start: sentence.length - 1 - time.value.length, end: sentence.length - 1 } }],
      confidence: Math.round((0.5 + rnd() * 0.5) * 100) / 100,
    };
  }
  return events;
}

/** The same events as vis-timeline items: day points as 'point', everything else as 'range'. */
export function toVisItems(events) {
  return events.map((e) => {
    const start = new Date(e.time.start + 'T00:00:00Z');
    const end = new Date(e.time.end + 'T00:00:00Z');
    const point = e.time.granularity === 'day' && end - start <= DAY;
    return point
      ? { id: e.id, content: e.title, start, type: 'point' }
      : { id: e.id, content: e.title, start, end, type: 'range' };
  });
}

/** The same events as timelines-chart data: one group per type, one line per type, segments with labels. */
export function toTimelinesChartData(events) {
  const byType = new Map();
  for (const e of events) {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type).push({
      timeRange: [new Date(e.time.start + 'T00:00:00Z'), new Date(e.time.end + 'T00:00:00Z')],
      val: e.time.granularity,
    });
  }
  return [...byType].map(([type, data]) => ({ group: type, data: [{ label: type, data }] }));
}
