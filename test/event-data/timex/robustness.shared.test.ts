import { expect } from 'chai';
import { tagTimexes } from '@event-timeline/data';
import { DCT, tagAll } from './helpers.js';

describe('timex: any input', () => {
  it('returns nothing for empty text', () => {
    expect(tagAll('')).to.deep.equal([]);
  });

  it('returns nothing, without throwing, for an unusable DCT', () => {
    expect(tagTimexes('He left yesterday.', { dct: 'soon' })).to.deep.equal([]);
    expect(tagTimexes('He left yesterday.', { dct: '2017-02-30' })).to.deep.equal([]);
  });

  it('accepts a DCT with a time of day, without zero padding, or as YYYYMMDD', () => {
    expect(tagTimexes('He left yesterday.', { dct: '2017-09-20T14:35:00Z' })[0]!.value).to.equal('2017-09-19');
    expect(tagTimexes('He left yesterday.', { dct: '2017-9-2' })[0]!.value).to.equal('2017-09-01');
    expect(tagTimexes('He left yesterday.', { dct: '20170920' })[0]!.value).to.equal('2017-09-19');
  });

  it('keeps UTF-16 offsets exact around lone surrogates and control characters', () => {
    const text = '\uD800 On April 12, 2017 \u0000\u0007 they met\uDC00 yesterday \u2028 and last week.';
    const found = tagAll(text);
    expect(found.map((t) => t.text)).to.deep.equal(['April 12, 2017', 'yesterday', 'last week']);
    for (const t of found) expect(text.slice(t.start, t.end)).to.equal(t.text);
  });

  it('returns sorted, non-overlapping expressions', () => {
    const found = tagAll('On Monday, March 6, 2017, at 3 p.m., two years after the 1990s boom ended, prices rose daily.');
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).to.be.at.least(found[i - 1]!.end);
    expect(found.length).to.be.greaterThan(3);
  });

  it('handles long runs without spaces or with endless digits', () => {
    expect(tagAll('a'.repeat(200_000))).to.deep.equal([]);
    expect(tagAll('1'.repeat(200_000))).to.deep.equal([]);
    expect(tagAll('-/'.repeat(100_000) + ' 2017-04-12')[0]!.value).to.equal('2017-04-12');
  });

  it('gives the same output for the same input', () => {
    const text = 'Last Friday, three days ago, and next year.';
    expect(tagTimexes(text, { dct: DCT })).to.deep.equal(tagTimexes(text, { dct: DCT }));
  });
});
