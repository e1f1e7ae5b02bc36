import { expect } from 'chai';
import { extractEvents, validateDataset, type ArticleInput } from '@event-timeline/data';

const art = (id: string, published: string, ...paragraphs: string[]): ArticleInput => ({ id, published, text: paragraphs.join('\n\n') });

const A = art('a', '2019-03-12', 'Merkel and Macron meet in Berlin', 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.', 'Kremlin spokesman Dmitri Peskov said on Monday that Moscow was watching.');
const B = art('b', '2019-03-13', 'Berlin summit ends', 'Angela Merkel and Emmanuel Macron held talks in Berlin on Monday, officials said.', 'Dmitry Peskov said on Tuesday that the talks changed nothing.');
const C = art('c', '2019-03-14', 'Macron in Berlin', 'French President Emmanuel Macron met Chancellor Angela Merkel in Berlin on Tuesday.');
const UNRELATED = art('z', '2019-03-12', 'Floods in the south', 'Heavy rains flooded the southern city of Lagos on Monday, killing four people.');

describe('extract stage 08: mergeEvents', () => {
  it('merges reports of one happening from several articles into one event with every mention', () => {
    const { dataset } = extractEvents([A, B]);
    const meetings = dataset.events.filter((e) => e.type === 'meeting');
    expect(meetings).to.have.length(1);
    expect(meetings[0].time.value).to.equal('2019-03-11');
    expect(new Set(meetings[0].mentions.map((m) => m.articleId))).to.deep.equal(new Set(['a', 'b']));
    expect(meetings[0].title).to.equal('Merkel and Macron meet in Berlin');
  });

  it('keeps a report that disagrees on the date visible as an alternative', () => {
    const { dataset } = extractEvents([A, B, C]);
    const [meeting] = dataset.events.filter((e) => e.type === 'meeting');
    expect(meeting.time.value).to.equal('2019-03-11');
    expect(meeting.alternatives).to.deep.equal([{ articleId: 'c', time: meeting.alternatives![0].time }]);
    expect(meeting.alternatives![0].time.value).to.equal('2019-03-12');
  });

  it('does not merge two statements of one person on different days', () => {
    const { dataset } = extractEvents([A, B]);
    expect(dataset.events.filter((e) => e.type === 'statement').map((e) => e.time.value)).to.deep.equal(['2019-03-11', '2019-03-12']);
  });

  it('writes one spelling of a name across articles', () => {
    const { dataset } = extractEvents([A, B]);
    const names = new Set(dataset.events.flatMap((e) => e.actors.map((a) => a.name)).filter((n) => /Peskov/.test(n)));
    expect(names.size).to.equal(1);
  });

  it('keeps event ids when unrelated articles are added, and sorts events by date', () => {
    const before = extractEvents([A, B]).dataset.events;
    const after = extractEvents([UNRELATED, B, A]).dataset.events;
    for (const event of before) expect(after.map((e) => e.id)).to.include(event.id);
    const starts = after.map((e) => e.time.start);
    expect(starts).to.deep.equal([...starts].sort());
  });

  it('keeps in every mention where its trigger word is in the article, like its date expression', () => {
    const { dataset } = extractEvents([A, B]);
    const [meeting] = dataset.events.filter((e) => e.type === 'meeting');
    const texts = { a: A.text, b: B.text } as Record<string, string>;
    expect(meeting.mentions.map((m) => m.trigger?.text)).to.include.members(['met', 'talks']);
    for (const m of dataset.events.flatMap((e) => e.mentions)) {
      expect(m.trigger, m.sentence).to.exist;
      expect(texts[m.articleId].slice(m.trigger!.start, m.trigger!.end)).to.equal(m.trigger!.text);
      expect(m.trigger!.start).to.be.within(m.start, m.end);
    }
  });

  it('gives byte-identical output for the same input', () => {
    expect(JSON.stringify(extractEvents([A, B, C, UNRELATED]))).to.equal(JSON.stringify(extractEvents([A, B, C, UNRELATED])));
  });

  it('produces a dataset that validates against the schema', () => {
    const result = validateDataset(extractEvents([A, B, C, UNRELATED]).dataset);
    expect(result.issues).to.deep.equal([]);
  });
});

describe('extract stage 08: the title of an event told in several sentences', () => {
  it('comes from the sentence that tells the happening in the lexicon\'s words, even through a word it took in', () => {
    const fire = art(
      'fire', '2009-11-19', 'Fire at chemical plant forces evacuation of 2,000 residents',
      'A fire broke out at a chemical plant owned by Brennard Industries in Harlow early on Tuesday, forcing the evacuation of about 2,000 residents, police said.',
      'Firefighters brought the blaze under control by 11 a.m., the fire service said.',
    );
    const tuesday = extractEvents([fire]).dataset.events.filter((e) => e.time.value === '2009-11-17');
    expect(tuesday).to.have.length(1);
    expect(tuesday[0].title).to.match(/^Fire breaks out at chemical plant/);
  });
});
