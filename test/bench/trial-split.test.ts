import { expect } from 'chai';
import { trialPart, trialPartIds } from '../../bench/events/trial-split.js';

describe('bench:events trial-corpus split', () => {
  it('holds out every third article in sorted id order, whatever order the ids come in', () => {
    const ids = ['5', '1', '4', '2', '6', '3'];
    expect([...trialPartIds(ids, 'held-out')].sort()).to.deep.equal(['3', '6']);
    expect([...trialPartIds(ids, 'development')].sort()).to.deep.equal(['1', '2', '4', '5']);
  });

  it('refuses an id that is not in the corpus', () => {
    expect(() => trialPart(['1', '2'], '9')).to.throw(/"9" is not in the trial corpus/);
  });
});
