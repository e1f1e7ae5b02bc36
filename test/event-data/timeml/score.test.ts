import { expect } from 'chai';
import { addCounts, alignDocument, emptyCounts, summarize, type ScoredSpan } from '../../../bench/timex/score.js';
import { splitPaths } from '../../../bench/timex/corpus.js';

const span = (start: number, end: number, value = '2017-04-12', type = 'DATE'): ScoredSpan => ({ start, end, type, value });

describe('TempEval-3 timex scorer', () => {
  it('counts an identical extent as a strict and a relaxed match', () => {
    const { counts } = alignDocument([span(10, 20)], [span(10, 20)]);
    expect(counts).to.deep.equal({ gold: 1, system: 1, strict: 1, relaxed: 1, typeCorrect: 1, valueCorrect: 1 });
    const scores = summarize(counts);
    expect(scores.strict.f1).to.equal(1);
    expect(scores.valueF1).to.equal(1);
  });

  it('counts an overlapping but different extent as relaxed only', () => {
    // gold "last Friday", system "Friday"
    const { counts, pairs } = alignDocument([span(0, 11)], [span(5, 11)]);
    expect(counts.strict).to.equal(0);
    expect(counts.relaxed).to.equal(1);
    expect(pairs[0].strict).to.equal(false);
    const scores = summarize(counts);
    expect(scores.strict).to.deep.equal({ precision: 0, recall: 0, f1: 0 });
    expect(scores.relaxed).to.deep.equal({ precision: 1, recall: 1, f1: 1 });
  });

  it('does not match touching spans that share no character', () => {
    const { counts, missed, spurious } = alignDocument([span(0, 5)], [span(5, 9)]);
    expect(counts.relaxed).to.equal(0);
    expect(missed).to.have.length(1);
    expect(spurious).to.have.length(1);
  });

  it('matches one-to-one: one long system span covering two gold spans matches only one', () => {
    // gold "Monday" and "Tuesday", system "Monday and Tuesday"
    const gold = [span(0, 6, '2017-04-10'), span(11, 18, '2017-04-11')];
    const { counts, missed } = alignDocument(gold, [span(0, 18, '2017-04-10')]);
    expect(counts.relaxed).to.equal(1);
    expect(missed.map((g) => g.value)).to.deep.equal(['2017-04-11']);
    const scores = summarize(counts);
    expect(scores.relaxed.precision).to.equal(1);
    expect(scores.relaxed.recall).to.equal(0.5);
    expect(scores.relaxed.f1).to.be.closeTo(2 / 3, 1e-12);
  });

  it('matches one-to-one: two system spans inside one gold span count once', () => {
    const { counts, spurious } = alignDocument([span(0, 18)], [span(0, 6), span(11, 18)]);
    expect(counts.relaxed).to.equal(1);
    expect(spurious).to.have.length(1);
    expect(summarize(counts).relaxed.precision).to.equal(0.5);
  });

  it('prefers the exact partner, so a strict match is never lost to an overlapping neighbour', () => {
    const gold = [span(0, 10), span(20, 30)];
    const system = [span(5, 25), span(20, 30)];
    const { counts } = alignDocument(gold, system);
    expect(counts.strict).to.equal(1);
    expect(counts.relaxed).to.equal(2);
  });

  it('scores value and type accuracy over relaxed matches and multiplies them into attribute F1', () => {
    const gold = [span(0, 5, '2017-04-12'), span(10, 15, 'P2Y', 'DURATION'), span(20, 25, '2017-W15'), span(40, 45, 'PAST_REF')];
    const system = [span(0, 5, '2017-04-12'), span(10, 14, 'P2Y', 'DATE'), span(20, 25, '2017-W14'), span(60, 65, '2017')];
    const { counts } = alignDocument(gold, system);
    expect(counts).to.deep.equal({ gold: 4, system: 4, strict: 2, relaxed: 3, typeCorrect: 2, valueCorrect: 2 });
    const scores = summarize(counts);
    expect(scores.relaxed.f1).to.be.closeTo(0.75, 1e-12);
    expect(scores.valueAccuracy).to.be.closeTo(2 / 3, 1e-12);
    expect(scores.valueF1).to.be.closeTo(0.5, 1e-12);
    expect(scores.typeF1).to.be.closeTo(0.5, 1e-12);
    expect(scores.strict.f1).to.be.closeTo(0.5, 1e-12);
  });

  it('sums counts over documents before computing scores (micro average)', () => {
    const a = alignDocument([span(0, 5)], [span(0, 5)]).counts;
    const b = alignDocument([span(0, 5), span(9, 12)], []).counts;
    const total = addCounts(addCounts(emptyCounts(), a), b);
    expect(summarize(total).relaxed.recall).to.be.closeTo(1 / 3, 1e-12);
    expect(summarize(total).relaxed.precision).to.equal(1);
  });

  it('scores zero, not NaN, when a system finds nothing', () => {
    const scores = summarize(alignDocument([span(0, 5)], []).counts);
    expect(scores.relaxed).to.deep.equal({ precision: 0, recall: 0, f1: 0 });
    expect(scores.valueF1).to.equal(0);
  });
});

describe('corpus split', () => {
  it('holds out every fifth path in sorted order, whatever order the paths come in', () => {
    const paths = Array.from({ length: 12 }, (_, i) => `TimeBank/doc${String(i).padStart(2, '0')}.tml`);
    const shuffled = [...paths].reverse();
    const split = splitPaths(shuffled);
    expect(split.heldOut).to.deep.equal(['TimeBank/doc04.tml', 'TimeBank/doc09.tml']);
    expect(split.development).to.have.length(10);
    expect(split.development).to.not.include('TimeBank/doc04.tml');
  });
});
