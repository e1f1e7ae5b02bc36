import { expect } from 'chai';
import fc from 'fast-check';
import { SortedSpans } from '../../../packages/event-data/src/extract/spans/sorted-spans.js';
import { BySentence } from '../../../packages/event-data/src/extract/spans/by-sentence.js';

// The lookups that keep extraction linear in article length must answer exactly as the passes over every
// span they replace: same spans, same order (stable by start), whatever the spans' lengths and overlaps.
const span = fc.record({ start: fc.nat(300), length: fc.nat(40), id: fc.nat() }).map(({ start, length, id }) => ({ start, end: start + length, id, sentence: start % 7 }));
const spans = fc.array(span, { maxLength: 60 });
const range = fc.tuple(fc.integer({ min: -10, max: 360 }), fc.nat(80)).map(([start, length]) => ({ start, end: start + length }));
const byStart = <T extends { start: number }>(list: readonly T[]) => [...list].sort((a, b) => a.start - b.start);

describe('extract: span lookups answer as a pass over every span does', () => {
  it('finds the spans that overlap a stretch of text, by start', () => {
    fc.assert(fc.property(spans, range, (list, r) => {
      expect(new SortedSpans(list).overlapping(r.start, r.end)).to.deep.equal(byStart(list).filter((s) => s.start < r.end && s.end > r.start));
    }));
  });

  it('finds the spans within a stretch of text and those covering it, by start', () => {
    fc.assert(fc.property(spans, range, (list, r) => {
      const sorted = new SortedSpans(list);
      expect(sorted.within(r.start, r.end)).to.deep.equal(byStart(list).filter((s) => s.start >= r.start && s.end <= r.end));
      expect(sorted.covering(r.start, r.end)).to.deep.equal(byStart(list).filter((s) => s.start <= r.start && s.end >= r.end));
    }));
  });

  it('counts the spans that start before an offset', () => {
    fc.assert(fc.property(spans, fc.integer({ min: -5, max: 350 }), (list, at) => {
      expect(new SortedSpans(list).firstAtOrAfter(at)).to.equal(list.filter((s) => s.start < at).length);
    }));
  });

  it('groups items by sentence in their own order', () => {
    fc.assert(fc.property(spans, fc.nat(8), (list, s) => {
      expect(new BySentence(list).of(s)).to.deep.equal(list.filter((x) => x.sentence === s));
    }));
  });
});
