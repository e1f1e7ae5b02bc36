import { expect } from 'chai';
import { extractEvents } from '@event-timeline/data';

const QUAKE = [
  { id: 'a', published: '2013-05-14', text: 'Quake hits Chile\n\nA magnitude 6.8 earthquake struck northern Chile at 09:30 GMT on Tuesday, the US Geological Survey said.' },
  { id: 'b', published: '2013-05-14', text: 'Strong earthquake in Chile\n\nThe earthquake struck at 9:30 GMT on Tuesday near the town of Arica, officials said.' },
  { id: 'c', published: '2013-05-15', text: 'Chile counts damage\n\nResidents of Arica cleared debris on Wednesday after the earthquake, which hit at 09:30 GMT on Tuesday.' },
];

describe('extract: one happening told by several outlets', () => {
  it('merges three reports of an earthquake dated by a clock time into one accident, whatever their words', () => {
    const { dataset } = extractEvents(QUAKE);
    const quakes = dataset.events.filter((e) => e.type === 'accident');
    expect(quakes).to.have.length(1);
    expect(quakes[0].time.value).to.equal('2013-05-14T09:30Z');
    expect(new Set(quakes[0].mentions.map((m) => m.articleId))).to.deep.equal(new Set(['a', 'b', 'c']));
  });

  it('does not take the source of a report ("…, the US Geological Survey said") for a participant', () => {
    const { dataset } = extractEvents([QUAKE[0]]);
    const quake = dataset.events.find((e) => e.type === 'accident')!;
    expect(quake.actors.map((a) => a.name)).to.not.include('US Geological Survey');
  });

  it('merges a report that gives a month with one that gives only the year', () => {
    const { dataset } = extractEvents([
      { id: 'e', published: '2010-06-01', text: 'Acme history\n\nAcme Motors opened its first plant in Ohio in May 2010.' },
      { id: 'f', published: '2012-06-01', text: 'Acme grows\n\nAcme Motors, which opened its first Ohio plant in 2010, hired 200 workers on Monday.' },
    ]);
    const opened = dataset.events.filter((e) => e.mentions.some((m) => m.trigger?.text === 'opened'));
    expect(opened).to.have.length(1);
    expect(opened[0].time.value).to.equal('2010-05');
    expect(opened[0].mentions.map((m) => m.articleId)).to.deep.equal(['e', 'f']);
  });

  it('keeps two accidents on one day apart when they happen in different towns', () => {
    const { dataset } = extractEvents([
      { id: 'g', published: '2013-05-14', text: 'Bus crash\n\nA bus crashed in Arica on Tuesday.' },
      { id: 'h', published: '2013-05-14', text: 'Train crash\n\nA train crashed in Lyon on Tuesday.' },
    ]);
    expect(dataset.events.filter((e) => e.type === 'accident')).to.have.length(2);
  });
});

describe('extract: one company under its names with and without its legal form', () => {
  it('merges "Norland Foods Inc agreed to buy …" and "Norland Foods agreed to buy …" from two outlets', () => {
    const { dataset } = extractEvents([
      { id: 'p', published: '2013-12-03', text: 'Dairy deal\n\nNorland Foods Inc agreed on Tuesday to buy Pacific Dairy Co for $2.1 billion.' },
      { id: 'q', published: '2013-12-04', text: 'Big dairy deal\n\nOn Tuesday, Norland Foods agreed to buy its rival Pacific Dairy.' },
    ]);
    const deals = dataset.events.filter((e) => e.mentions.some((m) => m.trigger?.text === 'agreed'));
    expect(deals).to.have.length(1);
    expect(new Set(deals[0].mentions.map((m) => m.articleId))).to.deep.equal(new Set(['p', 'q']));
  });
});

describe('extract: an accident one outlet names a company for and another names no one for', () => {
  const FIRE = [
    {
      id: 'wire', published: '2009-11-19',
      text: 'Fire forces evacuation in Harlow\n\nA fire broke out at a chemical plant owned by Brennard Industries in Harlow early on Tuesday, forcing the evacuation of 2,000 residents, police said.',
    },
    { id: 'local', published: '2009-11-18', text: 'Two thousand evacuated\n\nThe blaze started at about 5am on Tuesday and sent a plume of black smoke over the town.' },
  ];

  it('merges them on one day into one accident, titled by the report that says who and where', () => {
    const fires = extractEvents(FIRE).dataset.events.filter((e) => e.type === 'accident');
    expect(fires).to.have.length(1);
    expect(new Set(fires[0].mentions.map((m) => m.articleId))).to.deep.equal(new Set(['wire', 'local']));
    expect(fires[0].title).to.match(/^Fire breaks out at chemical plant/);
  });

  it('keeps two accidents of one day apart when each names someone else', () => {
    const other = { id: 'other', published: '2009-11-18', text: 'Crash in Leeds\n\nA lorry owned by Norvik Haulage crashed into a bridge in Leeds on Tuesday.' };
    const accidents = extractEvents([FIRE[0], other]).dataset.events.filter((e) => e.type === 'accident');
    expect(accidents.length).to.equal(2);
  });
});

describe('extract: a figure two outlets give in common', () => {
  // (after a lead of their own, so that neither is its article's main happening, which two reports share anyway)
  const shares = (id: string, published: string, sentence: string) => ({ id, published, text: `Markets\n\nThe finance minister met bankers in Paris on Monday.\n\n${sentence}` });

  it('makes one happening of two reports of one company on one day in other words ("rose 24%", "jumped 24 percent")', () => {
    const { dataset } = extractEvents([
      shares('a', '2010-05-04', 'Shares of Omnicare Inc jumped 24 percent in New York trading on Monday.'),
      shares('b', '2010-05-04', 'Omnicare shares rose 24% on Monday.'),
    ]);
    const moves = dataset.events.filter((e) => e.title.includes('Omnicare'));
    expect(moves).to.have.length(1);
    expect(new Set(moves[0].mentions.map((m) => m.articleId))).to.deep.equal(new Set(['a', 'b']));
  });

  it('keeps them apart when their figures differ', () => {
    const { dataset } = extractEvents([
      shares('a', '2010-05-04', 'Shares of Omnicare Inc jumped 24 percent in New York trading on Monday.'),
      shares('b', '2010-05-04', 'Omnicare shares fell 3 percent on Monday.'),
    ]);
    expect(dataset.events.filter((e) => e.title.includes('Omnicare'))).to.have.length(2);
  });
});
