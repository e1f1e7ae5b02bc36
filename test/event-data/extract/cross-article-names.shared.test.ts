import { expect } from 'chai';
import { extractEvents, type ArticleInput } from '@event-timeline/data';
import { upTo } from './helpers.js';

const art = (id: string, published: string, ...paragraphs: string[]): ArticleInput => ({ id, published, text: paragraphs.join('\n\n') });
const people = (articles: ArticleInput[]) =>
  extractEvents(articles).dataset.events.flatMap((e) => e.actors.filter((a) => a.kind === 'person'));
const namesLike = (articles: ArticleInput[], re: RegExp) => [...new Set(people(articles).map((a) => a.name).filter((n) => re.test(n)))].sort();

// Invented news, not the seed articles.
const FULL = art('full', '2021-06-02', 'Storm hits coast', 'Prime Minister Jacinda Ardern visited Christchurch on Tuesday after the storm.');
const SURNAME = art('surname', '2021-06-03', 'Budget passes', 'Prime Minister Ardern gave a speech in Wellington on Wednesday about the budget.');
const MR = art('mr', '2021-06-03', 'Talks in Canberra', 'Mr. Morrison met business leaders in Canberra on Wednesday.');
const MR_FULL = art('mr-full', '2021-06-04', 'Trade row', 'Australian Prime Minister Scott Morrison visited Tokyo on Thursday.');

describe('extract: a surname alone takes the full name another article gives', () => {
  it('writes "Jacinda Ardern" for "Prime Minister Ardern" when another article of the batch names her in full', () => {
    expect(namesLike([SURNAME], /Ardern/)).to.deep.equal(['Ardern']);
    expect(namesLike([FULL, SURNAME], /Ardern/)).to.deep.equal(['Jacinda Ardern']);
  });

  it('resolves "Mr. Morrison" the same way, whichever article comes first', () => {
    expect(namesLike([MR, MR_FULL], /Morrison/)).to.deep.equal(['Scott Morrison']);
    expect(namesLike([MR_FULL, MR], /Morrison/)).to.deep.equal(['Scott Morrison']);
  });

  it('keeps the role the surname mention gives when the full-name article gives none', () => {
    const plain = art('plain', '2021-06-02', 'Storm hits coast', 'Jacinda Ardern visited Christchurch on Tuesday after the storm.');
    const ardern = people([plain, SURNAME]).filter((a) => /Ardern/.test(a.name));
    expect(ardern.map((a) => a.name)).to.satisfy((ns: string[]) => ns.every((n) => n === 'Jacinda Ardern'));
    expect(ardern.some((a) => a.role === 'Prime Minister')).to.equal(true);
  });

  it('keeps the surname alone when two different people of the batch carry it', () => {
    const george = art('g', '2021-06-02', 'Veterans honoured', 'Former President George Bush visited Houston on Tuesday.');
    const jeb = art('j', '2021-06-02', 'Florida race', 'Former Governor Jeb Bush visited Miami on Tuesday.');
    const bare = art('b', '2021-06-03', 'Library opens', 'Mr. Bush gave a speech in Dallas on Wednesday.');
    expect(namesLike([george, jeb, bare], /Bush/)).to.deep.equal(['Bush', 'George Bush', 'Jeb Bush']);
  });
});

describe('extract stage 05: a surname alone within one article', () => {
  const entityOf = (text: string, surface: string) => {
    const doc = upTo(5, text);
    const m = doc.actorMentions.find((a) => a.text === surface);
    return m && doc.entities[m.entity];
  };

  it('takes the one full name of the article, and the title it comes with', () => {
    const text = 'Festival opens\n\nAnne Hidalgo opened the festival in Paris on Monday. Mayor Hidalgo said on Tuesday it had been a success.';
    expect(entityOf(text, 'Hidalgo')).to.deep.include({ name: 'Anne Hidalgo', role: 'Mayor' });
  });

  it('stays a bare surname when the article names two people with it', () => {
    const text = 'Gala in Chicago\n\nMichelle Robinson and Craig Robinson attended a gala in Chicago on Monday. Mr. Robinson gave a speech there on Tuesday.';
    expect(entityOf(text, 'Robinson')?.name).to.equal('Robinson');
    expect(entityOf(text, 'Michelle Robinson')?.name).to.equal('Michelle Robinson');
    expect(entityOf(text, 'Craig Robinson')?.name).to.equal('Craig Robinson');
  });
});
