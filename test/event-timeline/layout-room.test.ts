import { expect } from 'chai';
import { normaliseInput } from '../../packages/event-timeline/src/model/normalise.js';
import { buildLanes } from '../../packages/event-timeline/src/model/lanes.js';
import { layout } from '../../packages/event-timeline/src/model/layout.js';
import { plotHeight } from '../../packages/event-timeline/src/model/geometry.js';
import { fillRoom, laneCapacity } from '../../packages/event-timeline/src/model/room.js';
import { TimeScale } from '../../packages/event-timeline/src/model/time-scale.js';

// How lanes use the room they are given and what folds into count badges, in Node.

const sameDay = (n: number, day = '2020-05-05') => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, title: `Same day ${i}`, start: day }));
const scale = new TimeScale(Date.UTC(2020, 3, 1), Date.UTC(2020, 6, 1), 0, 800);

function laidOut(events: unknown[], rows: number, room?: number) {
  const { items, columns } = normaliseInput(events);
  const { lanes } = buildLanes(items, columns, 'none', new Map());
  let capacity = laneCapacity(items, lanes, scale, 800, rows, () => 60);
  if (room !== undefined) capacity = fillRoom(items, lanes, scale, 800, capacity, room, () => 60);
  return { frame: layout(items, lanes, scale, 800, capacity, () => 60), height: plotHeight(lanes, capacity), capacity };
}

describe('count badges and room (layout, fillRoom)', () => {
  it('draws the one event a badge would hide, in the badge row, instead of a "+1"', () => {
    const { frame } = laidOut(sameDay(3), 2);
    expect(frame.clusters).to.have.length(0);
    expect(frame.marks).to.have.length(3);
    expect(new Set(frame.marks.map((m) => m.y)).size, 'three rows').to.equal(3);
  });

  it('keeps a badge for two or more', () => {
    const { frame } = laidOut(sameDay(4), 2);
    expect(frame.clusters).to.have.length(1);
    expect(frame.clusters[0].count).to.equal(2);
  });

  it('gives a folding lane the rows the room holds before anything folds, and fills the room exactly', () => {
    const { frame, height } = laidOut(sameDay(12), 2, 400);
    expect(frame.clusters).to.have.length(0);
    expect(frame.marks).to.have.length(12);
    expect(height).to.equal(400);
  });

  it('keeps spans to the upper rows of a lane with points, so long spans do not fold the day events under them', () => {
    const spans = Array.from({ length: 4 }, (_, i) => ({ id: `s${i}`, title: `Span ${i}`, start: '2020-04-01', end: `2020-06-2${i}` }));
    const days = ['2020-05-03', '2020-05-04', '2020-05-10', '2020-05-11'].map((start, i) => ({ id: `p${i}`, title: `Day ${i}`, start }));
    const { items, columns } = normaliseInput([...spans, ...days]);
    const { lanes } = buildLanes(items, columns, 'none', new Map());
    const may = new TimeScale(Date.UTC(2020, 4, 1), Date.UTC(2020, 4, 15), 0, 800);
    const frame = layout(items, lanes, may, 800, [{ rows: 4, cluster: true }], () => 40);
    const drawn = frame.marks.map((m) => items[m.i].title);
    expect(drawn, 'every day event').to.include.members(['Day 0', 'Day 1', 'Day 2', 'Day 3']);
    expect(frame.marks.length + frame.clusters.reduce((n, c) => n + c.count, 0)).to.equal(8);
  });

  it('leaves the lanes as they are when they need more than the room (they scroll)', () => {
    const tight = laidOut(sameDay(12), 2, 60);
    const natural = laidOut(sameDay(12), 2);
    expect(tight.capacity).to.deep.equal(natural.capacity);
  });
});
