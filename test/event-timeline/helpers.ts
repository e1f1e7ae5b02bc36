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

/**
 * Runs `action` as if the viewer's clock were `hours` from UTC (e.g. -10 for Honolulu): every
 * local-time getter of Date answers as there, and so does Intl.DateTimeFormat's default zone
 * when `timeZone` (an IANA name for the same offset) is given. Everything is restored after.
 */
export async function inTimeZone<T>(hours: number, action: () => Promise<T>, timeZone?: string): Promise<T> {
  const proto = Date.prototype as unknown as Record<string, (this: Date) => number>;
  const names = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getTimezoneOffset'] as const;
  const saved = names.map((n) => proto[n]);
  const shifted = (d: Date) => new Date(d.getTime() + hours * 3_600_000);
  proto.getFullYear = function () { return shifted(this).getUTCFullYear(); };
  proto.getMonth = function () { return shifted(this).getUTCMonth(); };
  proto.getDate = function () { return shifted(this).getUTCDate(); };
  proto.getDay = function () { return shifted(this).getUTCDay(); };
  proto.getHours = function () { return shifted(this).getUTCHours(); };
  proto.getMinutes = function () { return shifted(this).getUTCMinutes(); };
  proto.getTimezoneOffset = () => -hours * 60;
  const RealDTF = Intl.DateTimeFormat;
  if (timeZone) {
    const Local = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      return new RealDTF(locales, { timeZone, ...options });
    } as unknown as typeof Intl.DateTimeFormat;
    Object.assign(Local, RealDTF);
    Intl.DateTimeFormat = Local;
  }
  try {
    return await action();
  } finally {
    names.forEach((n, i) => (proto[n] = saved[i]));
    Intl.DateTimeFormat = RealDTF;
  }
}

/** Presses Tab until the chart has the keyboard focus (past the toolbar, which comes first as it is seen first). */
export async function tabToChart(el: Element): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  for (let n = 0; n < 12; n++) {
    await sendKeys({ press: 'Tab' });
    if (el.shadowRoot!.activeElement?.getAttribute('part') === 'plot') return;
  }
  throw new Error('Tab never reached the chart');
}
