import { axisRows, type AxisRows, type AxisTick } from '../model/axis.js';
import type { TimeScale } from '../model/time-scale.js';
import { formatUtc } from './format.js';
import { measureText } from './measure.js';

/** One labelled position of the axis. */
export interface Tick extends AxisTick {
  label: string;
}

/** The axis of a scale with its words: the rows of axisRows(), labelled in the locale. */
export interface Axis extends Omit<AxisRows, 'labels' | 'context'> {
  labels: Tick[];
  context: Tick[];
}

/** The font of the context row (see `.axis .major-label` in styles.ts): its labels are measured to place them. */
const CONTEXT_FONT = '600 12px system-ui, sans-serif';
/** The font of the tick row (see `.axis text` in plot-styles.ts): a label near an edge is measured to see whether it is whole. */
const TICK_FONT = '11px system-ui, sans-serif';

/** The two rows of the axis for a scale, labelled in `locale`. */
export function axisTicks(scale: TimeScale, locale: string): Axis {
  const rows = axisRows(
    scale,
    (t, style) => measureText(formatUtc(t, locale, style), CONTEXT_FONT),
    (t, style) => measureText(formatUtc(t, locale, style), TICK_FONT),
  );
  const contextStyle = rows.contextStyle;
  return {
    ...rows,
    labels: rows.labels.map((l) => ({ ...l, label: formatUtc(l.t, locale, rows.style) })),
    context: contextStyle ? rows.context.map((c) => ({ ...c, label: formatUtc(c.t, locale, contextStyle) })) : [],
  };
}
