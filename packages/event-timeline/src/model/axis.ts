import { utcDays, utcHours, utcMinutes, utcMondays, utcMonths, utcYears, type UtcInterval } from './utc-interval.js';
import type { TimeScale } from './time-scale.js';

/**
 * The two rows of the time axis, as times and positions (the words are the renderer's): the tick
 * row (hours, days, months, years…) and under it the context row, which names the period that
 * holds the ticks shown (the day of hour ticks, the month of day ticks, the year of month ticks).
 * Years need no context: a year label is whole, and a bold "2010" under the ticks 2014–2017 read
 * as a mistake, not as "the 2010s".
 */

/** How a tick's label is written (the renderer's LabelStyle names). */
export type TickStyle = 'time' | 'day' | 'month' | 'quarter' | 'year';
/** How a context label is written. */
export type ContextStyle = 'dayMonthYear' | 'monthYear' | 'year';

/** A position on the axis: the instant `t` at `x` px. */
export interface AxisTick {
  t: number;
  x: number;
}

export interface AxisRows {
  /** Tick marks (and grid lines) of the tick row, in the window. */
  ticks: AxisTick[];
  /** Bolder marks and grid lines: the boundaries of the context periods (decades for years). */
  major: AxisTick[];
  /** Where the tick row's labels go: `t` is the tick labelled, `x` the label's centre. Only labels that are whole in view. */
  labels: AxisTick[];
  style: TickStyle;
  /** Context labels: `t` the period's start, `x` the label's left edge. Each names a period holding at least one label of `labels`. */
  context: AxisTick[];
  contextStyle: ContextStyle | undefined;
  /** Rough length (ms) of one tick step. */
  grain: number;
}

interface Level {
  interval: UtcInterval;
  /** Rough length of one step, to pick the level. */
  ms: number;
  style: TickStyle;
  /** Room a label needs, px. */
  room: number;
  /** Whether labels sit in the middle of the period they name (a day, a month) or on the tick (09:00, Monday the 3rd, 2015 of 2015–2020). */
  cells: boolean;
  /** The coarser periods: bold lines, and the context row when labelled. */
  major: UtcInterval;
  context?: ContextStyle;
}

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const Y = 365.25 * D;

const day: Pick<Level, 'major' | 'context'> = { major: utcDays(1), context: 'dayMonthYear' };
const month: Pick<Level, 'major' | 'context'> = { major: utcMonths(1), context: 'monthYear' };
const year: Pick<Level, 'major' | 'context'> = { major: utcYears(1), context: 'year' };
const time = (interval: UtcInterval, ms: number): Level => ({ interval, ms, style: 'time', room: 44, cells: false, ...day });
const years = (n: number, major: number): Level => ({ interval: utcYears(n), ms: n * Y, style: 'year', room: 44, cells: n === 1, major: utcYears(major) });

/** Tick levels from fine to coarse: the first whose labels have room is used. */
const LEVELS: Level[] = [
  time(utcMinutes(1), M),
  time(utcMinutes(5), 5 * M),
  time(utcMinutes(15), 15 * M),
  time(utcMinutes(30), 30 * M),
  time(utcHours(1), H),
  time(utcHours(3), 3 * H),
  time(utcHours(6), 6 * H),
  time(utcHours(12), 12 * H),
  { interval: utcDays(1), ms: D, style: 'day', room: 26, cells: true, ...month },
  { interval: utcDays(2), ms: 2 * D, style: 'day', room: 26, cells: false, ...month },
  { interval: utcMondays, ms: 7 * D, style: 'day', room: 26, cells: false, ...month },
  { interval: utcMonths(1), ms: 30.4 * D, style: 'month', room: 40, cells: true, ...year },
  { interval: utcMonths(3), ms: 91 * D, style: 'quarter', room: 30, cells: true, ...year },
  years(1, 10),
  years(2, 10),
  years(5, 10),
  years(10, 50),
  years(20, 100),
  years(50, 100),
  years(100, 1000),
  years(200, 1000),
  years(500, 1000),
  years(1000, 10000),
];

/** The tick level for a scale: the finest whose labels get their room. */
function levelFor(scale: TimeScale): Level {
  const msPerPx = scale.msPerPx;
  return LEVELS.find((l) => l.ms / msPerPx >= l.room) ?? LEVELS[LEVELS.length - 1];
}

/**
 * The axis rows of a scale. `contextWidth(t, style)` is the width (px) of the context label of the
 * period starting at `t`: a context label sticks to the left edge while its period is in view,
 * and is left out when it would not fit before the next one or when none of its period's ticks
 * is labelled in view (no "1990" over the last sliver of 1999). `tickWidth(t, style)` is the
 * width of a tick label: one that an edge would cut is left out (by default, a width a little
 * under the level's room).
 *
 * @example axisRows(scale, (t) => 80).contextStyle // 'monthYear' when the ticks are days
 */
export function axisRows(
  scale: TimeScale,
  contextWidth: (t: number, style: ContextStyle) => number,
  tickWidth: (t: number, style: TickStyle) => number = (_, style) => (LEVELS.find((l) => l.style === style)?.room ?? 44) - 8,
): AxisRows {
  const level = levelFor(scale);
  const [t0, t1] = [scale.d0, scale.d1];
  const [r0, r1] = [Math.min(scale.r0, scale.r1), Math.max(scale.r0, scale.r1)];
  const at = (t: number): AxisTick => ({ t, x: scale.x(t) });
  // One boundary before the window and one after it, so that the cells cut by the edges have both ends.
  const first = level.interval.floor(t0);
  const bounds = level.interval.range(first, t1 + 1);
  if (bounds[0] !== first) bounds.unshift(first);
  const after = level.interval.range(bounds[bounds.length - 1] + 1, t1 + level.ms * 2 + 1)[0];
  if (after !== undefined) bounds.push(after);
  const ticks = bounds.filter((t) => t >= t0 && t <= t1).map(at);
  const labels: AxisTick[] = [];
  // A label centred closer to an edge than half its width would be cut there ("4" for the 14th).
  // Only labels within a room of an edge can be: the others are not measured.
  const whole = (t: number, x: number): boolean => {
    if (x >= r0 + level.room && x <= r1 - level.room) return true;
    const half = tickWidth(t, level.style) / 2 + 1;
    return x - r0 >= half && r1 - x >= half;
  };
  for (let j = 0; j < bounds.length; j++) {
    const t = bounds[j];
    if (level.cells && j + 1 >= bounds.length) break;
    const x = level.cells ? (scale.x(t) + scale.x(bounds[j + 1])) / 2 : scale.x(t);
    if (whole(t, x)) labels.push({ t, x });
  }
  const periods = level.major.range(level.major.floor(t0), t1 + 1);
  if (!periods.length || periods[0] > t0) periods.unshift(level.major.floor(t0));
  const major = periods.filter((t) => t >= t0 && t <= t1).map(at);
  const context: AxisTick[] = [];
  if (level.context) {
    for (let j = 0; j < periods.length; j++) {
      const start = periods[j];
      const end = periods[j + 1] ?? Infinity;
      if (!labels.some((l) => l.t >= start && l.t < end)) continue;
      const w = contextWidth(start, level.context);
      const nextX = end === Infinity ? Infinity : scale.x(end);
      const x = Math.min(Math.max(scale.x(start) + 6, r0 + 6), nextX - w - 10);
      if (x >= r0 && x + w <= r1 + 2) context.push({ t: start, x });
    }
  }
  return { ticks, major, labels, style: level.style, context, contextStyle: level.context, grain: level.ms };
}
