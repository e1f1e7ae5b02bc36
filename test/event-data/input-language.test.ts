import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { detectLanguage, languageProblem } from '@event-timeline/data';
import { articleFromHtml } from '@event-timeline/data/html';

const NEWS = JSON.parse(readFileSync(new URL('./fixtures/language/news-paragraphs.json', import.meta.url), 'utf8')) as Record<string, string[]>;
const NAMES: Record<string, string> = { de: 'German', fr: 'French', es: 'Spanish', ru: 'Russian', it: 'Italian', pt: 'Portuguese', nl: 'Dutch' };
const ENGLISH_QUOTE =
  '“We are not going to take any chances with a structure that carries 40,000 vehicles a day, and we will keep it closed for as long as the engineers need,” the commissioner told reporters in English.';

const bridgeStory = (): string => {
  const page = articleFromHtml(readFileSync(new URL('./fixtures/html/news-site.html', import.meta.url), 'utf8'));
  if ('error' in page) throw new Error(page.error);
  return page.text;
};

describe('detectLanguage and languageProblem', () => {
  it('names the language of a news article in German, French, Spanish, Russian, Italian, Portuguese or Dutch', () => {
    for (const [code, name] of Object.entries(NAMES)) {
      const text = NEWS[code].join('\n\n');
      expect(detectLanguage(text), code).to.deep.equal({ language: code, name, confidence: 1 });
      expect(languageProblem(text)).to.equal(`the article is in ${name} (${code}); only English is supported`);
    }
  });

  it('judges a Russian article by its body, not by an English quote at its top', () => {
    const text = ['Мост закрыт после удара баржи', ENGLISH_QUOTE, ...NEWS.ru].join('\n\n');
    const found = detectLanguage(text);
    expect(found.language).to.equal('ru');
    expect(found.confidence).to.be.above(0.5).and.below(1);
    expect(languageProblem(text)).to.equal('the article is in Russian (ru); only English is supported');
  });

  it('reads an English article quoting a German paragraph as English, with no problem', () => {
    const text = bridgeStory().replace('\n\nDetours and ferries', `\n\n${NEWS.de[0]}\n\nDetours and ferries`);
    expect(text).to.include('Die Stadtverwaltung');
    expect(detectLanguage(text).language).to.equal('en');
    expect(languageProblem(text)).to.equal(undefined);
  });

  it('reads every saved English page as English', () => {
    expect(detectLanguage(bridgeStory())).to.deep.equal({ language: 'en', name: 'English', confidence: 1 });
  });

  it('judges a long article by paragraphs spread over all of it', () => {
    // 150 Russian paragraphs after 40 English ones: the first part alone would say English.
    const text = [...Array(40).fill(ENGLISH_QUOTE), ...Array.from({ length: 50 }, () => NEWS.ru).flat()].join('\n\n');
    expect(detectLanguage(text).language).to.equal('ru');
    expect(languageProblem(text)).to.match(/in Russian/);
  });

  it('gives the same answer whatever the order of the paragraphs', () => {
    const paragraphs = [ENGLISH_QUOTE, ...NEWS.fr, NEWS.de[1]];
    const reversed = [...paragraphs].reverse();
    expect(detectLanguage(reversed.join('\n'))).to.deep.equal(detectLanguage(paragraphs.join('\n')));
  });

  it('does not judge a text too short to tell, nor one without letters', () => {
    for (const text of ['', 'Berlin', '12:30 — 14:45, 2019-04-15', '\n\n\n'])
      expect([detectLanguage(text), languageProblem(text)], JSON.stringify(text)).to.deep.equal([{ language: 'und', confidence: 0 }, undefined]);
  });
});
