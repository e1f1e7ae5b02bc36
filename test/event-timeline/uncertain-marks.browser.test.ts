import { expect } from '@open-wc/testing';
import { sampleEvent } from '../fixtures/dataset.js';
import { $, $$, settle, timeline } from './helpers.js';

// An uncertain date (spring 2026, a season: TIMEX3 2026-SP) as a reader sees it at desktop width.

const events = [
  sampleEvent({ id: 'sp', title: 'Spring launch of the new range', type: 'launch', time: { value: '2026-SP', start: '2026-03-01', end: '2026-06-01', granularity: 'quarter', anchor: 'explicit' } }),
  sampleEvent({ id: 'd', title: 'Board meeting', type: 'meeting', time: { value: '2026-01-10', start: '2026-01-10', end: '2026-01-11', granularity: 'day', anchor: 'explicit' } }),
  sampleEvent({ id: 'e', title: 'Year end', type: 'meeting', time: { value: '2026-12-10', start: '2026-12-10', end: '2026-12-11', granularity: 'day', anchor: 'explicit' } }),
];

describe('<event-timeline> uncertain spans', () => {
  for (const theme of ['light', 'dark'])
    it(`draws a season as a span with a solid line under its label (${theme})`, async () => {
      const el = await timeline(events, { theme });
      await settle(el);
      const mark = $(el, '[part~="uncertain"]')!;
      const core = mark.querySelector('.core')!;
      expect(core, 'a solid part').to.exist;
      const style = getComputedStyle(core);
      expect(Number(style.fillOpacity)).to.equal(1);
      expect(style.fill).not.to.equal('none');
      const line = core.getBoundingClientRect();
      expect(line.width).to.be.at.least(30);
      const span = mark.querySelector('.fuzzy')!.getBoundingClientRect();
      const label = () => $$(el, '[part~="label"]').find((t) => t.textContent!.includes('Spring launch'))!.getBoundingClientRect();
      // Too long for the span at the whole year: after it.
      expect(label().left).to.be.at.least(span.right);
      // Zoomed in, inside it: starting over the solid part, not over the faded edge.
      el.zoomTo('2026-02-01', '2026-07-01');
      await settle(el);
      const wide = mark.querySelector('.core')!.getBoundingClientRect();
      expect(label().left).to.be.at.least(wide.left);
      expect(label().left).to.be.below(wide.right);
    });
});
