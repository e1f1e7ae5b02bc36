import { fixture, html } from '@open-wc/testing';
import '@event-timeline/component';
import type { EventTimeline } from '@event-timeline/component';

/** Waits until the element has measured itself and drawn. */
export async function settle(el: EventTimeline): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
}

/** A timeline with the given events, 800 px wide, drawn. */
export async function timeline(events: unknown, attrs: Record<string, string> = {}): Promise<EventTimeline> {
  const el = await fixture<EventTimeline>(html`<div style="width:800px"><event-timeline .events=${events}></event-timeline></div>`);
  const timelineEl = el.querySelector('event-timeline')!;
  for (const [k, v] of Object.entries(attrs)) timelineEl.setAttribute(k, v);
  await settle(timelineEl);
  return timelineEl;
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
export const plot = (el: Element) => $(el, '.plot') as HTMLElement;
export const liveText = (el: Element) => ($(el, '[aria-live]')?.textContent ?? '').trim();

/** Resolves with the events of `type` fired on `el` within `ms`. */
export async function collect(el: Element, type: string, ms: number, action: () => unknown | Promise<unknown>): Promise<Event[]> {
  const seen: Event[] = [];
  const listener = (e: Event) => seen.push(e);
  el.addEventListener(type, listener);
  try {
    await action();
    await new Promise((resolve) => setTimeout(resolve, ms));
  } finally {
    el.removeEventListener(type, listener);
  }
  return seen;
}
