import { expect } from 'chai';
import { upTo } from './helpers.js';

// Extraction looks things up by sentence and by offset so that its time grows linearly with the article's
// length (bench/extract/long-article.ts measures it). These check that the lookups still find the right
// things when there are thousands of sentences around them; timings belong in the benchmark, not here.

const HEADLINE = 'Northfield council approves bridge contract';
const LEAD = [
  'The Northfield city council approved a $12 million contract for the new river bridge on Tuesday.',
  'Mayor Ellen Hart said the vote ended two years of delay. She met the builders in Northfield on Wednesday.',
  'Hart had announced the tender in March 2018, and the council rejected a first design in 2018.',
].join(' ');
const LATER = [
  'Mayor Ellen Hart and Governor Tom Reyes visited the bridge site in Northfield on Friday. Reyes praised the builders.',
  'The mayor opened the first lane on May 2, 2019. Then she thanked the workers, who had started the work in 2017.',
].join(' ');

const COMPANIES = ['Acme Motors', 'Globex', 'Initech', 'Umbrella Foods', 'Stark Shipping', 'Wayne Mining', 'Hooli', 'Vandelay Imports'];
const DEEDS = ['filed for bankruptcy', 'opened a factory in Lyon', 'closed a plant in Leeds', 'bought a rival', 'recalled 40,000 cars', 'raised its prices'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'];

/** `count` sentences, four to a paragraph: "<company> <deed> on <day> <month> <year>.", each with a date of its own. */
function datedSentences(count: number): { text: string; dates: string[] } {
  const sentences: string[] = [];
  const dates: string[] = [];
  for (let n = 0; n < count; n++) {
    const [day, month, year] = [1 + (n % 28), n % MONTHS.length, 2000 + (n % 17)];
    sentences.push(`${COMPANIES[n % COMPANIES.length]} ${DEEDS[(n >> 3) % DEEDS.length]} on ${MONTHS[month]} ${day}, ${year}.`);
    dates.push(`${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  const paragraphs: string[] = [];
  for (let n = 0; n < sentences.length; n += 4) paragraphs.push(sentences.slice(n, n + 4).join(' '));
  return { text: paragraphs.join('\n\n'), dates };
}

/** What a reader sees of each event from `from` on, with offsets counted from there. */
const eventsFrom = (text: string, from: number) =>
  upTo(7, text)
    .events.filter((e) => e.trigger.start >= from)
    .map((e) => ({ at: e.trigger.start - from, title: e.title, type: e.trigger.type, time: e.time.value, source: e.source, actors: e.actors.map((a) => a.name), place: e.place }));

describe('extract: a long article (publication date Thursday 2019-03-14)', () => {
  // (no "it" or "they" in LATER: those stand for the organisation named last before them, wherever it is)
  it('gives a paragraph after 1,000 other sentences the events it gives right after the lead', () => {
    const before = `${HEADLINE}\n\n${LEAD}\n\n`;
    const filler = `${datedSentences(1000).text}\n\n`;
    const near = eventsFrom(`${before}${LATER}`, before.length);
    expect(near.length).to.be.at.least(4);
    expect(eventsFrom(`${before}${filler}${LATER}`, before.length + filler.length)).to.deep.equal(near);
  });

  it('dates each of 2,000 short sentences by its own date', () => {
    const { text, dates } = datedSentences(2000);
    const doc = upTo(6, `${HEADLINE}\n\n${text}`);
    const bySentence = new Map(doc.events.filter((e) => e.sentence.kind === 'paragraph').map((e) => [e.sentence.index - 1, e.time.value]));
    expect(bySentence.size).to.equal(2000);
    expect(dates.map((_, n) => bySentence.get(n))).to.deep.equal(dates);
  });

  it('cuts a run of 6,000 words with no sentence end into sentences of at most 250 tokens, after a comma where it can', () => {
    const runOn = 'Mayor Ellen Hart said the council approved the contract on Tuesday, and '.repeat(500);
    const doc = upTo(6, `${HEADLINE}\n\n${runOn}the work began.`);
    const body = doc.sentences.filter((s) => s.kind === 'paragraph');
    expect(body.length).to.be.above(20);
    expect(Math.max(...body.map((s) => s.tokens.length))).to.be.at.most(250);
    expect(body.slice(0, -1).every((s) => s.tokens.at(-1)!.text === ',')).to.equal(true);
    expect(body.map((s) => s.text).join(' ')).to.equal(`${runOn}the work began.`.trim());
    expect(doc.events.filter((e) => e.sentence.kind === 'paragraph' && e.trigger.lemma === 'approve' && e.time.value === '2019-03-12')).to.have.length(500);
  });
});

