import { expect } from 'chai';
import { normaliseInput } from '../../../packages/event-timeline/src/model/normalise.js';
import { buildLanes } from '../../../packages/event-timeline/src/model/lanes.js';
import { layout } from '../../../packages/event-timeline/src/model/layout.js';
import { TimelineView } from '../../../packages/event-timeline/src/model/timeline-view.js';
import { TimeScale } from '../../../packages/event-timeline/src/model/time-scale.js';

// A lane draws marks in the height it has (its rows and its padding) at any zoom, before it folds any.

const sameDay = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, title: `Session ${i}`, start: '2020-05-05' }));
const hours = new TimeScale(Date.parse('2020-05-05T06:00:00Z'), Date.parse('2020-05-05T18:00:00Z'), 0, 800);
const TYPES = ['meeting', 'visit', 'statement', 'speech', 'interview', 'vote', 'sanction', 'agreement', 'attack', 'protest'];

function oneLane(events: unknown[]) {
  const { items, columns } = normaliseInput(events);
  return { items, lanes: buildLanes(items, columns, 'none', new Map()).lanes };
}

describe('rows grow into the room a lane has (layout)', () => {
  it('draws in the rows its padding holds what its own rows cannot, with no badge', () => {
    const { items, lanes } = oneLane(sameDay(12));
    const frame = layout(items, lanes, hours, 800, [{ rows: 2, cluster: true, pad: 10 * 22 }], () => 60);
    expect(frame.clusters).to.have.length(0);
    expect(frame.marks).to.have.length(12);
    expect(Math.max(...frame.marks.map((m) => m.y + 22)), 'inside the lane').to.be.at.most(frame.lanes[0].y + frame.lanes[0].height);
  });

  it('keeps the lane height it is given: growing rows never moves a lane', () => {
    const { items, lanes } = oneLane(sameDay(12));
    const without = layout(items, lanes, hours, 800, [{ rows: 2, cluster: true, pad: 220 }], () => 60);
    // No name (one lane), two rows, the badge row and the padding.
    expect(without.lanes[0].height).to.equal(4 + 2 * 22 + 22 + 220);
  });

  it('folds only what the padding rows cannot hold, into a badge under the lowest row in use', () => {
    const { items, lanes } = oneLane(sameDay(12));
    const frame = layout(items, lanes, hours, 800, [{ rows: 2, cluster: true, pad: 5 * 22 }], () => 60);
    expect(frame.marks).to.have.length(7);
    expect(frame.clusters.map((c) => c.count)).to.deep.equal([5]);
    expect(frame.clusters[0].y, 'under the seventh row').to.equal(Math.max(...frame.marks.map((m) => m.y)) + 22);
  });

  it('lays out a lane that needs no more than its rows exactly as without padding', () => {
    const { items, lanes } = oneLane(sameDay(3));
    const plain = layout(items, lanes, hours, 800, [{ rows: 4, cluster: false }], () => 60);
    const padded = layout(items, lanes, hours, 800, [{ rows: 4, cluster: false, pad: 200 }], () => 60);
    expect(padded.marks.map((m) => [m.i, m.y])).to.deep.equal(plain.marks.map((m) => [m.i, m.y]));
  });

  it('keeps a badge row out of the padding of a lane that has none', () => {
    const { items, lanes } = oneLane(sameDay(12));
    // 4 + 2 rows + 4 + 60 px of padding: one more row, and the badge row under it.
    const frame = layout(items, lanes, hours, 800, [{ rows: 2, cluster: false, pad: 60 }], () => 60);
    expect(frame.marks).to.have.length(3);
    expect(frame.clusters[0].y + 22, 'the badge inside the lane').to.be.at.most(frame.lanes[0].y + frame.lanes[0].height);
  });
});

describe('rows grow into the room a lane has (TimelineView)', () => {
  it('zoomed to the hours of a busy day, a lane given the height of the empty ones draws all 12 of its events', () => {
    const events: unknown[] = [];
    for (const t of TYPES) for (let w = 0; w < 52; w += 2) events.push({ title: `${t} ${w}`, start: new Date(Date.UTC(2020, 0, 1 + w * 7)).toISOString().slice(0, 10), type: t });
    for (let i = 0; i < 12; i++) events.push({ title: `Summit session ${i}`, start: '2020-05-05', type: 'meeting' });
    const view = new TimelineView();
    view.adopt(normaliseInput(events), 'type');
    view.size(800, 600, 900);
    const frame = view.layout(hours, [0, Infinity]);
    expect(frame.lanes[0].height, 'the meeting lane takes the height of the empty lanes').to.be.above(12 * 22);
    expect(frame.clusters).to.have.length(0);
    expect(frame.marks.filter((m) => view.items[m.i].title.startsWith('Summit'))).to.have.length(12);
  });
});
