import { expect } from '@open-wc/testing';
import { $$, settle, timeline } from './helpers.js';

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

  it('hides a lane the search empties', async () => {
    const el = await timeline(events);
    el.search = 'vote';
    await settle(el);
    expect($$(el, '[part~="lane-label"]').map((t) => t.textContent!.replace(/·.*/, '').trim())).to.deep.equal(['Vote']);
  });
});
