import { expect } from 'chai';
import { chronoTimexes } from '../../../bench/timex/chrono.js';

// The benchmark's chrono-node baseline: its mapping to TIMEX3 decides the numbers printed beside ours.
describe('chrono-node baseline mapping', () => {
  const DCT = '2017-04-13';
  const only = (text: string) => {
    const found = chronoTimexes(text, DCT);
    expect(found, text).to.have.length(1);
    return { ...found[0], text: text.slice(found[0].start, found[0].end) };
  };

  it('keeps chrono’s extent and writes a full date when the day is known', () => {
    expect(only('It happened on April 12, 2017.')).to.deep.equal({ start: 15, end: 29, type: 'DATE', value: '2017-04-12', text: 'April 12, 2017' });
  });

  it('writes YYYY-MM when only the month and year are known', () => {
    expect(only('Sales fell in March 1998.')).to.include({ type: 'DATE', value: '1998-03' });
  });

  it('calls an expression with a known hour TIME and writes the clock time', () => {
    expect(only('They met at 3 p.m. on Friday.')).to.include({ type: 'TIME', value: '2017-04-14T15:00' });
  });

  it('resolves relative dates against the DCT in UTC, whatever the machine’s time zone', () => {
    expect(only('He left yesterday.')).to.include({ type: 'DATE', value: '2017-04-12' });
    expect(chronoTimexes('He left yesterday.', '2017-01-01')[0].value).to.equal('2016-12-31');
  });
});
