import { expect } from 'chai';
import { normaliseInput } from '../../packages/event-timeline/src/model/normalise.js';
import { TimelineView } from '../../packages/event-timeline/src/model/timeline-view.js';
import { labelChars } from '../../packages/event-timeline/src/model/labels.js';
import { sampleEvent } from '../fixtures/dataset.js';

// Plain data as a newcomer brings it: titles and dates, no types, thousands over centuries.

/** `n` untyped events spread over `years` from 1720, a seeded shuffle of days. */
function plain(n: number, years: number): { title: string; start: string }[] {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, (_, i) => {
    const t = Date.UTC(1720, 0, 1) + rand() * years * 365.25 * 86_400_000;
    return { title: `Harbour record ${i + 1}`, start: new Date(t).toISOString().slice(0, 10) };
  });
}

function view(events: unknown[], room = 300): TimelineView {
  const v = new TimelineView();
  v.adopt(normaliseInput(events), 'type');
  v.size(800, room, 600);
  return v;
}

const labelled = (v: TimelineView) => {
  const frame = v.layout(v.base, [0, Infinity]);
  return frame.marks.filter((m) => labelChars(m, v.items[m.i].title.length, v.labelWidth(m.i)) > 0);
};

describe('plain, untyped data', () => {
  it('names some of 2,000 events over 300 years at the whole range, each label clear of the next mark in its row', () => {
    const v = view(plain(2000, 300));
    const shown = labelled(v);
    expect(shown.length).to.be.at.least(3);
    const frame = v.frame!;
    for (const m of shown) {
      const next = frame.marks.filter((o) => o.lane === m.lane && o.row === m.row && o.x0 > m.x0).sort((a, b) => a.x0 - b.x0)[0];
      if (next) expect(m.labelX + Math.min(m.labelRoom, v.labelWidth(m.i)), `label of ${v.items[m.i].title}`).to.be.at.most(next.x0);
    }
  });

  it('still labels every event of a sparse lane in full', () => {
    const v = view([
      { title: 'Founding of the harbour', start: '1720-05-01' },
      { title: 'Great fire', start: '1850-08-12' },
      { title: 'New quay opens', start: '1990-03-30' },
    ]);
    const shown = labelled(v);
    expect(shown.map((m) => v.items[m.i].title).sort()).to.deep.equal(['Founding of the harbour', 'Great fire', 'New quay opens']);
    for (const m of shown) expect(labelChars(m, v.items[m.i].title.length, v.labelWidth(m.i))).to.equal(v.items[m.i].title.length);
  });

  it('draws data with no types in one unnamed lane in a series colour, not a grey lane called "Other"', () => {
    const v = view(plain(50, 10));
    expect(v.lanes).to.have.length(1);
    expect(v.lanes[0].label).to.equal('');
    expect(new Set(v.items.map((_, i) => v.colours.of(i)))).to.deep.equal(new Set(['series-0']));
  });

  it("gives each type of the page's own a colour of its own, and keeps the schema's types in theirs", () => {
    const v = view([
      { title: 'v1.0 released', start: '2024-01-10', type: 'release' },
      { title: 'PyCon talk', start: '2024-02-10', type: 'conference' },
      { title: 'Board meets', start: '2024-03-10', type: 'meeting' },
      { title: 'v1.1 released', start: '2024-04-10', type: 'release' },
    ]);
    const colourOf = (title: string) => v.colours.of(v.items.findIndex((item) => item.title === title));
    expect(colourOf('v1.0 released')).to.equal(colourOf('v1.1 released'));
    expect(colourOf('v1.0 released')).to.match(/^series-\d$/);
    expect(colourOf('PyCon talk')).to.match(/^series-\d$/);
    expect(colourOf('PyCon talk')).not.to.equal(colourOf('v1.0 released'));
    expect(colourOf('Board meets')).to.equal('meeting');
    expect(v.lanes.map((lane) => v.colours.lane(lane.key))).to.have.members(['meeting', colourOf('PyCon talk'), colourOf('v1.0 released')]);
  });

  it('keeps colours in place when a filter hides some of the events', () => {
    const events = [
      { title: 'v1.0 released', start: '2024-01-10', type: 'release' },
      { title: 'PyCon talk', start: '2024-02-10', type: 'conference' },
    ];
    const v = view(events);
    const before = v.colours.of(v.items.findIndex((item) => item.type === 'conference'));
    v.setFilter({ search: 'pycon', hidden: new Set() }, 'type');
    expect(v.items).to.have.length(1);
    expect(v.colours.of(0)).to.equal(before);
  });

  it('gives a crowded row\'s label to the event most sources report, not to the one that comes first', () => {
    const day = (d: number) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const mention = sampleEvent().mentions[0];
    // A day every 2 days for two years: crowded at the whole range (about 2 px apart).
    const events = Array.from({ length: 365 }, (_, d) => {
      const reported = d === 10 ? 4 : 1;
      return sampleEvent({
        id: `e${d}`,
        title: d === 10 ? 'Widely reported summit' : `Routine item ${d}`,
        time: { value: day(2 * d), start: day(2 * d), end: day(2 * d + 1), granularity: 'day', anchor: 'explicit' },
        mentions: Array.from({ length: reported }, (_, m) => ({ ...mention, articleId: `a${m}` })),
      });
    });
    const v = new TimelineView();
    v.adopt(normaliseInput(events), 'none');
    v.size(800, 200, 600);
    const titles = labelled(v).map((m) => v.items[m.i].title);
    expect(titles).to.include('Widely reported summit');
  });
});
