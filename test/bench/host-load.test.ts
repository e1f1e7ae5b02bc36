import { expect } from 'chai';
import { cpuTicks, stolenPercent } from '../../bench/host-load.mjs';

// Two readings of /proc/stat, 10 s apart on a 2-core guest whose host took a fifth of its time.
const BEFORE = 'cpu  1000 10 200 5000 40 0 30 100 0 0\ncpu0 500 5 100 2500 20 0 15 50 0 0\nintr 1 2 3\n';
const AFTER = 'cpu  2200 10 400 5600 40 0 70 500 0 0\ncpu0 1100 5 200 2800 20 0 35 250 0 0\nintr 4 5 6\n';

describe('host load of a benchmark run', () => {
  it('reads the machine-wide line of /proc/stat, not a core', () => {
    expect(cpuTicks(BEFORE)).to.deep.equal({ busy: 1000 + 10 + 200 + 0 + 30, idle: 5000 + 40, steal: 100 });
  });

  it('gives the share of CPU time the host took between two readings', () => {
    // busy 1440, idle 600, steal 400 → 400 / 2440
    expect(stolenPercent(cpuTicks(BEFORE), cpuTicks(AFTER))).to.equal(16.4);
  });

  it('counts no steal on a kernel that does not report it, and knows nothing without a cpu line', () => {
    expect(stolenPercent(cpuTicks('cpu 10 0 10 80\n'), cpuTicks('cpu 20 0 20 160\n'))).to.equal(0);
    expect(cpuTicks('intr 1 2 3\n')).to.equal(undefined);
    expect(stolenPercent(undefined, cpuTicks(AFTER))).to.equal(null);
  });
});
