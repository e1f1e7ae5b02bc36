import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import type { TimelineEvent } from '@event-timeline/data';
import { sampleEvent } from '../fixtures/dataset.js';
import { $, $$, settle } from './helpers.js';

// The schema validator is loaded by dynamic import, after the element: events that come before
// it are drawn after the quick check, and what fails the full check is dropped once it arrives.
// This file's page starts without the validator, so its first test sees that path.

const day = (iso: string, id: string, extra: Record<string, unknown> = {}) =>
  sampleEvent({ id, title: `Event ${id}`, time: { value: iso, start: iso, end: `${iso}T23:59:59Z`, granularity: 'day', anchor: 'explicit' }, ...extra } as Partial<TimelineEvent>);

/** Four events, one of them invalid in a way only the full check sees (confidence above 1). */
const events = () => [day('2017-04-12', 'a'), day('2017-05-12', 'b'), day('2017-06-12', 'bad', { confidence: 7 }), day('2017-07-12', 'c')];

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check(), what).to.equal(true);
}

describe('<event-timeline> before and after the schema validator loads', () => {
  it('drops an event that only the full check rejects, when it arrives, with one warning', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // The events are set in the same task as the element is made: the validator can't be there yet.
      const wrap = await fixture(html`<div style="width:800px"><event-timeline .events=${events()}></event-timeline></div>`);
      const el = wrap.querySelector('event-timeline') as EventTimeline;
      await settle(el);
      await until(() => /1 of 4 events were skipped/.test($(el, '[part="note"]')?.textContent ?? ''), 'the note, once the full check has run');
      await settle(el);
      expect($$(el, '[part~="event"]'), 'the three valid events').to.have.length(3);
      expect(warnings, 'one warning').to.have.length(1);
      expect(String(warnings[0][0])).to.contain('confidence');
    } finally {
      console.warn = warn;
    }
  });

  it('checks a small input in full before its first render once the validator is loaded', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const wrap = await fixture(html`<div style="width:800px"><event-timeline .events=${events()}></event-timeline></div>`);
      const el = wrap.querySelector('event-timeline') as EventTimeline;
      await el.updateComplete;
      // The first render already leaves the invalid event out.
      expect($(el, '[part="note"]')?.textContent ?? '').to.contain('1 of 4 events were skipped');
    } finally {
      console.warn = warn;
    }
  });
});
