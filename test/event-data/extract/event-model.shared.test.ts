import { expect } from 'chai';
import { recognizeEvents } from '@event-timeline/data';

const words = (text: string) => recognizeEvents(text).map((e) => `${e.text}/${e.class}`);

describe('extract: the event model (learned from TimeML EVENT annotations)', () => {
  it('finds happenings that no word list names: deaths, seizures, landings, price cuts', () => {
    const found = words('Novelist Jane Doe died on Sunday. Police seized 12 kilograms of cocaine. The plane landed in Denver on Sunday. The company slashed prices on Monday.');
    for (const w of ['died', 'seized', 'landed', 'slashed']) expect(found).to.include(`${w}/OCCURRENCE`);
  });

  it('tells verbs of saying (REPORTING) from the happenings they report', () => {
    expect(words('The ministry said the factory exploded.')).to.deep.equal(['said/REPORTING', 'exploded/OCCURRENCE']);
  });

  it('leaves names, numbers and function words alone', () => {
    const found = recognizeEvents('Deutsche Bank and the City Council of Springfield, 2019, with 12 people.');
    expect(found).to.deep.equal([]);
  });

  it('gives offsets into the text it read', () => {
    const text = 'Yesterday the firm filed for bankruptcy.';
    for (const e of recognizeEvents(text)) expect(text.slice(e.start, e.end)).to.equal(e.text);
    expect(recognizeEvents(text).map((e) => e.text)).to.include('filed');
  });
});

describe('extract: the lemmas of words only the event model knows', () => {
  it('spells their dictionary form right ("tripled" → triple, "described" → describe)', async () => {
    const { upTo } = await import('./helpers.js');
    const found = upTo(4, 'The latest from the region\n\nHere is the latest news.\n\nProfits tripled on Monday. The mayor described the damage on Monday.').triggers;
    const lemma = (w: string) => found.find((t) => t.text === w)?.lemma;
    expect(lemma('tripled')).to.equal('triple');
    expect(lemma('described')).to.equal('describe');
  });
});
