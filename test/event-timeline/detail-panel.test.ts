import { expect } from 'chai';
import type { Mention } from '@event-timeline/data';
import { splitMention } from '../../packages/event-timeline/src/render/detail-panel.js';

// How the detail panel cuts a quoted sentence around its date expression and trigger word, in Node.

const SENTENCE = 'Lavrov met Tillerson on 12 April at a metals fair.';
const at = 100;
const phrase = (text: string, from = SENTENCE.indexOf(text)) => ({ text, start: at + from, end: at + from + text.length });
const mention = (extra: Partial<Mention>): Mention => ({ articleId: 'a', sentence: SENTENCE, start: at, end: at + SENTENCE.length, ...extra });
const marked = (m: Mention) => splitMention(m).map(({ text, mark }) => (mark ? `[${mark}:${text}]` : text)).join('');

describe('detail panel: splitMention', () => {
  it('marks the trigger word and the date expression where their offsets say, in sentence order', () => {
    expect(marked(mention({ timex: phrase('12 April'), trigger: phrase('met') }))).to.equal('Lavrov [trigger:met] Tillerson on [timex:12 April] at a metals fair.');
    expect(splitMention(mention({ trigger: phrase('met') })).map((s) => s.text).join('')).to.equal(SENTENCE);
  });

  it('leaves a sentence without either whole and unmarked', () => {
    expect(splitMention(mention({}))).to.deep.equal([{ text: SENTENCE }]);
  });

  it('finds a phrase by its text as a whole word when the offsets disagree with the sentence', () => {
    const shifted = { text: 'met', start: 5, end: 8 };
    expect(marked(mention({ trigger: shifted }))).to.equal('Lavrov [trigger:met] Tillerson on 12 April at a metals fair.');
    const onlyInsideAWord = mention({ sentence: 'The metals fair opened.', trigger: shifted });
    expect(marked(onlyInsideAWord)).to.equal('The metals fair opened.');
  });

  it('marks the date expression alone when the trigger overlaps it', () => {
    expect(marked(mention({ timex: phrase('12 April'), trigger: phrase('April') }))).to.equal('Lavrov met Tillerson on [timex:12 April] at a metals fair.');
  });

  it('ignores a trigger that is not a phrase (large inputs are drawn before their full check)', () => {
    for (const trigger of [null, 'met', { text: 3 }, { text: '' }])
      expect(marked(mention({ trigger: trigger as never }))).to.equal(SENTENCE);
  });
});
