import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import { $$, settle } from './helpers.js';

const TYPES = ['meeting', 'visit', 'statement', 'speech', 'interview', 'vote', 'sanction', 'agreement', 'attack', 'protest'];

/** Ten typed lanes, 26 events each over 2020, and 12 meetings on 5 May 2020, in a box 760 px high and 800 wide. */
async function summit(): Promise<EventTimeline> {
  const wrap = await fixture(html`<div style="width:800px"><event-timeline style="height:760px"></event-timeline></div>`);
  const el = wrap.querySelector('event-timeline')! as EventTimeline;
  const events: { title: string; start: string; type: string }[] = [];
  for (const t of TYPES) for (let w = 0; w < 52; w += 2) events.push({ title: `${t} ${w}`, start: new Date(Date.UTC(2020, 0, 1 + w * 7)).toISOString().slice(0, 10), type: t });
  for (let i = 0; i < 12; i++) events.push({ title: `Summit session ${i}`, start: '2020-05-05', type: 'meeting' });
  el.events = events;
  await settle(el);
  await settle(el);
  return el;
}

describe('<event-timeline> rows grow into the room a lane has, at any zoom', () => {
  it('draws all 12 events of a day in a lane tall enough for them when zoomed to hours, with no "+N" badge', async () => {
    const el = await summit();
    el.zoomTo('2020-05-05T06:00:00Z', '2020-05-05T18:00:00Z');
    await settle(el);
    const badges = $$(el, '[part~="cluster"]').map((c) => c.textContent!.trim());
    expect(badges, 'no count badge').to.deep.equal([]);
    // Only the sessions lie in this window: the other events are a fortnight apart.
    expect($$(el, '[part~="event"]'), 'every session drawn').to.have.length(12);
    const lane = $$(el, '[part~="lane"]')[0].getBoundingClientRect();
    const marks = $$(el, '[part~="event"]').map((m) => m.getBoundingClientRect());
    expect(marks.every((m) => m.top >= lane.top && m.bottom <= lane.bottom), 'inside the meeting lane').to.equal(true);
  });
});
