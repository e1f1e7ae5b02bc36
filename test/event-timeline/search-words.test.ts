import { expect } from 'chai';
import { matches, searchWords } from '../../packages/event-timeline/src/model/filter.js';
import { normaliseInput } from '../../packages/event-timeline/src/model/normalise.js';
import type { TimelineItem } from '../../packages/event-timeline/src/model/types.js';

// What the search field finds: each word typed at the start of a word of the title, the actors or the place.
const item = (title: string, actors: string[] = [], place?: string): TimelineItem => ({ ...normaliseInput([{ title, start: '2020-05-01' }]).items[0], actors, place });
const spree15 = item('Shooting spree 15 kills three', ['Anna Berg']);
const iran = item('Iran talks resume', [], 'Geneva');
const munich = item('Summit opens', ['Deutsche Bank'], 'München');
const tokyo = item('東京都で地震');
const finds = (search: string) => [spree15, iran, munich, tokyo].filter((item) => matches(item, searchWords(search))).map((item) => item.title);

describe('<event-timeline> search: words found where a word starts', () => {
  it('finds a word by its start, in the title, the actors or the place, without accents or case', () => {
    expect(finds('spree 15')).to.deep.equal(['Shooting spree 15 kills three']);
    expect(finds('shoot')).to.deep.equal(['Shooting spree 15 kills three']);
    expect(finds('berg')).to.deep.equal(['Shooting spree 15 kills three']);
    expect(finds('bank')).to.deep.equal(['Summit opens']);
    expect(finds('munchen')).to.deep.equal(['Summit opens']);
    expect(finds('gen')).to.deep.equal(['Iran talks resume']);
  });

  it('does not find a word inside another ("spree 5" is not "spree 15", "ran" is not "Iran")', () => {
    expect(finds('spree 5')).to.deep.equal([]);
    expect(finds('ran')).to.deep.equal([]);
    expect(finds('ills')).to.deep.equal([]);
  });

  it('finds any part of a text written without spaces (Japanese, Chinese, Thai)', () => {
    expect(finds('地震')).to.deep.equal(['東京都で地震']);
  });
});
