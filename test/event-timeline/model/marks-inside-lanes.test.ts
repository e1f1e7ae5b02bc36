import { expect } from 'chai';
import { normaliseInput } from '../../../packages/event-timeline/src/model/normalise.js';
import { TimelineView } from '../../../packages/event-timeline/src/model/timeline-view.js';
import { TimeScale } from '../../../packages/event-timeline/src/model/time-scale.js';
import { ROW } from '../../../packages/event-timeline/src/model/geometry.js';

// Whatever the rows a lane is sized with, every mark it draws lies inside it: a mark under a lane's
// bottom is drawn over the next lane or the axis, where no pointer finds it.

/** 25 events in the minimal form: eight on one day, one of them a week-long span, and spans every fifth day. */
function events() {
  const titles = ['Launch', 'Board meeting', 'Press release', 'Funding round', 'Hiring spree', 'Office move', 'Beta opens', 'Outage', 'Patch', 'Talk'];
  const day = (n: number) => new Date(Date.UTC(2024, 2, 1) + n * 864e5).toISOString().slice(0, 10);
  return Array.from({ length: 25 }, (_, i) => ({ title: `${titles[i % 10]} ${i + 1}`, start: day(i < 8 ? 3 : i), ...(i % 5 === 4 ? { end: day(i + 6) } : {}) }));
}

describe('marks stay inside their lanes', () => {
  for (const [width, room] of [[1262, 0], [372, 0], [1262, 300], [800, 0]]) {
    it(`a span among same-day points keeps a row of its lane (${width} px wide, ${room ? `${room} px box` : 'auto height'})`, () => {
      const view = new TimelineView();
      view.adopt(normaliseInput(events()), 'type');
      view.size(width, room, 900);
      const frame = view.layout(new TimeScale(Date.parse('2024-03-02'), Date.parse('2024-04-03'), 0, width), [0, Infinity]);
      const lane = frame.lanes[0];
      const drawn = frame.marks.map((m) => view.items[m.i].title);
      const folded = frame.clusters.reduce((n, c) => n + c.count, 0);
      expect(drawn.length + folded, 'every event drawn or in a badge').to.equal(25);
      for (const m of frame.marks) expect(m.y + ROW, `${view.items[m.i].title} inside its lane`).to.be.at.most(lane.y + lane.height);
      for (const c of frame.clusters) expect(c.y + ROW, 'a badge inside its lane').to.be.at.most(lane.y + lane.height);
    });
  }
});
