import { utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { formatUtc, type LabelStyle } from './format.js';
import type { TimeScale } from './time-scale.js';

/** One tick of the axis. */
export interface Tick {
  x: number;
  t: number;
  label: string;
}

interface Level {
  interval: TimeInterval;
  /** Rough length of one step, to pick the level. */
  ms: number;
  style: LabelStyle;
  /** Room a label needs, in px. */
  room: number;
  major: number;
}

const M = 60_000;
const H = 60 * M;
const D = 24 * H;
const every = (i: CountableTimeInterval, n: number) => i.every(n)!;

// Minor levels from fine to coarse; `major` indexes MAJORS, the level drawn under it.
const MINORS: Level[] = [
  { interval: every(utcMinute, 5), ms: 5 * M, style: 'time', room: 44, major: 0 },
  { interval: every(utcMinute, 15), ms: 15 * M, style: 'time', room: 44, major: 0 },
  { interval: utcHour, ms: H, style: 'time', room: 44, major: 0 },
  { interval: every(utcHour, 3), ms: 3 * H, style: 'time', room: 44, major: 0 },
  { interval: every(utcHour, 6), ms: 6 * H, style: 'time', room: 44, major: 0 },
  { interval: utcDay, ms: D, style: 'day', room: 26, major: 1 },
  { interval: every(utcDay, 2), ms: 2 * D, style: 'day', room: 26, major: 1 },
  { interval: utcMonday, ms: 7 * D, style: 'day', room: 26, major: 1 },
  { interval: utcMonth, ms: 30 * D, style: 'month', room: 40, major: 2 },
  { interval: every(utcMonth, 3), ms: 91 * D, style: 'quarter', room: 30, major: 2 },
  { interval: utcYear, ms: 365 * D, style: 'year', room: 44, major: 3 },
  { interval: every(utcYear, 5), ms: 5 * 365 * D, style: 'year', room: 44, major: 4 },
  { interval: every(utcYear, 10), ms: 10 * 365 * D, style: 'year', room: 44, major: 5 },
  { interval: every(utcYear, 50), ms: 50 * 365 * D, style: 'year', room: 44, major: 6 },
  { interval: every(utcYear, 100), ms: 100 * 365 * D, style: 'year', room: 44, major: 6 },
];
const MAJORS: { interval: TimeInterval; style: LabelStyle }[] = [
  { interval: utcDay, style: 'dayMonthYear' },
  { interval: utcMonth, style: 'monthYear' },
  { interval: utcYear, style: 'year' },
  { interval: every(utcYear, 10), style: 'year' },
  { interval: every(utcYear, 50), style: 'year' },
  { interval: every(utcYear, 100), style: 'year' },
  { interval: every(utcYear, 1000), style: 'year' },
];

/** The two tick levels of the axis for a scale: minor ticks with short labels, major ticks with long ones. */
export function axisTicks(scale: TimeScale, locale: string): { minor: Tick[]; major: Tick[]; grain: number } {
  const msPerPx = scale.msPerPx;
  const level = MINORS.find((l) => l.ms / msPerPx >= l.room) ?? MINORS[MINORS.length - 1];
  const make = (interval: TimeInterval, style: LabelStyle, from: number, to: number): Tick[] =>
    interval.range(new Date(from), new Date(to)).map((d) => ({ t: +d, x: scale.x(+d), label: formatUtc(+d, locale, style) }));
  const [t0, t1] = [scale.d0, scale.d1];
  const minor = make(level.interval, level.style, t0, t1 + 1);
  const majorLevel = MAJORS[level.major];
  // The major tick before the window is included so its label can stick to the left edge.
  const first = +majorLevel.interval.floor(new Date(t0));
  const major = make(majorLevel.interval, majorLevel.style, first, t1 + 1);
  return { minor, major, grain: level.ms };
}
