import { utcDays, utcHours, utcMinutes, utcMondays, utcMonths, utcYears, type UtcInterval } from './utc-interval.js';
import { formatUtc, type LabelStyle } from './format.js';
import type { TimeScale } from '../model/time-scale.js';

/** One tick of the axis. */
export interface Tick {
  x: number;
  t: number;
  label: string;
}

interface Level {
  interval: UtcInterval;
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

// Minor levels from fine to coarse; `major` indexes MAJORS, the level drawn under it.
const MINORS: Level[] = [
  { interval: utcMinutes(5), ms: 5 * M, style: 'time', room: 44, major: 0 },
  { interval: utcMinutes(15), ms: 15 * M, style: 'time', room: 44, major: 0 },
  { interval: utcHours(1), ms: H, style: 'time', room: 44, major: 0 },
  { interval: utcHours(3), ms: 3 * H, style: 'time', room: 44, major: 0 },
  { interval: utcHours(6), ms: 6 * H, style: 'time', room: 44, major: 0 },
  { interval: utcDays(1), ms: D, style: 'day', room: 26, major: 1 },
  { interval: utcDays(2), ms: 2 * D, style: 'day', room: 26, major: 1 },
  { interval: utcMondays, ms: 7 * D, style: 'day', room: 26, major: 1 },
  { interval: utcMonths(1), ms: 30 * D, style: 'month', room: 40, major: 2 },
  { interval: utcMonths(3), ms: 91 * D, style: 'quarter', room: 30, major: 2 },
  { interval: utcYears(1), ms: 365 * D, style: 'year', room: 44, major: 3 },
  { interval: utcYears(5), ms: 5 * 365 * D, style: 'year', room: 44, major: 4 },
  { interval: utcYears(10), ms: 10 * 365 * D, style: 'year', room: 44, major: 5 },
  { interval: utcYears(50), ms: 50 * 365 * D, style: 'year', room: 44, major: 6 },
  { interval: utcYears(100), ms: 100 * 365 * D, style: 'year', room: 44, major: 6 },
];
const MAJORS: { interval: UtcInterval; style: LabelStyle }[] = [
  { interval: utcDays(1), style: 'dayMonthYear' },
  { interval: utcMonths(1), style: 'monthYear' },
  { interval: utcYears(1), style: 'year' },
  { interval: utcYears(10), style: 'year' },
  { interval: utcYears(50), style: 'year' },
  { interval: utcYears(100), style: 'year' },
  { interval: utcYears(1000), style: 'year' },
];

/** The two tick levels of the axis for a scale: minor ticks with short labels, major ticks with long ones. */
export function axisTicks(scale: TimeScale, locale: string): { minor: Tick[]; major: Tick[]; grain: number } {
  const msPerPx = scale.msPerPx;
  const level = MINORS.find((l) => l.ms / msPerPx >= l.room) ?? MINORS[MINORS.length - 1];
  const make = (interval: UtcInterval, style: LabelStyle, from: number, to: number): Tick[] =>
    interval.range(from, to).map((t) => ({ t, x: scale.x(t), label: formatUtc(t, locale, style) }));
  const [t0, t1] = [scale.d0, scale.d1];
  const minor = make(level.interval, level.style, t0, t1 + 1);
  const majorLevel = MAJORS[level.major];
  // The major tick before the window is included so its label can stick to the left edge.
  const first = majorLevel.interval.floor(t0);
  const major = make(majorLevel.interval, majorLevel.style, first, t1 + 1);
  return { minor, major, grain: level.ms };
}
