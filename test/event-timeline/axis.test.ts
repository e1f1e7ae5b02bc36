import { expect } from 'chai';
import { axisRows, type AxisRows } from '../../packages/event-timeline/src/model/axis.js';
import { TimeScale } from '../../packages/event-timeline/src/model/time-scale.js';

// The axis rows as times, in Node: the context row names the period that holds the ticks shown,
// at every zoom from minutes to millennia.

const WIDTH = 800;
const at = (iso: string) => Date.parse(iso.length <= 10 ? `${iso}T00:00:00Z` : iso);
const year = (y: number) => Date.UTC(y, 0, 1) - (y < 100 ? Date.UTC(1900, 0, 1) - Date.UTC(0, 0, 1) : 0);
const rows = (a: number, b: number): AxisRows => axisRows(new TimeScale(a, b, 0, WIDTH), () => 80);
const utcYear = (t: number) => new Date(t).getUTCFullYear();

/** Every context label sits over its own period, and some tick of that period is labelled in view. */
function contextReadsRight(r: AxisRows, end: (t: number) => number): void {
  for (const c of r.context) {
    const inside = r.labels.filter((l) => l.t >= c.t && l.t < end(c.t));
    expect(inside, `a tick labelled under the context ${new Date(c.t).toISOString()}`).not.to.be.empty;
  }
}

describe('axisRows (model/axis.ts)', () => {
  it('puts no decade ("2010") under 2014–2017: quarters over each year, or years with no context row', () => {
    const quarters = rows(at('2014-01-01'), at('2018-01-01'));
    expect(quarters.style).to.equal('quarter');
    expect(quarters.context.map((c) => utcYear(c.t))).to.deep.equal([2014, 2015, 2016, 2017]);
    contextReadsRight(quarters, (t) => Date.UTC(utcYear(t) + 1, 0, 1));
    const years = rows(at('2014-01-01'), at('2024-01-01'));
    expect(years.style).to.equal('year');
    expect(years.labels.map((l) => utcYear(l.t))).to.deep.equal([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(years.context).to.deep.equal([]);
    expect(years.contextStyle).to.equal(undefined);
  });

  it('shows 1750–2000 as years or centuries with no millennium ("1000") under them', () => {
    const r = rows(year(1750), year(2000));
    expect(r.style).to.equal('year');
    expect(r.context).to.deep.equal([]);
    const labelled = r.labels.map((l) => utcYear(l.t));
    expect(labelled[0]).to.be.within(1750, 1760);
    expect(labelled.every((y) => y >= 1750 && y <= 2000)).to.equal(true);
  });

  it('labels millennia with ticks that have room, not one label per century crammed together', () => {
    const r = rows(year(-3000), year(2000));
    expect(r.labels.length).to.be.within(3, 20);
    const gaps = r.labels.slice(1).map((l, j) => l.x - r.labels[j].x);
    expect(Math.min(...gaps)).to.be.at.least(40);
  });

  it('names no decade and no year over a window that starts in the last days of 1999', () => {
    const r = rows(at('1999-12-20'), at('2001-03-01'));
    expect(r.style).to.equal('month');
    expect(r.context.map((c) => utcYear(c.t))).not.to.include(1999);
    expect(r.context.map((c) => utcYear(c.t))).to.deep.equal([2000, 2001]);
    contextReadsRight(r, (t) => Date.UTC(utcYear(t) + 1, 0, 1));
  });

  it('puts the year under months, the month under days and the day under hours', () => {
    const months = rows(at('2017-02-01'), at('2017-11-01'));
    expect([months.style, months.contextStyle]).to.deep.equal(['month', 'year']);
    expect(months.context.map((c) => utcYear(c.t))).to.deep.equal([2017]);
    const days = rows(at('2017-04-03'), at('2017-04-20'));
    expect([days.style, days.contextStyle]).to.deep.equal(['day', 'monthYear']);
    expect(days.context.map((c) => new Date(c.t).toISOString().slice(0, 7))).to.deep.equal(['2017-04']);
    const hours = rows(at('2017-04-12T06:00:00Z'), at('2017-04-12T18:00:00Z'));
    expect([hours.style, hours.contextStyle]).to.deep.equal(['time', 'dayMonthYear']);
    expect(hours.context.map((c) => new Date(c.t).toISOString().slice(0, 10))).to.deep.equal(['2017-04-12']);
  });

  it('over midnight, names both days, each at or after its own start and before the next', () => {
    const r = rows(at('2017-04-12T14:00:00Z'), at('2017-04-13T10:00:00Z'));
    expect(r.context.map((c) => new Date(c.t).toISOString().slice(0, 10))).to.deep.equal(['2017-04-12', '2017-04-13']);
    const midnight = r.major.find((m) => m.t === at('2017-04-13'))!;
    expect(r.context[0].x + 80).to.be.below(midnight.x);
    expect(r.context[1].x).to.be.above(midnight.x);
    contextReadsRight(r, (t) => t + 86_400_000);
  });

  it('leaves out the context of a month cut to a sliver at the left edge, and keeps labels inside the axis', () => {
    // 31 March is a few px: "March 2017" has no room before April's.
    const r = rows(at('2017-03-31T12:00:00Z'), at('2017-04-25'));
    expect(r.context.map((c) => new Date(c.t).toISOString().slice(0, 7))).to.deep.equal(['2017-04']);
    for (const l of r.labels) expect(l.x).to.be.within(0, WIDTH);
    for (const c of r.context) expect(c.x).to.be.within(0, WIDTH - 80 + 2);
  });

  it('keeps every level readable: labels at least their room apart from minutes to millennia', () => {
    const spans = [10 * 60_000, 3_600_000, 86_400_000, 7 * 86_400_000, 90 * 86_400_000, 3 * 365 * 86_400_000, 300 * 365 * 86_400_000, 5000 * 365 * 86_400_000];
    for (const span of spans) {
      const a = at('1990-06-15T10:07:00Z');
      const r = rows(a, a + span);
      expect(r.labels.length, `labels for a window of ${span} ms`).to.be.at.least(2);
      const gaps = r.labels.slice(1).map((l, j) => l.x - r.labels[j].x);
      expect(Math.min(...gaps), `gap for a window of ${span} ms`).to.be.at.least(24);
    }
  });
});
