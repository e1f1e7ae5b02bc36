import { expect } from 'chai';
import { find, only } from './helpers.js';

describe('timex: dates relative to the reference date (Wednesday 2017-09-20)', () => {
  it('resolves today, yesterday and tomorrow to days', () => {
    expect(only('He spoke today.').value).to.equal('2017-09-20');
    expect(only('He spoke yesterday.').value).to.equal('2017-09-19');
    expect(only('He speaks tomorrow.').value).to.equal('2017-09-21');
    expect(only('He spoke yesterday.').anchor).to.equal('dct');
  });

  it("resolves 'last week' to the ISO week before the reference date", () => {
    expect(only('They met last week.').value).to.equal('2017-W37');
    expect(only('They meet next week.').value).to.equal('2017-W39');
    expect(only('They meet this week.').value).to.equal('2017-W38');
  });

  it('resolves this/last/next month and year', () => {
    expect(only('Sales fell last month.').value).to.equal('2017-08');
    expect(only('Sales rise next month.').value).to.equal('2017-10');
    expect(only('Sales fell last year.').value).to.equal('2016');
    expect(only('Sales rise next year.').value).to.equal('2018');
    expect(only('Sales rose this year.').value).to.equal('2017');
  });

  it('resolves a weekday in a past clause to the one before the reference date', () => {
    expect(find('Tillerson met Lavrov on Sunday.', 'Sunday').value).to.equal('2017-09-17');
  });

  it('resolves a weekday in a future clause to the one after the reference date', () => {
    expect(find('The company will deliver on Tuesday.', 'Tuesday').value).to.equal('2017-09-26');
  });

  it('defaults a weekday without a tense cue to the past, as news mostly reports', () => {
    expect(find('Protests on Monday.', 'Monday').value).to.equal('2017-09-18');
  });

  it('reads "this past week" and "the past weekend" as the ones before the reference date', () => {
    expect(only('Prices fell this past week.').value).to.equal('2017-W37');
    expect(only('Prices fell over the past weekend.').value).to.equal('2017-W37-WE');
  });

  it('resolves "last Friday" and "next Tuesday"', () => {
    expect(only('They met last Friday.').value).to.equal('2017-09-15');
    expect(only('They meet next Tuesday.').value).to.equal('2017-09-26');
  });

  it('adds the part of day: "Sunday night" → 2017-09-17TNI', () => {
    const t = only('They met Sunday night.');
    expect([t.text, t.type, t.value]).to.deep.equal(['Sunday night', 'TIME', '2017-09-17TNI']);
    expect(only('He spoke yesterday morning.').value).to.equal('2017-09-19TMO');
    expect(only('He spoke last night.').value).to.equal('2017-09-19TNI');
    expect(only('He speaks tonight.').value).to.equal('2017-09-20TNI');
    expect(only('He spoke this afternoon.').value).to.equal('2017-09-20TAF');
  });

  it('counts back from the reference date: "N days/weeks/months/years ago"', () => {
    expect(only('It opened five days ago.').value).to.equal('2017-09-15');
    expect(only('It opened three weeks ago.').value).to.equal('2017-W35');
    expect(only('It opened two months ago.').value).to.equal('2017-07');
    const t = only('It opened two years ago.');
    expect([t.text, t.type, t.value]).to.deep.equal(['two years ago', 'DATE', '2015']);
  });

  it('reads "in N years" in a future clause as the year N years after the reference date', () => {
    const t = only('The bonds will be redeemed in five years.');
    expect([t.text, t.type, t.value]).to.deep.equal(['five years', 'DATE', '2022']);
    expect(only('He wrote two letters in two weeks.').type).to.equal('DURATION');
  });

  it('reads "earlier this week" and "later this month" with START/END modifiers', () => {
    const t = only('They met earlier this week.');
    expect([t.text, t.value, t.mod]).to.deep.equal(['earlier this week', '2017-W38', 'START']);
    expect(only('They meet later this month.').mod).to.equal('END');
  });

  it('reads seasons relative to the reference date', () => {
    expect(only('It opened this summer.').value).to.equal('2017-SU');
    expect(only('It opened last winter.').value).to.equal('2016-WI');
    expect(only('It opens next spring.').value).to.equal('2018-SP');
  });

  it('anchors "that year" on the last year the text wrote out', () => {
    const t = find('He moved to Paris in 1998, and that year he married.', 'that year');
    expect([t.value, t.anchor]).to.deep.equal(['1998', 'context']);
  });

  it('reads a month "of that year" or "of last year" as one expression in that year, not in the reference year', () => {
    const t = find('He was arrested in February 2010 and charged in June of that year.', 'June of that year');
    expect([t.value, t.anchor]).to.deep.equal(['2010-06', 'context']);
    expect(find('Sales fell in March of last year.', 'March of last year').value).to.equal('2016-03');
    expect(find('It opens in May of next year.', 'May of next year').value).to.equal('2018-05');
    // "of" before anything but a year does not join: "May of the first time" is May
    expect(find('He spoke in May of the first time.', 'May').value).to.equal('2017-05');
  });

  it('dates holidays: "Thanksgiving" → the fourth Thursday of November nearest the reference date', () => {
    expect(only('The boy was found on Thanksgiving.', '2017-12-01').value).to.equal('2017-11-23');
    expect(only('He returned last Christmas.').value).to.equal('2016-12-25');
    expect(only('Shops closed on Good Friday 2016.').value).to.equal('2016-03-25');
  });

  it('counts "three days later" from the last day the text mentioned', () => {
    const t = find('The summit opened on March 3, 2017. Three days later it collapsed.', 'Three days later');
    expect([t.value, t.anchor]).to.deep.equal(['2017-03-06', 'context']);
  });

  it('counts "that week" and "the following day" from the last day the text mentioned', () => {
    const text = 'The summit opened on March 3, 2017. The following day talks ended; that week was busy.';
    expect(find(text, 'The following day').value).to.equal('2017-03-04');
    expect(find(text, 'that week').value).to.equal('2017-W09');
  });

  it('counts "the next day" from the last day the text mentioned', () => {
    const t = find('The summit opened on March 3, 2017. The next day talks collapsed.', 'The next day');
    expect([t.value, t.anchor]).to.deep.equal(['2017-03-04', 'context']);
  });
});

describe('timex: tense cues for weekdays', () => {
  it('reads a present-tense schedule verb as future: "trading resumes Monday"', () => {
    expect(find('Trading resumes Monday in Tokyo.', 'Monday').value).to.equal('2017-09-25');
  });

  it('keeps dates in a Title Case headline', () => {
    expect(find('Obama To Visit Israel Next Week\nThe trip was announced.', 'Next Week').value).to.equal('2017-W39');
  });

  it('does not read "next to" as a future cue', () => {
    expect(find('A bomb exploded next to the embassy on Friday.', 'Friday').value).to.equal('2017-09-15');
  });

  it('reads "postponed until Tuesday" as the coming Tuesday', () => {
    expect(find('Officials postponed the vote until Tuesday.', 'Tuesday').value).to.equal('2017-09-26');
  });

  it('reads "until 9 a.m. Tuesday" as the coming Tuesday, a clock time between them or not', () => {
    expect(only('Officials gave the family until 9 a.m. Tuesday to sign.').value).to.equal('2017-09-26T09:00');
    expect(only('The offer runs until noon on Friday.').value).to.equal('2017-09-22T12:00');
    expect(only('Until 9 a.m. Tuesday, nobody had signed.').value).to.equal('2017-09-19T09:00');
  });

  it('does not let "was expected to" count as future', () => {
    expect(find('The vote was expected to take place on Tuesday.', 'Tuesday').value).to.equal('2017-09-19');
  });

  it('reads the periods of "p.m." or "U.S." as part of the clause, not sentence ends', () => {
    expect(find('He will leave at 4 p.m. and the U.S. team on Friday.', 'Friday').value).to.equal('2017-09-22');
  });
});

describe('timex: tense cues for a month without a year (reference date Wednesday 2023-12-13)', () => {
  const dct = '2023-12-13';

  it('resolves a month in a past clause to its past occurrence, also when the date opens the sentence', () => {
    expect(find('In February, Russian forces captured the town.', 'February', dct).value).to.equal('2023-02');
    expect(find('Russian forces captured the town in February.', 'February', dct).value).to.equal('2023-02');
    expect(find('By early February, the army had withdrawn.', 'early February', dct).value).to.equal('2023-02');
  });

  it('resolves a month in a future clause to its next occurrence', () => {
    expect(find('The president will visit in February.', 'February', dct).value).to.equal('2024-02');
    expect(find('In February, the president will visit Kyiv.', 'February', dct).value).to.equal('2024-02');
  });

  it('keeps the nearest occurrence when the clause has no tense cue', () => {
    expect(find('In February, a new season of talks.', 'February', dct).value).to.equal('2024-02');
    expect(find('In October, a new season of talks.', 'October', dct).value).to.equal('2023-10');
  });

  it('reads a weekday opening the sentence with the tense of the main clause', () => {
    // Reference Thursday 2017-04-13.
    expect(find('On Friday, the minister will fly to Beijing.', 'Friday', '2017-04-13').value).to.equal('2017-04-14');
    expect(find('On Friday, the minister flew to Beijing.', 'Friday', '2017-04-13').value).to.equal('2017-04-07');
    // The fronted date times the main verb: a past "planned" is past; a plan for a later day looks ahead.
    expect(find('On Friday, the government planned to pay the bill.', 'Friday', '2017-04-13').value).to.equal('2017-04-07');
    expect(find('The team planned to leave Nairobi on Friday.', 'Friday', '2017-04-13').value).to.equal('2017-04-14');
    expect(find('On Friday, the minister is expected to speak.', 'Friday', '2017-04-13').value).to.equal('2017-04-14');
  });

  it('reads the main verb of a fronted date past a long subject or an aside', () => {
    const text = 'On Tuesday, the National Abortion and Reproductive Rights Action League plans to hold a news conference.';
    expect(find(text, 'Tuesday', '1998-10-26').value).to.equal('1998-10-27');
    expect(find('On Friday, after the talks in Geneva, the ministers will sign the accord.', 'Friday', '2017-04-13').value)
      .to.equal('2017-04-14');
  });

  it('does not take the tense of a later clause when the date ends its own clause', () => {
    expect(find('Russian forces captured the town in February, and they will hold it.', 'February', dct).value)
      .to.equal('2023-02');
  });
});

describe('timex: present-tense schedule verbs before a weekday (reference Thursday 2017-04-13)', () => {
  const dct = '2017-04-13';

  it('reads a third-person present verb of movement as the coming weekday', () => {
    expect(find('The minister flies to Guangzhou on Friday.', 'Friday', dct).value).to.equal('2017-04-14');
    expect(find('The delegation sails to Piraeus on Monday.', 'Monday', dct).value).to.equal('2017-04-17');
    expect(find('Obama visits Tokyo on Monday for talks.', 'Monday', dct).value).to.equal('2017-04-17');
  });

  it('keeps a reporting verb in a headline from pulling a past event forward', () => {
    expect(find('Tillerson says he met Lavrov on Friday.', 'Friday', dct).value).to.equal('2017-04-07');
    expect(find('Moscow announces to the UN on Friday that talks failed.', 'Friday', dct).value).to.equal('2017-04-07');
  });

  it('does not read a plural noun after a determiner or possessive as a verb', () => {
    expect(find("The president's visits to Asia on Friday drew crowds.", 'Friday', dct).value).to.equal('2017-04-07');
    expect(find('Their flights to Cairo on Friday were full.', 'Friday', dct).value).to.equal('2017-04-07');
    expect(find('Officials of both countries to Cairo on Friday.', 'Friday', dct).value).to.equal('2017-04-07');
  });
});

describe('timex: a month without a year and without a tense cue', () => {
  it('takes the coming occurrence up to four months ahead, also across the new year', () => {
    expect(find('Delegates prepare for the summit in September.', 'September', '2023-05-10').value).to.equal('2023-09');
    expect(find('Delegates prepare for the summit in April.', 'April', '2023-12-13').value).to.equal('2024-04');
    expect(find('Delegates prepare for the summit in March.', 'March', '2023-12-13').value).to.equal('2024-03');
  });

  it('takes the past occurrence when the coming one is further away', () => {
    expect(find('Delegates prepare for the summit in October.', 'October', '2023-05-10').value).to.equal('2022-10');
    expect(find('Delegates prepare for the summit in July.', 'July', '2023-12-13').value).to.equal('2023-07');
  });
});

describe('timex: irregular participles in a future passive', () => {
  it('does not read "will be held" as a past cue, while "was held" stays past', () => {
    const dct = '1999-02-10';
    expect(find('The summit will be held on April 24 in Washington.', 'April 24', dct).value).to.equal('1999-04-24');
    expect(find('The meeting is to be held on Friday.', 'Friday', '2017-04-13').value).to.equal('2017-04-14');
    expect(find('The summit was held on April 24 in Washington.', 'April 24', dct).value).to.equal('1998-04-24');
  });
});

describe('timex: a plan in a reduced relative clause (reference Sunday 1999-10-24)', () => {
  const dct = '1999-10-24';

  it('dates "a rally planned for Saturday" by the main verb after it', () => {
    expect(find('A rally planned for Saturday was canceled.', 'Saturday', dct).value).to.equal('1999-10-23');
    expect(find('A memorial planned at the university for Saturday was canceled.', 'Saturday', dct).value)
      .to.equal('1999-10-23');
    expect(find('A rally planned for Saturday will go ahead.', 'Saturday', dct).value).to.equal('1999-10-30');
  });

  it('keeps a plan without a later main verb, or a plan with an object, looking forward', () => {
    expect(find('Police guard the route of a rally planned for Saturday.', 'Saturday', dct).value).to.equal('1999-10-30');
    expect(find('Exiles planned a march on Saturday and were hoping for crowds.', 'Saturday', dct).value)
      .to.equal('1999-10-30');
  });
});
