import { expect } from 'chai';
import { upTo } from './helpers.js';

// Invented news, publication date Thursday 16 May 2013.
const actorsOf = (word: string, ...paragraphs: string[]) =>
  upTo(6, ['Carmaker news', ...paragraphs].join('\n\n'), '2013-05-16')
    .events.filter((e) => e.trigger.text === word)
    .map((e) => e.actors.map((a) => a.name));

describe('extract: who "it", "they" and "the company" stand for', () => {
  it('takes the organisation that the sentence before is about for "It" as subject', () => {
    expect(actorsOf('closed', 'Norvik Motors reported a loss on Tuesday.', 'It closed its plant in Ohio on Wednesday.')).to.deep.equal([['Norvik Motors']]);
  });

  it('takes the organisation named earlier in the same sentence first', () => {
    expect(actorsOf('cut', 'Norvik Motors reported a loss on Tuesday.', 'Halden Airlines said on Monday that the company cut 300 jobs on Friday.')).to.deep.equal([['Halden Airlines']]);
  });

  it('does not reach back past the sentence before for a body the reader no longer has in mind', () => {
    const actors = actorsOf('closed', 'Norvik Motors reported a loss on Tuesday.', 'Analysts were surprised by the size of the loss.', 'Rain fell across the region all week.', 'It closed the road on Wednesday.');
    expect(actors.flat()).to.not.include('Norvik Motors');
  });
});

describe('extract stage 07: the body a pronoun stands for in a title', () => {
  const titles = (...paragraphs: string[]) => upTo(7, ['Carmaker news', ...paragraphs].join('\n\n'), '2013-05-16').events.map((e) => e.title);

  it('writes the organisation the sentence before is about, not the last one it names', () => {
    expect(titles('Norvik Motors unveiled its new car on Tuesday, built with steel from Halden Steel.', 'They also showed a truck on Tuesday.')).to.include('Norvik Motors shows truck');
  });
});


describe('extract stage 07: the body "the company" stands for in a title', () => {
  const titles = (...paragraphs: string[]) => upTo(7, ['Carmaker news', ...paragraphs].join('\n\n'), '2013-05-16').events.map((e) => e.title);

  it('writes the body the story is about, not one named in passing just before', () => {
    const written = titles(
      'Norvik Motors closed its plant in Ohio on Tuesday.',
      'Norvik Motors was founded in 1988 by Anna Berg and two former Haldex engineers. It floated in Oslo in 2001.',
      'Shares in the company fell 5 percent on Wednesday.',
      'In January, the company announced a new truck.',
    );
    expect(written).to.include('Norvik Motors announces new truck');
    expect(written.join(' | ')).to.not.include('Haldex announces');
  });
});
