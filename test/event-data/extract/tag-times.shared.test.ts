import { expect } from 'chai';
import { upTo } from './helpers.js';

describe('extract stage 03: tagTimes', () => {
  const text = [
    'Ministers meet in Brussels',
    '',
    'The ministers met on Monday in Brussels.',
    '',
    'They will meet again next month.',
    '',
    'What do you think?',
    'Last updated on Friday, March 8, 2019',
  ].join('\n');
  const doc = upTo(3, text);

  it('resolves expressions against the publication date and files them under their sentence', () => {
    const monday = doc.timexes.find((t) => t.text === 'Monday')!;
    expect(monday.value).to.equal('2019-03-11');
    expect(doc.sentences[monday.sentence].text).to.equal('The ministers met on Monday in Brussels.');
    expect(doc.timexes.find((t) => t.text === 'next month')?.value).to.equal('2019-04');
  });

  it('keeps offsets of the original text', () => {
    for (const t of doc.timexes) expect(text.slice(t.start, t.end)).to.equal(t.text);
  });

  it('does not tag dates in web furniture', () => {
    expect(doc.timexes.map((t) => t.text)).not.to.include('March 8, 2019');
  });
});
