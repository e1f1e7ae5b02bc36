import { expect } from 'chai';
import { inOrder } from '../../../packages/event-data/src/cli/article-pool.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs inOrder over 0..count-1, where item i takes `delay(i)` ms; returns the results and the most items that ran at once. */
async function run(count: number, window: Parameters<typeof inOrder<number, number>>[1], delay: (i: number) => number) {
  let running = 0;
  let most = 0;
  const out: number[] = [];
  for await (const r of inOrder(Array.from({ length: count }, (_, i) => i), window, async (i) => {
    most = Math.max(most, ++running);
    await sleep(delay(i));
    running--;
    return i * 10;
  }))
    out.push(r);
  return { out, most };
}

describe('cli: inOrder, the window of articles in flight', () => {
  it('yields results in the order of the items when later ones finish first', async () => {
    const { out } = await run(12, { items: 4 }, (i) => 24 - 2 * i);
    expect(out).to.deep.equal(Array.from({ length: 12 }, (_, i) => i * 10));
  });

  it('keeps the whole window busy behind one slow item', async () => {
    const { most } = await run(20, { items: 8 }, (i) => (i === 0 ? 60 : 1));
    expect(most).to.equal(8);
  });

  it('runs fewer at once when the items are heavy, but always at least one', async () => {
    const weighed = await run(8, { items: 8, weight: 10, weigh: () => 6 }, () => 2);
    expect(weighed.most).to.equal(2);
    const huge = await run(3, { items: 8, weight: 10, weigh: () => 1000 }, () => 2);
    expect(huge.out).to.deep.equal([0, 10, 20]);
    expect(huge.most).to.equal(1);
  });
});
