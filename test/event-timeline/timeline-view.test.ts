import { expect } from 'chai';
import { normaliseInput } from '../../packages/event-timeline/src/model/normalise.js';
import { TimelineView } from '../../packages/event-timeline/src/model/timeline-view.js';
import { ROW } from '../../packages/event-timeline/src/model/geometry.js';

// The view model in Node: no DOM, no element. What a newcomer changes to change what is placed where.

const sameDay = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `d${i}`, title: `Same day ${i}`, start: '2020-05-05', type: 'meeting' }));
const others = [
  { id: 'v', title: 'A vote', start: '2020-04-01', type: 'vote' },
  { id: 'l', title: 'Late', start: '2020-06-01', type: 'meeting' },
];

function view(events: unknown[], room: number, groupBy: 'type' | 'none' = 'type'): TimelineView {
  const v = new TimelineView();
  v.adopt(normaliseInput(events), groupBy);
  v.size(800, room, 160);
  return v;
}

describe('TimelineView (the view model)', () => {
  it('puts events in lanes by type, in the order of the vocabulary', () => {
    const v = view([...sameDay(2), ...others], 300);
    expect(v.lanes.map((l) => l.key)).to.deep.equal(['meeting', 'vote']);
    expect([...v.laneOf].map((l) => v.lanes[l].key)).to.deep.equal(['vote', 'meeting', 'meeting', 'meeting']);
  });

  it('fills the room it is given, and lays out every event of the window in it', () => {
    const v = view([...sameDay(12), ...others], 500);
    expect(v.plotHeight()).to.equal(500);
    const frame = v.layout(v.base, [0, 500]);
    expect(frame.clusters).to.have.length(0);
    expect(frame.marks).to.have.length(14);
    expect(frame.visible).to.equal(14);
  });

  it('takes no more than its natural height in an auto-height element, folding what does not fit into a badge it can list', () => {
    const v = view([...sameDay(12), ...others], 0, 'none');
    const frame = v.layout(v.base, [0, v.plotHeight()]);
    const [badge] = frame.clusters;
    expect(badge.count).to.be.greaterThan(1);
    const members = v.membersOf(badge);
    expect(members).to.have.length(badge.count);
    expect(members.every((i) => v.items[i].title.startsWith('Same day'))).to.equal(true);
    // A folded event is found in its badge; a drawn one is not.
    expect(v.badgeOf(members[0])).to.equal(badge);
    expect(v.badgeOf(frame.marks[0].i)).to.equal(undefined);
  });

  it('answers what is under a point: the mark drawn there, else nothing', () => {
    const v = view(others, 200, 'none');
    const frame = v.layout(v.base, [0, 200]);
    const [mark] = frame.marks;
    expect(v.hitTest((mark.x0 + mark.x1) / 2, mark.y + ROW / 2).mark?.i).to.equal(mark.i);
    expect(v.hitTest(mark.x0 - 40, mark.y + ROW / 2).mark).to.equal(undefined);
  });

  it('pads the whole range a little on each side, at least two days', () => {
    const v = view([{ title: 'One', start: '2020-05-05' }], 100);
    const [lo, hi] = v.extent();
    expect(hi - lo).to.equal(5 * 86_400_000);
  });
});

describe('TimelineView.homeWindow (the first view)', () => {
  const day = (d: number) => new Date(Date.UTC(2017, 3, 1) + d * 86_400_000).toISOString().slice(0, 10);

  it('leaves two far outliers out when 16 of 18 events are close together', () => {
    const close = Array.from({ length: 16 }, (_, i) => ({ title: `April ${i}`, start: day(i) }));
    const v = view([{ title: 'Old', start: '2014-01-28' }, { title: 'Older', start: '2015-02-12' }, ...close], 300);
    const [a, b] = v.homeWindow()!;
    expect(a).to.be.above(Date.UTC(2017, 2, 1));
    expect(b).to.be.below(Date.UTC(2017, 5, 1));
    // Every event of the cluster is inside it.
    expect(v.items.filter((it) => it.start >= a && it.end <= b)).to.have.length(16);
  });

  it('shows the whole range when events are spread evenly', () => {
    const even = Array.from({ length: 20 }, (_, i) => ({ title: `E${i}`, start: day(i * 30) }));
    expect(view(even, 300).homeWindow()).to.equal(undefined);
  });
});

describe('TimelineView.homeWindow with a group of outliers', () => {
  it('leaves out three early events that sit together, years before the rest', () => {
    const april = Array.from({ length: 20 }, (_, i) => ({ title: `A${i}`, start: `2017-04-${String(i + 1).padStart(2, '0')}` }));
    const early = ['2014-01-28', '2014-03-01', '2015-02-12'].map((start, i) => ({ title: `Early ${i}`, start }));
    const [a] = view([...early, ...april], 300).homeWindow()!;
    expect(a).to.be.above(Date.UTC(2017, 2, 1));
  });
});

describe('TimelineView.size with the first window shown', () => {
  // A 2014 outlier squeezes 2017 into the last quarter of the whole range, where the two votes collide.
  const spread = [
    { title: 'Treaty talks first proposed', start: '2014-02-01', type: 'meeting' },
    { title: 'UN vote', start: '2017-04-12', type: 'vote' },
    { title: 'Duma vote', start: '2017-06-11', type: 'vote' },
  ];
  const voteHeight = (first?: [number, number]) => {
    const v = new TimelineView();
    v.adopt(normaliseInput(spread), 'type');
    v.size(800, 0, 160, first);
    return v.laneBox(v.lanes.findIndex((l) => l.key === 'vote'))[1];
  };

  it('gives a lane the rows its events need in that window, not those of the squeezed whole range', () => {
    expect(voteHeight([Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)])).to.be.below(voteHeight());
    expect(voteHeight([Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)])).to.equal(voteHeight([Date.UTC(2017, 0, 1), Date.UTC(2017, 1, 1)]));
  });
});
