import { expect } from 'chai';
import { tagAll } from './helpers.js';

/** Sentences with words that only look temporal: none of them holds a time expression. */
const NOT_TIMES = [
  'You may leave whenever you like.',
  'Thousands march through the capital.',
  'The March for Life drew crowds.',
  'Joe Friday never smiled.',
  'Black Friday deals drew crowds.',
  '2015 people signed the petition.',
  'The navy fired the 59 Tomahawk missiles.',
  'A 44-year-old man was arrested.',
  'He is 52 years old.',
  'Reply as soon as possible.',
  'The company raised its quarterly dividend.',
  'He scored 2000 points in his career.',
  'The bill cost $2015 in total.',
  'The fall in prices worried investors.',
  'She was in the spring of her career.',
  'Flight 1549 landed on the Hudson.',
  'The index rose 1.5 percent.',
  'May I come in?',
  "He said on ABC's This Week that it was fine.",
  'They watched 60 Minutes on television.',
  'June Carter sang at the fair.',
  'Theresa May spoke in Parliament.',
  'Athletes gathered for the Summer Olympics.',
  'Protesters march on city hall.',
  'Sun Microsystems and the Sat exam.',
  'He is a second-year student.',
  'He gave money to the That Day Foundation.',
  'That Day Foundation volunteers cleaned the park.',
  'Analysts said that day traders had sold.',
  'He said that night clubs would close.',
  'But in many ways, the day belonged to the Czech Republic.',
  'The morning paper reported it.',
  'The evening news led with the story.',
  'The morning-after pill was approved.',
  'Kipchoge won in 2:05:41, a course record.',
  'Rome was founded in 753 BC.',
];

describe('timex: things that only look temporal', () => {
  for (const sentence of NOT_TIMES) {
    it(`finds nothing in ${JSON.stringify(sentence)}`, () => {
      expect(tagAll(sentence).map((t) => t.text)).to.deep.equal([]);
    });
  }
});
