import { expect } from 'chai';
import { extractEvents } from '../../../packages/event-data/src/index.js';

/** The events a user sees for some paragraphs published on 8 January 2000: each trigger word with its date. */
const dated = (...paragraphs: string[]) =>
  extractEvents([{ id: 'x', published: '2000-01-08', text: ['Protests in Miami', ...paragraphs].join('\n\n') }]).dataset.events.flatMap((e) =>
    e.mentions.map((m) => [m.trigger?.text, e.time.value]),
  );

describe('extract: adverbial clauses of time', () => {
  it('dates a happening in a "when" clause about a date by that date, not by the main clause', () => {
    expect(dated('Protesters in Miami were calm on Friday.', 'In contrast to Thursday, when police arrested 133 protesters outside the courthouse, the streets were quiet on Friday.')).to.deep.include([
      'arrested',
      '2000-01-06',
    ]);
  });

  it('dates a happening told after "since November, when" by November, though "since" bounds the main clause', () => {
    expect(dated('Protesters in Miami were calm on Friday.', 'The boy has lived with his relatives since November, when fishermen rescued him off the coast of Florida.')).to.deep.include([
      'rescued',
      '1999-11',
    ]);
  });

  it('orders a happening in a sentence-initial "After" clause before the main one instead of giving it the main clause\'s date', () => {
    const events = dated('Protesters in Miami were calm on Friday.', 'After the city council approved the budget, Mayor Jane Doe resigned on Monday.');
    expect(events).to.deep.include(['resigned', '2000-01-03']);
    expect(events).not.to.deep.include(['approved', '2000-01-03']);
  });
});
