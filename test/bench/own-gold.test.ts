import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWN_GOLD_DIR } from '../../bench/events/own-gold.js';

describe('bench:events own gold', () => {
  it('names, for every happening, an article of the folder, a word of that article and a date the tagger can read', async () => {
    const { timexInterval } = await import('../../packages/event-data/src/index.js');
    const gold = JSON.parse(readFileSync(join(OWN_GOLD_DIR, 'gold.json'), 'utf8')) as { happenings: Array<{ article: string; word: string; date: string }> };
    expect(gold.happenings.length).to.be.greaterThan(30);
    for (const h of gold.happenings) {
      const text = readFileSync(join(OWN_GOLD_DIR, `${h.article}.txt`), 'utf8');
      expect(text, `${h.article}: ${h.word}`).to.match(new RegExp(`\\b${h.word}\\b`, 'i'));
      expect(timexInterval(h.date), h.date).to.not.equal(undefined);
    }
  });
});
