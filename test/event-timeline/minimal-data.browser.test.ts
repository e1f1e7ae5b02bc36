import { expect } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import { $, $$, settle, timeline } from './helpers.js';

const DAY = 86_400_000;
/** Pixels per day in the window shown (a window asked for can be narrowed to the data's extent). */
const pxPerDay = (el: EventTimeline) => ($(el, '.plot') as HTMLElement).getBoundingClientRect().width / ((+el.visibleRange.end - +el.visibleRange.start) / DAY);
const listText = (el: Element) => $$(el, '[part~="list"] li').map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('<event-timeline> minimal data { title, start, end? }', () => {
  it('reads a date-only end as that last day, inclusive: 10–15 April covers six days', async () => {
    const el = await timeline([{ title: 'Festival', start: '2019-04-10', end: '2019-04-15' }]);
    el.zoomTo('2019-04-01', '2019-05-01');
    await settle(el);
    expect(listText(el)[0]).to.contain('April 15, 2019');
    const bar = $(el, '[part~="span"] rect')!.getBoundingClientRect();
    expect(bar.width / pxPerDay(el)).to.be.closeTo(6, 0.1);
  });

  it('reads start and end on the same day as that one day, not as an empty event', async () => {
    const el = await timeline([{ title: 'One day', start: '2019-04-15', end: '2019-04-15' }]);
    expect($$(el, '[part~="point"]')).to.have.length(1);
    expect(listText(el)[0]).to.contain('April 15, 2019');
    expect(listText(el)[0]).not.to.contain('–');
  });

  it('keeps a date-time end and a Date end as the instant they name', async () => {
    const el = await timeline([{ title: 'Shift', start: '2019-04-10T08:00:00Z', end: new Date(Date.UTC(2019, 3, 12)) }]);
    el.zoomTo('2019-04-09', '2019-04-14');
    await settle(el);
    const bar = $(el, '[part~="span"] rect')!.getBoundingClientRect();
    expect(bar.width / pxPerDay(el)).to.be.closeTo((2 * DAY - 8 * 3_600_000) / DAY, 0.1);
  });
});
