import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '@event-timeline/component';
import type { TimelineEvent } from '@event-timeline/data';
import { sampleDataset } from '../fixtures/dataset.js';
import { syntheticEvents } from './synthetic.js';
import { $, $$, settle, timeline } from './helpers.js';

/** Replaces fetch for one test: each URL answers when the test says so, whatever the abort signal says (as a slow server would). */
function slowServer() {
  const waiting = new Map<string, (body: unknown) => void>();
  const real = window.fetch;
  window.fetch = ((url: string) =>
    new Promise<Response>((resolve) => waiting.set(String(url), (body) => resolve(new Response(JSON.stringify(body), { status: 200 }))))) as typeof fetch;
  return {
    answer: async (url: string, body: unknown) => {
      waiting.get(url)!(body);
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 10));
    },
    restore: () => (window.fetch = real),
  };
}

const titles = (el: EventTimeline) => $$(el, '[part~="list"] li').map((li) => li.textContent ?? '');

describe('<event-timeline> reliability', () => {
  it('draws at once when one event among 1,001 has a time.mod that is not a string, and notes it as skipped', async () => {
    // The first in time order, so that the list of the events in view shows it from the first frame on.
    const bad = { value: '2014-12-01', start: '2014-12-01', end: '2014-12-02', granularity: 'day', anchor: 'explicit', mod: 5 };
    const events = syntheticEvents(1001, 9).map((e, i) => (i === 500 ? ({ ...e, time: bad } as unknown as TimelineEvent) : e));
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await timeline(events);
      // The first frame, before any background check: the chart is there, with the rest of the events.
      expect($(el, '.plot'), 'the plot').to.exist;
      expect($(el, 'header')!.textContent).to.match(/of 1,?000 events/);
      expect($(el, '[part="note"]')!.textContent).to.match(/1 of 1,?001 events were skipped/);
      expect($(el, '[part="note"]')!.textContent).to.contain('time.mod');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps events set by code when an older src answers later', async () => {
    const server = slowServer();
    try {
      const el = await fixture<EventTimeline>(html`<div style="width:800px"><event-timeline src="/old.json"></event-timeline></div>`).then((d) => d.querySelector('event-timeline')!);
      el.events = [{ title: 'Set by code', start: '2020-01-01' }];
      await settle(el);
      await server.answer('/old.json', sampleDataset());
      await settle(el);
      expect(titles(el).join('|')).to.contain('Set by code');
      expect(titles(el).join('|')).not.to.contain('Tillerson');
    } finally {
      server.restore();
    }
  });

  it('keeps the data of the newer src when the older one answers last', async () => {
    const server = slowServer();
    try {
      const el = await fixture<EventTimeline>(html`<div style="width:800px"><event-timeline src="/a.json"></event-timeline></div>`).then((d) => d.querySelector('event-timeline')!);
      el.src = '/b.json';
      await settle(el);
      await server.answer('/b.json', [{ title: 'From b', start: '2020-01-01' }]);
      await server.answer('/a.json', [{ title: 'From a', start: '2020-01-01' }]);
      await settle(el);
      expect(titles(el).join('|')).to.contain('From b');
      expect(titles(el).join('|')).not.to.contain('From a');
    } finally {
      server.restore();
    }
  });

  it('clears the chart when events is set to undefined', async () => {
    const el = await timeline(sampleDataset());
    expect($$(el, '[part~="event"]').length).to.be.greaterThan(0);
    el.events = undefined;
    await settle(el);
    expect($$(el, '[part~="event"]')).to.have.length(0);
    expect($(el, '[part="state"]')!.textContent).to.contain('No events');
  });

  it('says what is wrong with input that is not a list of events, never "1 of 0"', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = await timeline({ schemaVersion: 2, articles: [], events: 'none' });
      const note = $(el, '[part="note"]')!.textContent!;
      expect(note).not.to.match(/\bof 0\b/);
      expect(note).to.contain('expected an array of events');
    } finally {
      console.warn = warn;
    }
  });
});
