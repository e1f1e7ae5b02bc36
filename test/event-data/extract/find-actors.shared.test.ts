import { expect } from 'chai';
import { upTo } from './helpers.js';

const TEXT = [
  'Merkel and Macron meet in Berlin',
  '',
  'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.',
  '',
  'Mrs. Merkel told reporters the talks were useful. Macron agreed, and the German Chancellor added that the U.S. and the USA-led coalition were not on the agenda.',
  '',
  'The United States did not comment. The Russian Federation and Russia’s Foreign Ministry criticised the meeting.',
  '',
  'Kremlin spokesman Dmitri Peskov said Moscow was watching. Dmitry Peskov later added that Angela Merkell had called Vladimir Putin.',
].join('\n');

describe('extract stage 05: findActors', () => {
  const doc = upTo(5, TEXT);
  const named = (text: string) => {
    const m = doc.actorMentions.find((a) => a.text === text);
    return m && doc.entities[m.entity];
  };

  it('finds people with the title that introduces them', () => {
    expect(named('Angela Merkel')).to.deep.include({ name: 'Angela Merkel', kind: 'person', role: 'German Chancellor' });
    expect(named('Emmanuel Macron')).to.deep.include({ name: 'Emmanuel Macron', kind: 'person', role: 'French President' });
  });

  it('resolves "Mrs. Merkel", a bare surname and "the German Chancellor" to the full name seen in the article', () => {
    expect(named('Merkel')?.name).to.equal('Angela Merkel');
    expect(named('Macron')?.name).to.equal('Emmanuel Macron');
    expect(named('the German Chancellor')?.name).to.equal('Angela Merkel');
  });

  it('resolves a surname in the title-case headline only to people named in the body', () => {
    const inHeadline = doc.actorMentions.filter((m) => m.sentence === 0).map((m) => doc.entities[m.entity].name);
    expect(inHeadline).to.deep.equal(['Angela Merkel', 'Emmanuel Macron']);
  });

  it('gives country names, short forms and demonyms one canonical name', () => {
    expect(named('U.S.')?.name).to.equal('United States');
    expect(named('United States')?.name).to.equal('United States');
    expect(named('Russian Federation')?.name).to.equal('Russia');
  });

  it('merges transliteration variants and a one-letter misspelling of a known person', () => {
    expect(named('Dmitri Peskov')).to.equal(named('Dmitry Peskov'));
    expect(named('Angela Merkell')?.name).to.equal('Angela Merkel');
  });

  it('finds organisations from the gazetteer and from their shape', () => {
    expect(named('Kremlin')).to.deep.include({ kind: 'organization' });
    expect(named('Russia’s Foreign Ministry')?.name).to.equal('Russian Foreign Ministry');
  });

  it('finds places introduced by a preposition', () => {
    expect(doc.places.map((p) => p.name)).to.include('Berlin');
  });
});

describe('extract stage 05: British style and place names', () => {
  const doc = upTo(5, 'Zelensky meets Biden\n\nUkrainian President Volodymyr Zelensky met US President Joe Biden on Tuesday. Mr Biden then met senators on Capitol Hill.');
  it('reads "Mr Biden" without a period as the person named earlier', () => {
    const m = doc.actorMentions.find((a) => a.text === 'Biden' && a.sentence === 2);
    expect(m && doc.entities[m.entity].name).to.equal('Joe Biden');
    expect(doc.entities.map((e) => e.name)).not.to.include('Mr Biden');
  });
  it('reads a capitalised phrase ending in Hill, Square or Airport as a place, not a person', () => {
    expect(doc.places.map((p) => p.name)).to.include('Capitol Hill');
    expect(doc.entities.map((e) => e.name)).not.to.include('Capitol Hill');
  });
});

describe('extract: countries and places the gazetteer did not list', () => {
  it('knows every country by its English name (CLDR), and "western Nepal" or "the districts of X and Y" as where it happened', async () => {
    const { extractEvents } = await import('@event-timeline/data');
    const { dataset } = extractEvents([
      { id: 'q', published: '2026-10-11', text: 'Quake in Nepal\n\nA strong earthquake struck western Nepal late on Friday.\n\nBhutan and Nepal held talks on Monday.\n\nFloods killed 30 people in the districts of Jajarkot and Rukum on Sunday.' },
    ]);
    const byTitle = new Map(dataset.events.map((e) => [e.title, e]));
    expect(byTitle.get('Strong earthquake strikes western Nepal')?.place).to.equal('Nepal');
    expect(byTitle.get('Bhutan and Nepal hold talks')?.actors.map((a) => a.name)).to.have.members(['Bhutan', 'Nepal']);
    expect(dataset.events.find((e) => e.title.startsWith('Floods kill 30 people'))?.place).to.equal('Jajarkot');
  });
});

describe('extract: a compass word is no place', () => {
  it('does not take "Central" in "in Central China\'s Hunan Province" for the place of the happening', async () => {
    const { extractEvents } = await import('@event-timeline/data');
    const { dataset } = extractEvents([{ id: 'c', published: '2006-11-10', text: 'Mine blast\n\nA gas explosion killed four miners in Central China on Wednesday.' }]);
    for (const e of dataset.events) expect(e.place).to.not.equal('Central');
  });
});
