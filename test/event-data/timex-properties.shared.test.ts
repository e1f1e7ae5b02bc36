// Invariants of tagTimexes on arbitrary text, in Node and in Chromium (no Node APIs here).
import { expect } from 'chai';
import fc from 'fast-check';
import { tagTimexes } from '../../packages/event-data/src/timex/index.js';
import type { Timex } from '../../packages/event-data/src/timex/types.js';

const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];
const ANCHORS = ['explicit', 'dct', 'context'];

const DATE_WORDS = [
  'January', 'Jan.', 'March', 'May', 'Sept.', 'December', 'Monday', 'Friday', 'Sunday', 'today', 'yesterday', 'tomorrow',
  'tonight', 'now', 'recently', 'week', 'weeks', 'month', 'year', 'years', 'decade', 'century', 'quarter', 'half',
  'fiscal', 'spring', 'summer', 'morning', 'night', 'last', 'next', 'this', 'that', 'the', 'early', 'mid', 'late',
  'about', 'more than', 'ago', 'earlier', 'later', 'every', 'each', 'twice', 'a', 'per', 'daily', 'two', 'twenty-one',
  'first', '12th', 'a.m.', 'p.m.', 'noon', 'midnight', 'GMT', 'EDT', "'90s", '1990s', '2017', '4/12/2017',
  '2017-04-12', '12', '31', '0', '99999', 'Q3', 'H1', 'FY2017', 'of', 'in', 'on', 'since', 'until', 'from', 'to',
];
const PUNCT = [' ', ' ', ' ', ',', '.', '-', '–', '/', ':', "'", '"', '(', ')', '\n', '\t', '\r\n', '\u00a0', '&', '…'];
const CONTROL = ['\u0000', '\u0007', '\u001b', '\u007f', '\u200b', '\ufeff', '\u2028', '\ufffd'];
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Text built from date words, digits, punctuation, control characters and lone surrogates. */
const newsLike = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...DATE_WORDS) },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
      { weight: 1, arbitrary: fc.stringMatching(/^\d{1,12}$/) },
      { weight: 6, arbitrary: fc.constantFrom(...PUNCT) },
      { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
      { weight: 1, arbitrary: loneSurrogate },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.oneof(fc.constantFrom('1', ' ', '/', '-', ':', 'a', 'M'), loneSurrogate), maxLength: 200 }),
  newsLike,
);

/** A DCT: mostly valid dates and date-times, sometimes something that is not a date at all. */
const dct = fc.oneof(
  { weight: 8, arbitrary: fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 2, arbitrary: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19)) },
  { weight: 1, arbitrary: fc.constantFrom('', 'not a date', '2017-02-30', '2017-13-01', '0000-00-00') },
);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when `i` falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

function checkInvariants(text: string, timexes: Timex[]): void {
  expect(timexes).to.be.an('array');
  let previousEnd = 0;
  for (const t of timexes) {
    expect(Number.isInteger(t.start) && Number.isInteger(t.end), 'integer offsets').to.equal(true);
    expect(t.start, 'start after the previous end (sorted, non-overlapping)').to.be.at.least(previousEnd);
    expect(t.end, 'non-empty').to.be.greaterThan(t.start);
    expect(t.end, 'in range').to.be.at.most(text.length);
    expect(text.slice(t.start, t.end)).to.equal(t.text);
    expect(splitsPair(text, t.start) || splitsPair(text, t.end), 'does not split a surrogate pair').to.equal(false);
    expect(TYPES).to.include(t.type);
    expect(ANCHORS).to.include(t.anchor);
    expect(t.value).to.be.a('string').and.not.equal('');
    for (const key of ['mod', 'quant', 'freq'] as const) {
      if (t[key] !== undefined) expect(t[key]).to.be.a('string').and.not.equal('');
    }
    previousEnd = t.end;
  }
}

describe('tagTimexes on arbitrary text (properties)', () => {
  it('never throws and returns sorted, non-overlapping, in-range timexes whose text is their slice', () => {
    fc.assert(
      fc.property(anyText, dct, (text, reference) => {
        checkInvariants(text, tagTimexes(text, { dct: reference }));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the invariants on news-like mixes of date words, numbers and punctuation', () => {
    fc.assert(
      fc.property(newsLike, dct, (text, reference) => {
        checkInvariants(text, tagTimexes(text, { dct: reference }));
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same text and DCT give deep-equal results', () => {
    fc.assert(
      fc.property(anyText, dct, (text, reference) => {
        expect(tagTimexes(text, { dct: reference })).to.deep.equal(tagTimexes(text, { dct: reference }));
      }),
      { numRuns: 150 },
    );
  });

  const MB = 1 << 20;
  const repeat = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const adversarial: [string, string][] = [
    ['"1 1 1 …"', repeat('1 ')],
    ['"the the the …"', repeat('the ')],
    ['a 1 MB run of digits', repeat('1234567890')],
    ['"January January …"', repeat('January ')],
    ['"12/12/12/12/…"', repeat('12/')],
    ['one 1 MB word without spaces', repeat('a')],
  ];
  for (const [what, text] of adversarial) {
    it(`returns on 1 MB of ${what}`, () => {
      const result = tagTimexes(text, { dct: '2017-04-13' });
      expect(result).to.be.an('array');
    });
  }
});
