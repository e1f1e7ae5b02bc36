export interface CpuTicks {
  busy: number;
  idle: number;
  steal: number;
}
/** The machine-wide CPU counters of a /proc/stat text: time busy, idle, and stolen by the host. */
export function cpuTicks(procStat: string): CpuTicks | undefined;
/** The share (%, one decimal) of CPU time the host took between two readings; null when unknown. */
export function stolenPercent(before: CpuTicks | undefined, after: CpuTicks | undefined): number | null;
/** Starts watching the host; the function returned gives the share (%) of CPU time stolen since, or null. */
export function watchSteal(): () => number | null;
