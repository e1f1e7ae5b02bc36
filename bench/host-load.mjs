// How much of the machine a benchmark had. On a shared virtual machine the host gives CPU time
// to other guests ("steal" in Linux's /proc/stat): the guest's threads wait, and every timing
// grows, whatever the code measured does. Reported beside the results so that a slow run can be
// told from slow code.
import { readFileSync } from 'node:fs';

/**
 * The machine-wide CPU counters (clock ticks over all cores) of a /proc/stat text: time busy,
 * idle, and stolen by the host. Undefined when the text has no `cpu` line.
 */
export function cpuTicks(procStat) {
  const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return undefined;
  // user nice system idle iowait irq softirq steal (older kernels stop before steal); the guest
  // columns after steal are time already counted in user and nice, so they are left out.
  const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  if (![user, nice, system, idle].every(Number.isFinite)) return undefined;
  return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
}

/** The share (%, one decimal) of CPU time the host took between two readings of cpuTicks(); null when unknown. */
export function stolenPercent(before, after) {
  if (!before || !after) return null;
  const busy = after.busy - before.busy;
  const idle = after.idle - before.idle;
  const steal = after.steal - before.steal;
  const total = busy + idle + steal;
  return total > 0 && steal >= 0 ? Math.round((steal / total) * 1000) / 10 : null;
}

const readTicks = () => {
  try {
    return cpuTicks(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined; // not Linux
  }
};

/** Starts watching the host; the function returned gives the share (%) of CPU time stolen since, or null where it can't be known. */
export function watchSteal() {
  const before = readTicks();
  return () => stolenPercent(before, readTicks());
}
