import { expect } from 'chai';
import { only, tagAll } from './helpers.js';

const types = (text: string) => tagAll(text).map((t) => `${t.type} ${t.text}`);

/** Race results and other times taken are amounts of time, not times of day. */
describe('timex: elapsed and race times', () => {
  it('does not read h:mm:ss results as clock times', () => {
    expect(types('Kipchoge won in 2:05:41, a course record.')).to.deep.equal([]);
    expect(types('He finished in 2:05:41.')).to.deep.equal([]);
    expect(types('Kipchoge 2:05:41, Bekele 2:06:12.')).to.deep.equal([]);
    expect(types('She crossed the line at 2:21:07 to win.')).to.deep.equal([]);
  });

  it('does not read m:ss and decimal results as clock times', () => {
    expect(types('She ran the mile in 1:59.4 last year.')).to.deep.equal(['DATE last year']);
    expect(types('He won the 1,500 in 3:56, a time of 3:43 being the record.')).to.deep.equal([]);
    expect(types('He clocked 9:58 for the distance.')).to.deep.equal([]);
  });

  it('tags "9.58 seconds" as the DURATION it names', () => {
    const t = only('Bolt ran 9.58 seconds in Berlin.');
    expect([t.text, t.type, t.value]).to.deep.equal(['9.58 seconds', 'DURATION', 'PT9.58S']);
  });

  it('keeps a clock time with seconds after "at" or with a.m./p.m. or a zone', () => {
    expect(only('The alarm sounded at 10:30:15 a.m.').value).to.equal('2017-09-20T10:30:15');
    expect(only('The alarm sounded at 10:30:15.').value).to.equal('2017-09-20T10:30:15');
    expect(only('The quake struck at 2:05:41 GMT.').value).to.equal('2017-09-20T02:05:41Z');
    expect(only('The quake struck at 02:05:41 local time.').text).to.equal('02:05:41');
  });

  it('still reads 24-hour times after "at", "by", "until" and "as of"', () => {
    expect(only('The polls open at 07:30.').value).to.equal('2017-09-20T07:30');
    expect(only('Results are expected by 22:15.').value).to.equal('2017-09-20T22:15');
    expect(only('As of 10:30, no one had voted.').value).to.equal('2017-09-20T10:30');
  });

  it('does not read a verse or a name followed by digits as a time', () => {
    expect(types('He quoted John 3:16 from memory.')).to.deep.equal([]);
  });
});
