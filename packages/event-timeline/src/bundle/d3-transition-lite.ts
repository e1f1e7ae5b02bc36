/**
 * Stands in for d3-transition in the standalone bundle only (see rollup.config.mjs). d3-zoom
 * imports d3-transition to animate double-click zoom and to interrupt such animations; the
 * element always zooms with `duration(0)`, so no transition ever starts and these no-ops behave
 * the same. With d3-interpolate-lite.ts it drops d3-transition, d3-interpolate, d3-color, d3-ease and d3-timer.
 */
import { selection } from 'd3-selection';

/** Nothing to interrupt: no transition is ever scheduled. */
export function interrupt(): void {}

(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (this: unknown) {
  return this;
};
