import { expect } from 'chai';
import { cpuTicks, stolenPercent } from '../../bench/host-load.mjs';

// Two readings of /proc/stat (user nice system idle iowait irq softirq steal guest guest_nice),
// 10 s apart on a 2-core guest at 100 ticks/s (2,000 ticks), whose host took a fifth of its time.
// The guest columns are time already counted in user and nice: 300 ticks of them here.
const BEFORE = 'cpu  1000 10 200 5000 40 0 30 100 50 0\ncpu0 500 5 100 2500 20 0 15 50 25 0\nintr 1 2 3\n';
const AFTER = 'cpu  1900 10 400 5460 40 0 70 500 350 0\ncpu0 950 5 200 2730 20 0 35 250 175 0\nintr 4 5 6\n';

describe('host load of a benchmark run', () => {
  it('reads the machine-wide line of /proc/stat, not a core', () => {
    expect(cpuTicks(BEFORE)).to.deep.equal({ busy: 1000 + 10 + 200 + 0 + 30, idle: 5000 + 40, steal: 100 });
  });

  it('gives the share of CPU time the host took between two readings, not counting guest time twice', () => {
    // busy 900 + 200 + 40, idle 460, steal 400: 400 of 2,000 ticks
    expect(stolenPercent(cpuTicks(BEFORE), cpuTicks(AFTER))).to.equal(20);
  });

  it('counts no steal on a kernel that does not report it, and knows nothing without a cpu line', () => {
    expect(stolenPercent(cpuTicks('cpu 10 0 10 80\n'), cpuTicks('cpu 20 0 20 160\n'))).to.equal(0);
    expect(cpuTicks('intr 1 2 3\n')).to.equal(undefined);
    expect(stolenPercent(undefined, cpuTicks(AFTER))).to.equal(null);
  });
});
