import { expect } from '@open-wc/testing';
import { $, $$, settle, timeline } from './helpers.js';

const events = [
  ...Array.from({ length: 6 }, (_, i) => ({ title: `Talks ${i}`, start: `2020-05-0${i + 1}`, type: 'meeting' })),
  ...Array.from({ length: 6 }, (_, i) => ({ title: `Vote ${i}`, start: `2020-05-0${i + 1}`, type: 'vote' })),
  { title: 'Accord signed', start: '2020-09-01', type: 'agreement' },
];
const lane = (el: Element, name: string) => {
  const labels = $$(el, '[part~="lane-label"]');
  const at = labels.findIndex((t) => t.textContent!.startsWith(name));
  return { label: labels[at]?.textContent!.replace(/\s+/g, ' ').trim(), box: $$(el, '[part~="lane"]')[at]?.getBoundingClientRect() };
};

describe('<event-timeline> empty lanes', () => {
  it('shrinks a lane with nothing in the window to a slim row, and grows it back when its events return', async () => {
    const el = await timeline(events);
    el.fit();
    await settle(el);
    const full = lane(el, 'Agreement').box!.height;
    expect(full).to.be.at.least(40);
    el.zoomTo('2020-04-28', '2020-05-10');
    await settle(el);
    const slim = lane(el, 'Agreement');
    expect(slim.label).to.equal('Agreement · 0');
    expect(slim.box!.height).to.be.at.most(24);
    el.fit();
    await settle(el);
    expect(lane(el, 'Agreement').box!.height).to.equal(full);
  });

  it('leaves no blank band under the lanes when empty ones shrink, with an auto height', async () => {
    const el = await timeline(events);
    el.fit();
    await settle(el);
    const scroller = $(el, '.scroller')!;
    const before = scroller.getBoundingClientRect().height;
    el.zoomTo('2020-04-28', '2020-05-10');
    await settle(el);
    expect(lane(el, 'Agreement').box!.height).to.be.at.most(24);
    const lanes = $$(el, '[part~="lane"]').map((r) => r.getBoundingClientRect());
    const bottom = scroller.getBoundingClientRect().bottom;
    expect(bottom - Math.max(...lanes.map((r) => r.bottom)), 'blank band under the last lane').to.be.below(4);
    // The element keeps its height while zooming: what is under it on the page does not move.
    expect(scroller.getBoundingClientRect().height).to.be.closeTo(before, 1);
  });

  it('hides a lane the search empties', async () => {
    const el = await timeline(events);
    el.search = 'vote';
    await settle(el);
    expect($$(el, '[part~="lane-label"]').map((t) => t.textContent!.replace(/·.*/, '').trim())).to.deep.equal(['Vote']);
  });
});

describe('<event-timeline> lane heights in the first window', () => {
  // A 2014 outlier widens the whole range fourfold: there the two votes and their labels
  // collide, in the window the page asks for (2017) they stand far apart on one row.
  const spread = [
    { title: 'Treaty talks first proposed', start: '2014-02-01', type: 'meeting' },
    { title: 'Foreign ministers meet in Moscow', start: '2017-04-12', type: 'meeting' },
    { title: 'UN vote', start: '2017-04-12', type: 'vote' },
    { title: 'Duma vote', start: '2017-06-11', type: 'vote' },
    { title: 'Sanctions on shale projects announced', start: '2017-10-30', type: 'sanction' },
  ];

  it('leaves no blank rows under a lane whose events fit one row in the window shown', async () => {
    const el = await timeline(spread, { 'group-by': 'type', start: '2017-01-01', end: '2018-01-01' });
    const vote = lane(el, 'Vote');
    const single = lane(el, 'Sanction');
    expect(vote.label).to.equal('Vote · 2');
    // Both votes drawn, on one row.
    const tops = $$(el, '[part~="point"]')
      .map((m) => m.getBoundingClientRect())
      .filter((r) => r.top >= vote.box!.top && r.bottom <= vote.box!.bottom)
      .map((r) => Math.round(r.top));
    expect(tops, 'marks in the Vote lane').to.have.length(2);
    expect(tops[0]).to.equal(tops[1]);
    expect(vote.box!.height, 'the Vote lane, as tall as a lane of one event').to.equal(single.box!.height);
  });
});
