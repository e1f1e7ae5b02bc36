import { expect } from 'chai';
import { upTo } from './helpers.js';

const dated = (...paragraphs: string[]) =>
  upTo(6, ['The latest from the region', 'Here is the latest news.', ...paragraphs].join('\n\n')).events.map((e) => [e.trigger.text, e.time.value, e.source]);

describe('extract: story time (publication date Thursday 2019-03-14)', () => {
  it('dates an undated past happening by the dated one just before it in its paragraph', () => {
    expect(dated('In 2015 Maria Lopez bought the mill. A year on, Lopez sold it to a developer.')).to.deep.include.members([
      ['bought', '2015', 'clause'],
      ['sold', '2015', 'story'],
    ]);
  });

  it('falls back to the publication date in a new paragraph, with a lower confidence', () => {
    const events = upTo(6, 'The latest from the region\n\nHere is the latest news.\n\nIn 2015 Maria Lopez bought the mill.\n\nLopez sold the mill to a developer.').events;
    const sold = events.find((e) => e.trigger.text === 'sold')!;
    expect([sold.time.value, sold.time.anchor, sold.source]).to.deep.equal(['2019-03-14', 'publication', 'story']);
    expect(sold.confidence).to.be.below(0.5);
  });

  it('dates an announcement by its story, but not a verb that only attributes words', () => {
    const found = dated('In 2015 Maria Lopez bought the mill. Lopez announced a new bakery. Lopez said the town liked bread.');
    expect(found).to.deep.include(['announced', '2015', 'story']);
    expect(found.map(([w]) => w)).to.not.include('said');
  });

  it('does not date states, present tenses or happenings without anyone doing them', () => {
    expect(dated('The store sells music. The plan is designed by Acme Motors. The door was opened.')).to.deep.equal([]);
  });
});

describe('extract: a story told from the dated statement of its lead', () => {
  it('dates what happened later in the story by the day the lead announced its planned news, not by the publication', () => {
    const events = upTo(
      6,
      ['Norvik to repair cars for free', 'Norvik Motors announced on Tuesday that it will repair the brakes of its cars.', 'A rare press conference was held by Norvik.', 'Chief executive Jane Roe showed videos of the brakes to reporters.'].join('\n\n'),
      '2019-03-14',
    ).events;
    const showed = events.find((e) => e.trigger.text === 'showed')!;
    expect([showed.time.value, showed.source]).to.deep.equal(['2019-03-12', 'story']);
  });
});

describe('extract: what counts as a report of the main happening when dating it', () => {
  const mainDates = (...paragraphs: string[]) =>
    upTo(6, paragraphs.join('\n\n'), '2019-03-14')
      .events.filter((e) => e.main)
      .map((e) => [e.trigger.text, e.time.value]);

  it('does not date the news by a relative clause about an older product ("…, which was released in 2009")', () => {
    const dated = mainDates('Norvik unveils new software', 'Norvik Motors unveiled its new navigation software at its own conference.', 'It will replace the old software, which was released in 2009.');
    expect(dated).to.deep.include(['unveiled', '2019-03-14']);
    expect(dated).to.not.deep.include(['unveiled', '2009']);
  });

  it('does not date news that has happened by a report of what is still to come ("will launch in the fall")', () => {
    const dated = mainDates('Norvik unveils new software', 'Norvik Motors unveiled its new navigation software at its own conference.', 'The service will launch in the fall.');
    expect(dated).to.deep.include(['unveiled', '2019-03-14']);
  });
});

describe('extract: a sentence with a time of its own is not told in the story\'s time', () => {
  it('does not give "steered contracts between 2015 and 2021" the month of the sentence before', () => {
    const events = upTo(6, 'Hospital chief jailed\n\nDaniel Mercer pleaded guilty in August to two counts of wire fraud. Prosecutors said he steered contracts to three companies between 2015 and 2021.', '2026-11-20').events;
    expect(events.map((e) => [e.trigger.text, e.time.value])).to.deep.equal([['pleaded', '2026-08']]);
  });
});
