import { html, nothing, type TemplateResult } from 'lit';
import type { Lane } from '../model/lanes.js';
import type { Messages } from '../i18n/messages.js';
import type { RovingFocus } from './roving-focus.js';

/**
 * What surrounds the plot, in the order it is seen and tabbed through: the header (the range in
 * view, the count, and the toolbar at its end), the button to the nearest event when none is in
 * view, and the filters row (search field and lane toggles). Templates only: the element hands
 * in its state and its handlers.
 */

/** The header: the range and count, and the toolbar (zoom out, zoom in, reset, list). */
export function header(
  msg: Messages,
  state: { range: string; count: string; listOpen: boolean },
  on: { zoomOut: () => void; zoomIn: () => void; reset: () => void; list: (e: Event) => void },
): TemplateResult {
  return html`<header part="header">
    <div class="range" aria-hidden="true"><bdi>${state.range}</bdi><bdi class="count">${state.count}</bdi></div>
    <div class="toolbar" part="toolbar">
      <button @click=${on.zoomOut} aria-label=${msg.zoomOut} title="${msg.zoomOut} (−)">−</button>
      <button @click=${on.zoomIn} aria-label=${msg.zoomIn} title="${msg.zoomIn} (+)">+</button>
      <button @click=${on.reset} title=${msg.resetTitle}>${msg.reset}</button>
      <button @click=${on.list} aria-pressed=${state.listOpen ? 'true' : 'false'} title=${msg.listTitle}>${msg.list}</button>
    </div>
  </header>`;
}

/** With no event in the window, a button that goes to the nearest one. */
export function nearestButton(text: string, go: () => void): TemplateResult {
  return html`<button class="nearest" part="nearest" @click=${go}>${text}</button>`;
}

/**
 * The search field and one toggle per lane (of every event, hidden or not). The toggles are one
 * Tab stop (`roving`); a dataset of more than 24 lanes gets the search field alone.
 */
export function filterBar(
  msg: Messages,
  state: { search: string; lanes: Lane[]; hidden: readonly string[]; roving: RovingFocus<string> },
  lane: { name: (lane: Lane) => string; colour: (key: string) => string },
  on: { search: (e: Event) => void; toggle: (key: string) => void },
): TemplateResult {
  const toggles = state.lanes.length > 1 && state.lanes.length <= 24 ? state.lanes : [];
  const keys = toggles.map((l) => l.key);
  const stop = state.roving.stop(keys);
  return html`<div class="filters" part="filters">
    <input type="search" part="search" .value=${state.search} aria-label=${msg.searchLabel} placeholder=${msg.searchLabel} @input=${on.search} />
    ${toggles.length
      ? html`<div class="toggles" role="toolbar" aria-label=${msg.lanesLabel} @keydown=${(e: KeyboardEvent) => state.roving.onKey(e, keys)}>
          ${toggles.map(
            (l) =>
              html`<button part="lane-toggle" data-roving tabindex=${l.key === stop ? 0 : -1} class="t-${lane.colour(l.key)}" aria-pressed=${state.hidden.includes(l.key) ? 'false' : 'true'} @click=${() => on.toggle(l.key)}>
                ${lane.name(l)}
              </button>`,
          )}
        </div>`
      : nothing}
  </div>`;
}
