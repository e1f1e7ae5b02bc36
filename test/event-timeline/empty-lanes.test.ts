import { expect } from 'chai';
import { normaliseInput } from '../../packages/event-timeline/src/model/normalise.js';
import { TimelineView } from '../../packages/event-timeline/src/model/timeline-view.js';
import { LANE_HEAD, ROW } from '../../packages/event-timeline/src/model/geometry.js';

// Lanes with nothing in the window: a slim row with the name and "· 0", not the height of their rows.

const events = [
  ...Array.from({ length: 6 }, (_, i) => ({ title: `Talks ${i}`, start: `2020-05-0${i + 1}`, type: 'meeting' })),
  ...Array.from({ length: 6 }, (_, i) => ({ title: `Vote ${i}`, start: `2020-05-0${i + 1}`, type: 'vote' })),
  { title: 'Accord signed', start: '2020-09-01', type: 'agreement' },
];

function view(): TimelineView {
  const v = new TimelineView();
  v.adopt(normaliseInput(events), 'type');
  v.size(800, 400, 600);
  return v;
}

describe('empty lanes (TimelineView.window)', () => {
  it('shrinks a lane with no event in the window to its name, and gives its rows back when one comes into view', () => {
    const v = view();
    const whole = v.layout(v.base, [0, Infinity]);
    const agreement = () => v.frame!.lanes.find((lane) => lane.key === 'agreement')!;
    expect(agreement().height).to.be.at.least(LANE_HEAD + ROW);
    // May only: no agreement there.
    const may = v.base.zoomed(8, -v.base.x(Date.UTC(2020, 4, 1)) * 8);
    const frame = v.layout(may, [0, Infinity]);
    expect(agreement().visible).to.equal(0);
    expect(agreement().height).to.be.below(LANE_HEAD + ROW);
    // The height it leaves goes to the lanes with events: the plot still fills its 400 px, with no blank band under the lanes.
    expect(frame.height).to.equal(whole.height);
    const meeting = (f: typeof frame) => f.lanes.find((lane) => lane.key === 'meeting')!.height;
    expect(meeting(frame)).to.be.above(meeting(whole));
    expect(v.plotHeight()).to.equal(frame.height);
    // The lanes below it move up: the next lane starts right under the slim one.
    const boxes = frame.lanes;
    const at = boxes.findIndex((lane) => lane.key === 'agreement');
    if (at + 1 < boxes.length) expect(boxes[at + 1].y).to.be.below(boxes[at].y + LANE_HEAD + ROW);
    v.layout(v.base, [0, Infinity]);
    expect(agreement().height).to.equal(whole.lanes.find((lane) => lane.key === 'agreement')!.height);
  });

  it('leaves out a lane the filter empties', () => {
    const v = view();
    v.setFilter({ search: 'vote', hidden: new Set() }, 'type');
    v.size(800, 400, 600);
    const frame = v.layout(v.base, [0, Infinity]);
    expect(frame.lanes.map((lane) => lane.key)).to.deep.equal(['vote']);
  });
});
