import { expect } from 'chai';
import { find, tagAll } from './helpers.js';

/** Publication date Wednesday 2017-09-20: the Saturday before is 2017-09-16. */
describe('timex: times anchored on the day or year the story is told in, not on the publication date', () => {
  it('dates a bare clock time by the day named in the sentence before, not by the publication day', () => {
    const t = find('The bridge was closed on Saturday. Inspectors found a crack at 9:00 a.m.', '9:00 a.m.');
    expect([t.value, t.anchor]).to.deep.equal(['2017-09-16T09:00', 'context']);
  });

  it('dates "in the morning" by the day the story is told in', () => {
    const t = find('Shares fell sharply on Friday.\n\nTraders sold heavily in the morning.', 'the morning');
    expect([t.value, t.anchor]).to.deep.equal(['2017-09-15TMO', 'context']);
  });

  it('carries the story\'s day from a clock time on to "that afternoon" and "later that day"', () => {
    const text = 'The bridge was closed on Saturday. Crews arrived at 9:00 a.m. and began repairs that afternoon. Later that day the council met.';
    expect(find(text, 'that afternoon').value).to.equal('2017-09-16TAF');
    expect(find(text, 'Later that day').value).to.equal('2017-09-16');
  });

  it('falls back to the publication day when the story\'s day was named three sentences before or more', () => {
    const t = find('The bridge was closed on Saturday. Crews came. Police came. Traffic resumed. A meeting starts at 9:00 a.m.', '9:00 a.m.');
    expect([t.value, t.anchor]).to.deep.equal(['2017-09-20T09:00', 'dct']);
  });

  it('leaves a time still to come on the publication day, not on the story\'s day gone by', () => {
    const t = find('The bridge was closed on Saturday. It will reopen at 6:00 a.m.', '6:00 a.m.');
    expect([t.value, t.anchor]).to.deep.equal(['2017-09-20T06:00', 'dct']);
  });

  it('reads "that June" and "that autumn" in the year the story is told in', () => {
    const text = 'The firm won the contract in 2012. It began work that June and finished the deck that autumn.';
    const june = find(text, 'that June');
    expect([june.value, june.anchor]).to.deep.equal(['2012-06', 'context']);
    expect(find(text, 'that autumn').value).to.equal('2012-FA');
  });

  it('counts "that month" and "the following month" from the month the story is told in', () => {
    const text = 'The firm won the contract in June 2012. Later that month it hired welders. The following month it bought steel.';
    const that = find(text, 'Later that month');
    expect([that.value, that.anchor]).to.deep.equal(['2012-06', 'context']);
    expect(find(text, 'The following month').value).to.equal('2012-07');
  });

  it('counts "that month" from a day named after the month ("in June 2012 … on July 3 … that month")', () => {
    expect(find('The firm won the contract in June 2012. It signed on July 3, 2012. That month it hired welders.', 'That month').value).to.equal('2012-07');
  });

  it('leaves "that" to the clause it opens before a month that modifies a noun ("said that June sales rose")', () => {
    const found = tagAll('The firm was founded in 2012. Its chief said that June sales rose.').map((t) => [t.text, t.value]);
    expect(found).to.deep.equal([['2012', '2012'], ['June', '2017-06']]);
  });
});

describe('timex: "two weeks later" after a month the story named', () => {
  it('counts from the month the text named last, not from the publication date (which put a past resignation in the future)', () => {
    const text = 'The scheme came to light in March 2016, when an accountant reported it. The chief resigned two weeks later.';
    expect(find(text, 'two weeks later').value).to.equal('2016-03');
    expect(find('The bridge opened in June 2012. Two months later it closed.', 'Two months later').value).to.equal('2012-08');
  });
});

describe('timex: "later" counts from the time named last', () => {
  it('counts from a month named after an earlier day, not from that day', () => {
    const text = 'The chief was sentenced on Thursday. The scheme came to light in March 2016. The chief resigned two weeks later.';
    expect(find(text, 'two weeks later').value).to.equal('2016-03');
  });
});

describe('timex: the day a report was told is not the story day', () => {
  it('dates a clock time by the happening\'s day, not by "officials said on <day>"', () => {
    const text = 'An earthquake struck the region late on Monday, officials said on Tuesday. The quake hit at 11:47 p.m. local time.';
    expect(find(text, '11:47 p.m.').value).to.equal('2017-09-18T23:47');
  });
});

describe('timex: "following" as a preposition', () => {
  it('reads "fled following Monday\'s explosion" as the Monday gone by, not as "the following Monday"; "the following Monday" stays one', () => {
    expect(find('The managers fled following Monday\'s explosion, an official said.', 'Monday').value).to.equal('2017-09-18');
    expect(find('The talks ended. The following Monday they resumed.', 'The following Monday').value).to.equal('2017-09-25');
  });
});

describe('timex: "N years later" in a story', () => {
  it('counts from the year the text wrote last, not from the publication date', () => {
    expect(find('Natalie Pearman was killed in 1992, and Michelle Bettles died 10 years later.', '10 years later').value).to.equal('2002');
  });
});
