/**
 * UTC calendar steps for the axis: minutes, hours, days, Mondays, months and years, each with a
 * step count. A few lines instead of d3-time, whose module builds every local and UTC interval
 * at load (none can be tree-shaken) and costs ~1.5 KB gzipped of the bundle budget.
 */
export interface UtcInterval {
  /** The boundaries t with start <= t < stop. */
  range(start: number, stop: number): number[];
  /** The boundary at or before t. */
  floor(t: number): number;
}

const MIN = 60_000;
const DAY = 86_400_000;

function fixed(size: number, offset = 0): UtcInterval {
  const floor = (t: number) => Math.floor((t - offset) / size) * size + offset;
  return {
    floor,
    range(start, stop) {
      const out: number[] = [];
      for (let t = Math.ceil((start - offset) / size) * size + offset; t < stop && out.length < 5000; t += size) out.push(t);
      return out;
    },
  };
}

/** Every `n` minutes (n divides 60), hours (n divides 24) or days since the epoch, in UTC. */
export const utcMinutes = (n: number) => fixed(n * MIN);
export const utcHours = (n: number) => fixed(n * 60 * MIN);
export const utcDays = (n: number) => fixed(n * DAY);
/** Mondays: 1970-01-05 was one. */
export const utcMondays = fixed(7 * DAY, 4 * DAY);

/** Every `n` months from January (n divides 12) or every `n` years from year 0. */
export function utcMonths(n: number, years = false): UtcInterval {
  const step = years ? 12 * n : n;
  const index = (t: number) => {
    const d = new Date(t);
    return d.getUTCFullYear() * 12 + d.getUTCMonth();
  };
  const at = (i: number) => {
    const d = new Date(0);
    d.setUTCFullYear(Math.floor(i / 12), i % 12, 1);
    return d.getTime();
  };
  const floor = (t: number) => at(Math.floor(index(t) / step) * step);
  return {
    floor,
    range(start, stop) {
      const out: number[] = [];
      let i = Math.floor(index(start) / step) * step;
      if (at(i) < start) i += step;
      for (let t = at(i); t < stop && out.length < 5000; t = at((i += step))) out.push(t);
      return out;
    },
  };
}
export const utcYears = (n: number) => utcMonths(n, true);
