import { expect } from 'chai';
import { median, percentile, summarize } from '../../bench/component/stats.mjs';

describe('benchmark statistics', () => {
  it('takes the middle value of an odd-sized list regardless of order', () => {
    expect(median([9, 1, 5])).to.equal(5);
  });

  it('averages the two middle values of an even-sized list', () => {
    expect(median([4, 1, 3, 2])).to.equal(2.5);
  });

  it('does not reorder the caller’s array', () => {
    const runs = [3, 1, 2];
    median(runs);
    expect(runs).to.deep.equal([3, 1, 2]);
  });

  it('interpolates the 95th percentile between closest ranks', () => {
    expect(percentile([1, 2, 3, 4, 5], 95)).to.be.closeTo(4.8, 1e-9);
    expect(percentile([10, 20], 50)).to.equal(15);
  });

  it('lets one slow frame in twenty show in p95 but not in the median', () => {
    const frames = [...Array.from({ length: 19 }, () => 5), 100];
    expect(median(frames)).to.equal(5);
    expect(percentile(frames, 95)).to.be.greaterThan(5);
    expect(percentile(frames, 100)).to.equal(100);
  });

  it('names the problem for empty lists, bad values and out-of-range percentiles', () => {
    expect(() => median([])).to.throw(/median: needs at least one number/);
    expect(() => median([1, Number.NaN])).to.throw(/value 1 is not a finite number/);
    expect(() => percentile([1], 101)).to.throw(/p must be within 0\.\.100/);
  });

  it('summarizes timings rounded to a tenth of a millisecond', () => {
    expect(summarize([1.234, 2.345, 3.456])).to.deep.equal({ n: 3, median: 2.3, p95: 3.3, min: 1.2, max: 3.5 });
  });
});
