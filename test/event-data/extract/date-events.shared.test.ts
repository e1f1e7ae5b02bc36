import { expect } from 'chai';
import { upTo } from './helpers.js';

const eventsOf = (text: string) => upTo(6, text).events;
const story = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('extract stage 06: dateEvents (publication date Thursday 2019-03-14)', () => {
  it('dates a happening by the expression in its own clause', () => {
    const [event] = eventsOf(story('Fighting in the north', 'Rebels attacked the town of Zorba on Sunday, officials said.'));
    expect(event.trigger.text).to.equal('attacked');
    expect(event.time).to.deep.include({ value: '2019-03-10', start: '2019-03-10', end: '2019-03-11', granularity: 'day', anchor: 'relative', text: 'Sunday' });
    expect(event.source).to.equal('clause');
  });

  it('dates an undated report of the headline happening with the publication date, less surely', () => {
    const events = eventsOf(story('Protesters rally in Paris against pension reform', 'Thousands of protesters rallied in central Paris against the reform.'));
    expect(events.map((e) => e.trigger.text)).to.deep.equal(['rally', 'rallied']);
    for (const event of events) {
      expect(event.time).to.deep.include({ value: '2019-03-14', anchor: 'publication' });
      expect(event.confidence).to.be.below(0.6);
    }
  });

  it('gives undated reports of the main happening the date another report of it has', () => {
    const events = eventsOf(story('Leaders meet in Oslo', 'The two leaders met in Oslo on Tuesday.', 'During the meeting, they discussed trade.'));
    expect(events.map((e) => [e.trigger.text, e.time.value, e.source])).to.deep.equal([
      ['meet', '2019-03-12', 'main-event'],
      ['met', '2019-03-12', 'clause'],
      ['meeting', '2019-03-12', 'main-event'],
    ]);
  });

  it('lets a verb take the date of another clause of its sentence: "announced … have launched"', () => {
    const [event] = eventsOf(story('Army moves', 'On Monday, the ministry announced that troops have launched an offensive.'));
    expect(event.trigger.type).to.equal('military-action');
    expect(event.time.value).to.equal('2019-03-11');
    expect(event.absorbed.map((t) => t.text)).to.deep.equal(['announced']);
  });

  it('keeps a dated plan and drops an undated one', () => {
    const dated = eventsOf(story('The latest from the region', 'Here is the latest news.', 'Trade envoys will meet on Tuesday in Geneva.'));
    expect(dated.map((e) => [e.trigger.text, e.time.value])).to.deep.equal([['meet', '2019-03-19']]);
    expect(eventsOf(story('The latest from the region', 'Here is the latest news.', 'Trade envoys will meet again.'))).to.deep.equal([]);
  });

  it('drops statements without a date of their own', () => {
    expect(eventsOf(story('Notes on the economy', 'Here is the latest news.', 'The minister said the economy was strong.'))).to.deep.equal([]);
  });

  it('keeps a statement dated in its own clause', () => {
    const [event] = eventsOf(story('Notes on the economy', 'The minister said on Wednesday that the economy was strong.'));
    expect(event).to.deep.include({ confidence: event.confidence });
    expect(event.trigger.type).to.equal('statement');
    expect(event.time.value).to.equal('2019-03-13');
  });

  it('does not date with durations, vague references or bounds', () => {
    expect(eventsOf(story('The latest from the region', 'Here is the latest news.', 'The strike lasted three days.', 'Prices have recently risen.', 'The ceasefire has held since Monday.'))).to.deep.equal([]);
  });

  it('drops negated and hypothetical happenings even when dated', () => {
    expect(eventsOf(story('Quiet day in the region', 'Here is the latest news.', 'The envoy did not visit Kabul on Monday.', 'Rebels want to attack the capital next week.'))).to.deep.equal([]);
  });

  it('collects the actors and the place of the clause', () => {
    const event = eventsOf(story('Leaders meet', 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.')).find((e) => e.trigger.text === 'met')!;
    expect(event.actors.map((a) => a.name)).to.deep.equal(['Angela Merkel', 'Emmanuel Macron']);
    expect(event.place).to.equal('Berlin');
  });
});

describe('extract stage 06: asides and relative clauses', () => {
  it('does not lend the date of an aside to the main clause, and gives the aside its antecedent as actor', () => {
    const events = upTo(6, story('The latest from the region', 'Here is the latest news.', 'U.S. President Joe Biden, who spoke with Qatar’s Emir Sheikh Tamim bin Hamad Al Thani on Sunday, welcomed the extension.')).events;
    expect(events.map((e) => [e.trigger.text, e.time.value])).to.deep.equal([['spoke', '2019-03-10']]);
    expect(events[0].actors.map((a) => a.name)).to.include('Joe Biden');
  });

  it('reads an undated happening in a relative clause as undated', () => {
    expect(upTo(6, story('The latest from the region', 'Here is the latest news.', 'The truce, which the rebels signed, held on Monday.')).events.map((e) => e.trigger.text)).to.deep.equal(['held']);
  });
});

describe('extract stage 06: which happening a date belongs to', () => {
  it('dates a noun only through its own phrase, not across a verb', () => {
    const events = upTo(6, story('The latest from the region', 'Here is the latest news.', 'The arrival of the new envoy in January foreshadowed a thaw, despite the election.')).events;
    expect(events.map((e) => [e.trigger.text, e.time.value])).to.deep.equal([['arrival', '2019-01']]);
  });

  it('keeps two different happenings that share a date, and folds a verb of saying into the one it reports', () => {
    const events = upTo(6, story('The latest from the region', 'Here is the latest news.', 'The judge was sworn in on Saturday, hours after the Senate confirmed him.', 'On Monday, the ministry announced that it has banned the imports.')).events;
    expect(events.map((e) => [e.trigger.type, e.time.value])).to.deep.equal([
      ['election', '2019-03-09'],
      ['vote', '2019-03-09'],
      ['sanction', '2019-03-11'],
    ]);
  });

  it('does not date a past perfect by the saying that reports it', () => {
    const events = upTo(6, story('The latest from the region', 'Here is the latest news.', 'She told the committee on Monday that he had attacked her.')).events;
    expect(events.map((e) => [e.trigger.text, e.time.value])).to.deep.equal([['told', '2019-03-11']]);
  });
});

describe('extract stage 06: light verbs and scheduled trips', () => {
  it('dates the object of a light verb like the verb: "held closed-door meetings"', () => {
    const events = upTo(6, story('The latest from the region', 'Here is the latest news.', 'Earlier in the day, the president held closed-door meetings with senators.')).events;
    expect(events.map((e) => [e.trigger.text, e.trigger.type, e.time.value])).to.deep.equal([['meetings', 'meeting', '2019-03-14']]);
  });
  it('reads "a massive missile attack" as a noun launched by its subject', () => {
    const events = upTo(7, story('The latest from the region', 'Here is the latest news.', 'Russia launched a massive missile attack on Kyiv on Monday night.')).events;
    expect(events.map((e) => [e.trigger.text, e.time.value, e.title, e.place])).to.deep.equal([
      ['attack', '2019-03-11TNI', 'Russia launches massive missile attack on Kyiv', 'Kyiv'],
    ]);
  });
  it('lets a dated trip win over the summit it goes to', () => {
    const events = upTo(7, story('The latest from the region', 'Here is the latest news.', 'The president is due to travel to Oslo next week for a Nordic summit.')).events;
    expect(events.map((e) => [e.trigger.type, e.time.value, e.place])).to.deep.equal([['visit', '2019-W12', 'Oslo']]);
  });
});
