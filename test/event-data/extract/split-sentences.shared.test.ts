import { expect } from 'chai';
import { upTo } from './helpers.js';

const sentencesOf = (body: string) => upTo(2, `Headline about the news of the day\n\n${body}`).sentences.filter((s) => s.kind !== 'headline').map((s) => s.text);

describe('extract stage 02: splitSentences', () => {
  it('does not end a sentence at Mr., Sen., Dr. or an initial', () => {
    expect(sentencesOf('Sen. John McCain met Dr. Ana Ruiz and Mr. J. R. Smith in Washington. They spoke for an hour.')).to.deep.equal([
      'Sen. John McCain met Dr. Ana Ruiz and Mr. J. R. Smith in Washington.',
      'They spoke for an hour.',
    ]);
  });

  it('keeps U.S. and U.N. inside a sentence but ends one after them when a new sentence starts', () => {
    expect(sentencesOf('The U.S. envoy briefed the U.N. council. The deal was signed by the U.S. The Senate approved it later.')).to.deep.equal([
      'The U.S. envoy briefed the U.N. council.',
      'The deal was signed by the U.S.',
      'The Senate approved it later.',
    ]);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(sentencesOf('“We will not back down,” he said. “Never.” The crowd cheered.')).to.deep.equal([
      '“We will not back down,” he said.',
      '“Never.”',
      'The crowd cheered.',
    ]);
  });

  it('does not split a quoted question from the verb that reports it', () => {
    expect(sentencesOf('“Why now?” she asked. Nobody answered.')).to.deep.equal(['“Why now?” she asked.', 'Nobody answered.']);
  });

  it('ends a sentence at a line end without punctuation', () => {
    expect(sentencesOf('The talks ended without a deal\nThe ministers left Geneva.')).to.deep.equal(['The talks ended without a deal', 'The ministers left Geneva.']);
  });

  it('gives every sentence the exact text of the original at its offsets', () => {
    const text = 'Title line of the story here\n\n  Mr. Smith arrived.  “Hello,” he said!   Then he left…  \n\nA second paragraph.';
    const doc = upTo(2, text);
    expect(doc.sentences.length).to.be.greaterThan(3);
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).to.equal(s.text);
  });
});
