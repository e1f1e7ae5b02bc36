import { expect } from 'chai';
import fc from 'fast-check';
import { normaliseInput } from '../../packages/event-timeline/src/model/normalise.js';
import { validateEvent } from '@event-timeline/data/schema';
import { columnsOf } from '../../packages/event-timeline/src/model/columns.js';
import { sortOrder } from '../../packages/event-timeline/src/model/sort-order.js';
import { buildLanes } from '../../packages/event-timeline/src/model/lanes.js';
import { densityPath } from '../../packages/event-timeline/src/render/plot.js';
import { formatCount } from '../../packages/event-timeline/src/render/format.js';
import { syntheticEvents } from './synthetic.js';

// The element's data model, in Node: the order events are drawn and listed in, and the lanes.

const byComparison = (start: number[], end: number[]) =>
  start.map((_, i) => i).sort((a, b) => start[a] - start[b] || end[a] - end[b] || a - b);

describe('event order (sortOrder)', () => {
  it('orders by start, then end, then input position, like a stable comparison sort', () => {
    // Whole days (a few, or centuries of them), milliseconds, dates before 1970, fractions and many ties.
    const time = fc.oneof(
      fc.integer({ min: -40, max: 40 }).map((d) => d * 86_400_000),
      fc.integer({ min: -100_000, max: 100_000 }).map((d) => d * 86_400_000),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(time, fc.nat({ max: 3 })), { maxLength: 300 }), (pairs) => {
        const start = pairs.map(([s]) => s);
        const end = pairs.map(([s, d]) => s + d * 86_400_000);
        const order = sortOrder(Float64Array.from(start), Float64Array.from(end));
        const got = order ? [...order] : start.map((_, i) => i);
        expect(got).to.deep.equal(byComparison(start, end));
      }),
      { numRuns: 300 },
    );
  });

  it('orders long runs of events on the same day by their ends, keeping input order among equals', () => {
    // 600 events on three days, ends in a scrambled order: runs far longer than an insertion sort should take.
    const start = Array.from({ length: 600 }, (_, i) => [5, -2, 5000][i % 3] * 86_400_000);
    const end = start.map((s, i) => s + ((i * 7919) % 13) * 3_600_000);
    const order = sortOrder(Float64Array.from(start), Float64Array.from(end));
    expect([...order!]).to.deep.equal(byComparison(start, end));
  });

  it('orders times to the minute over years, as many distinct starts as events', () => {
    // 3,000 starts over ten years, to the minute: too many ranks to count, packed and sorted natively.
    const start = Array.from({ length: 3000 }, (_, i) => Date.UTC(2015, 0, 1) + ((i * 104_729) % 5_256_000) * 60_000);
    const end = start.map((s, i) => s + (i % 4) * 3_600_000);
    const order = sortOrder(Float64Array.from(start), Float64Array.from(end));
    expect([...order!]).to.deep.equal(byComparison(start, end));
  });

  it('orders events that share a day by ends that are not whole milliseconds', () => {
    // Starts few enough to count, ends that cannot be: the ties are compared.
    const start = Array.from({ length: 400 }, (_, i) => (i % 5) * 86_400_000);
    const end = start.map((s, i) => s + ((i * 7919) % 97) + 0.5);
    const order = sortOrder(Float64Array.from(start), Float64Array.from(end));
    expect([...order!]).to.deep.equal(byComparison(start, end));
  });

  it('keeps input that is already in order as it is', () => {
    expect(sortOrder(Float64Array.of(1, 1, 2), Float64Array.of(2, 3, 3))).to.equal(undefined);
  });
});

describe('normaliseInput', () => {
  it('gives items in time order with columns that match them, whatever order they came in', () => {
    for (const count of [50, 6000]) {
      const events = syntheticEvents(count, 7);
      const { items, columns } = normaliseInput(events);
      expect(items).to.have.length(count);
      for (let i = 1; i < items.length; i++) expect(items[i - 1].start <= items[i].start, `item ${i} in order`).to.equal(true);
      const expected = columnsOf(items);
      expect(columns.start).to.deep.equal(expected.start);
      expect(columns.end).to.deep.equal(expected.end);
      expect(columns.kind).to.deep.equal(expected.kind);
      expect(items.every((item, i) => columns.types[columns.type[i]] === item.type), 'type codes').to.equal(true);
    }
  });

  it('gives each of many distinct types its own code, in order of first appearance', () => {
    // Own types are allowed in the minimal form; past a few, codes come from a map, not a scan.
    for (const count of [40, 3000]) {
      const events = Array.from({ length: count }, (_, i) => ({ title: `E${i}`, start: `2017-01-${String((i % 28) + 1).padStart(2, '0')}`, type: `kind-${i % 37}` }));
      const { items, columns } = normaliseInput(events);
      expect(columns.types).to.deep.equal(Array.from({ length: 37 }, (_, k) => `kind-${k}`));
      expect(items.every((item, i) => columns.types[columns.type[i]] === item.type), 'type codes').to.equal(true);
    }
  });

  it('derives what the detail panel shows from the event: actors, place, sources', () => {
    const [event] = syntheticEvents(1, 3);
    const twice = { ...event, mentions: [event.mentions[0], { ...event.mentions[0], articleId: 'other-article' }] };
    const [item] = normaliseInput([twice]).items;
    expect(item.actors).to.deep.equal(twice.actors.map((a) => a.name));
    expect(item.place).to.equal(twice.place);
    expect(item.sources).to.equal(2);
    expect(item.granularity).to.equal(twice.time.granularity);
  });

  it('fades the side of an uncertain span that its modifier leaves open', () => {
    const [event] = syntheticEvents(1, 5);
    const fade = (mod: string | undefined) =>
      normaliseInput([{ ...event, time: { ...event.time, value: '2017-10', start: '2017-10-01', end: '2017-11-01', granularity: 'month', mod } }]).items[0].fade;
    expect([fade('START'), fade('END'), fade('APPROX'), fade(undefined)]).to.deep.equal(['end', 'start', 'both', 'both']);
  });

  it('marks, in time order, exactly the events of a large input that still await the full schema check', () => {
    // Full events get the quick check above 1,000 items; the simple form is checked in full at once.
    const events = syntheticEvents(1500, 9);
    const mixed = events.map((e, i) => (i % 3 === 0 ? { title: `Simple ${i}`, start: e.time.start } : e));
    const { items, pending } = normaliseInput(mixed);
    expect(items).to.have.length(1500);
    expect(pending, 'flags for every item').to.have.length(1500);
    const awaiting = items.filter((_, i) => pending![i] === 1);
    expect(awaiting, 'the full events').to.have.length(1000);
    expect(awaiting.every((item) => !item.title.startsWith('Simple')), 'no simple event awaits').to.equal(true);
    expect(normaliseInput(events.slice(0, 500), validateEvent).pending, 'small inputs are checked in full at once').to.equal(undefined);
    expect([...normaliseInput(events.slice(0, 500)).pending!].every((flag) => flag === 1), 'small inputs before the validator is loaded').to.equal(true);
    expect([...normaliseInput(events, validateEvent).pending!].every((flag) => flag === 1), 'a large input of full events').to.equal(true);
  });
});

describe('buildLanes', () => {
  it('puts every item in exactly one lane, in time order, by type', () => {
    const { items, columns } = normaliseInput(syntheticEvents(3000, 11));
    const { lanes, laneOf } = buildLanes(items, columns, 'type', new Map());
    const seen = new Set<number>();
    lanes.forEach((lane, l) => {
      let last = -Infinity;
      for (let j = 0; j < lane.members.length; j++) {
        const i = lane.members[j];
        expect(items[i].type).to.equal(lane.key);
        expect(laneOf[i]).to.equal(l);
        expect(lane.starts[j]).to.equal(items[i].start);
        expect(lane.starts[j] >= last).to.equal(true);
        last = lane.starts[j];
        seen.add(i);
      }
    });
    expect(seen.size).to.equal(items.length);
  });

  it('pools all but the 11 biggest actor lanes under "Other", keeping time order', () => {
    const events = syntheticEvents(400, 5).map((e, i) => ({ ...e, actors: [{ name: `Actor ${i % 20}`, kind: 'person' as const }] }));
    const { items, columns } = normaliseInput(events);
    const { lanes } = buildLanes(items, columns, 'actor', new Map());
    expect(lanes).to.have.length(12);
    const other = lanes[11];
    expect(other.label).to.equal('Other');
    expect(other.members.length).to.equal(items.length - lanes.slice(0, 11).reduce((n, l) => n + l.members.length, 0));
    for (let j = 1; j < other.members.length; j++) expect(other.members[j] > other.members[j - 1]).to.equal(true);
  });
});

describe('laneCapacity', () => {
  it('gives a lane the rows it uses at the whole range, and a badge row only when it clusters', async () => {
    const { laneCapacity } = await import('../../packages/event-timeline/src/model/room.js');
    const { TimeScale } = await import('../../packages/event-timeline/src/model/time-scale.js');
    const events0 = syntheticEvents(1, 99);
    // Dense lanes (hundreds of events), one of a single event, and one of two on the same day.
    const events = syntheticEvents(2000, 13).map((e, i) =>
      i === 0 ? { ...e, type: 'aid' as const } : i < 3 ? { ...e, type: 'vote' as const, time: events0[0].time } : e.type === 'aid' || e.type === 'vote' ? { ...e, type: 'other' as const } : e,
    );
    const { items, columns } = normaliseInput(events);
    const { lanes } = buildLanes(items, columns, 'type', new Map());
    const lo = columns.start[0];
    const hi = Math.max(...columns.end);
    const capacity = laneCapacity(items, lanes, new TimeScale(lo, hi, 0, 800), 800, 3, () => 60);
    const aid = lanes.findIndex((l) => l.key === 'aid');
    expect(lanes[aid].members.length).to.equal(1);
    expect(capacity[aid], 'one event, one row').to.deep.equal({ rows: 1, cluster: false });
    const vote = lanes.findIndex((l) => l.key === 'vote');
    expect(capacity[vote], 'two events on one day stack').to.deep.equal({ rows: 2, cluster: false });
    const dense = lanes.findIndex((l) => l.members.length > 200);
    expect(capacity[dense]).to.deep.equal({ rows: 3, cluster: true });
  });
});

describe('layout', () => {
  it('keeps count badges inside the plot and apart, even where a lane is too dense for a badge per event run', async () => {
    const { layout } = await import('../../packages/event-timeline/src/model/layout.js');
    const { laneCapacity } = await import('../../packages/event-timeline/src/model/room.js');
    const { TimeScale } = await import('../../packages/event-timeline/src/model/time-scale.js');
    const { badgeWidth } = await import('../../packages/event-timeline/src/model/badge-width.js');
    // From lanes whose badges sit about one badge width apart (10,000 events over 20 years) to
    // lanes that overflow every few px (60,000 over 3 years): more badges than fit side by side
    // unless neighbours merge.
    const cases = [
      [10_000, 21, 20, 800],
      [30_000, 1, 20, 800],
      [10_000, 1, 10, 400],
      [20_000, 21, 3, 800],
      [60_000, 21, 3, 800],
    ] as const;
    for (const [count, seed, years, width] of cases) {
      const { items, columns } = normaliseInput(syntheticEvents(count, seed, years));
      const { lanes } = buildLanes(items, columns, 'type', new Map());
      const scale = new TimeScale(columns.start[0], Math.max(...columns.end), 0, width);
      const capacity = laneCapacity(items, lanes, scale, width, 2, () => 60);
      const frame = layout(items, lanes, scale, width, capacity, () => 60);
      expect(frame.clusters.length).to.be.greaterThan(10);
      lanes.forEach((_, l) => {
        const own = frame.clusters.filter((c) => c.lane === l);
        own.forEach((c, k) => {
          const half = badgeWidth(c.count) / 2;
          expect(c.x - half, `${count}: badge ${k} of lane ${l} inside the left edge`).to.be.at.least(0);
          expect(c.x + half, `${count}: badge ${k} of lane ${l} inside the right edge`).to.be.at.most(width);
          if (k > 0) expect(c.x - half, `${count}: badge ${k} of lane ${l} clear of the one before`).to.be.at.least(own[k - 1].x + badgeWidth(own[k - 1].count) / 2);
          // A badge stays over the events it holds.
          expect(c.x, `${count}: badge ${k} of lane ${l} near its events`).to.be.within(c.c0 - 40, c.c1 + 40);
        });
      });
      // Every event in view is a mark or counted in a badge.
      expect(frame.marks.length + frame.clusters.reduce((n, c) => n + c.count, 0)).to.equal(frame.visible);
    }
  });

  it('gives a badge the span of what it holds, so clicking it zooms to all of its events', async () => {
    const { layout } = await import('../../packages/event-timeline/src/model/layout.js');
    const { laneCapacity } = await import('../../packages/event-timeline/src/model/room.js');
    const { TimeScale } = await import('../../packages/event-timeline/src/model/time-scale.js');
    const day = (d: number) => Date.UTC(2017, 0, d);
    // On 2 January: two events take the lane's two rows; a month-long one that starts just after
    // them and 57 short ones after that go to one badge. The long one is its first member, not
    // its last: the badge's span must still reach its end.
    const hour = 3_600_000;
    const events = [
      ...[0, 1].map((i) => ({ id: `row${i}`, title: `Row ${i}`, start: new Date(day(2)), end: new Date(day(3)) })),
      { id: 'long', title: 'Long', start: new Date(day(2) + 6 * hour), end: new Date(day(33)) },
      ...Array.from({ length: 57 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: new Date(day(2) + 12 * hour), end: new Date(day(3) + 12 * hour) })),
    ];
    const { items, columns } = normaliseInput([...events, { title: 'Far', start: '2017-12-01' }]);
    const { lanes } = buildLanes(items, columns, 'none', new Map());
    const scale = new TimeScale(day(1), day(366), 0, 800);
    const capacity = laneCapacity(items, lanes, scale, 800, 2, () => 60);
    const frame = layout(items, lanes, scale, 800, capacity, () => 60);
    expect(frame.clusters).to.have.length(1);
    const [badge] = frame.clusters;
    expect(badge.count + frame.marks.length).to.equal(61);
    expect(badge.start).to.equal(day(2) + 6 * hour);
    expect(badge.end, 'the month-long event').to.equal(day(33));
  });
});

describe('densityPath', () => {
  // The strip's height of each bin, back to the number of events in it: h - (3 + √(c/max)·(h - 6)).
  const countsOf = (path: string, height: number, max: number) =>
    [...path.matchAll(/L[\d.]+,([\d.]+)L[\d.]+,[\d.]+/g)].map(([, y]) => {
      const rest = height - Number(y);
      return rest === 0 ? 0 : Math.round(((rest - 3) / (height - 6)) ** 2 * max);
    });

  it('counts every event in the bin of its start, those outside the range in the first and last bins', () => {
    const DAY = 86_400_000;
    // 20 bins of 10 days: starts on days 0-4 (bin 0), 15 (bin 1), 105 (bin 10), 199.5 (bin 19), before and after.
    const starts = [-30, 0, 1, 2, 3, 4, 15, 15, 105, 199.5, 250, 400].map((d) => d * DAY);
    const counts = countsOf(densityPath(Float64Array.from(starts), 0, 200 * DAY, 80, 36), 36, 6);
    const expected = new Array(20).fill(0);
    [expected[0], expected[1], expected[10], expected[19]] = [6, 2, 1, 3];
    expect(counts).to.deep.equal(expected);
  });
});

describe('formatCount', () => {
  it('writes counts as the locale does: "10,000" in English, its language for a regional tag', () => {
    expect([0, 627, 9999, 10_000, 1_234_567].map((n) => formatCount(n, 'en'))).to.deep.equal(['0', '627', '9,999', '10,000', '1,234,567']);
    expect(formatCount(10_000, 'de-AT')).to.equal('10.000');
    expect(formatCount(10_000, 'xx')).to.equal('10,000');
  });
});
