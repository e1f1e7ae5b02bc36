import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineItem } from '../model/types.js';
import { describeDate } from './describe-date.js';
import { formatCount } from './format.js';
import type { Messages } from '../i18n/messages.js';

/** The hover/focus tooltip: title, date, type (unless the data has none) and how many sources reported it. */
export function tooltip(item: TimelineItem, x: number, y: number, width: number, height: number, locale: string, msg: Messages, typed = true): TemplateResult {
  const left = Math.max(8, Math.min(x + 12, width - 250));
  // Near the bottom of the plot the tooltip opens upwards, so it never overflows the lanes.
  const place = y + 64 > height ? `bottom:${height - y + 30}px` : `top:${y}px`;
  return html`<div class="tooltip" part="tooltip" role="tooltip" style="left:${left}px;${place}">
    <strong>${item.title}</strong>
    <span class="meta">${describeDate(item, locale)}${typed ? ` · ${msg.types[item.type] ?? item.type}` : ''}${item.sources > 1 ? ` · ${msg.sources(item.sources, formatCount(item.sources, locale))}` : nothing}</span>
  </div>`;
}
