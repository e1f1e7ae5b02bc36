import { expect } from 'chai';
import { extractEvents, type ArticleInput } from '@event-timeline/data';

const art = (id: string, published: string, ...paragraphs: string[]): ArticleInput => ({ id, published, text: paragraphs.join('\n\n') });
const organisations = (articles: ArticleInput[]) =>
  [...new Set(extractEvents(articles).dataset.events.flatMap((e) => e.actors.filter((a) => a.kind === 'organization').map((a) => a.name)))].sort();

// Invented news: one company that outlets call "Halden Motors" or "Halden Inc.", and "Halden" once named.
const MOTORS = art('m', '2009-03-02', 'Halden cuts jobs', 'Halden Motors cut 2,000 jobs on Monday.', 'Halden said the brakes could fail.');
const INC = art('i', '2009-03-03', 'Carmaker job cuts', 'Halden Inc. cut 2,000 jobs in Detroit on Monday, the company said.', 'Halden shares fell on Tuesday.');
// Two companies that share a first word, set side by side, each also called by it elsewhere.
const RIVALS = art('r', '2009-05-04', 'Halden Records sues Halden Motors', 'Halden Records sued Halden Motors in London on Monday over the name.');
const RECORDS = art('rec', '2009-06-01', 'Label signs band', 'Halden Records signed the band on Monday.', 'Halden said the album is due in May.');

describe('extract: one company under the long names different outlets give it', () => {
  it('writes one name for "Halden Motors" and "Halden Inc." when an article calls the company "Halden" alone', () => {
    expect(organisations([MOTORS, INC])).to.have.length(1);
  });

  it('merges the job cuts both outlets report into one event', () => {
    const recalls = extractEvents([MOTORS, INC]).dataset.events.filter((e) => e.mentions.some((m) => m.trigger?.text === 'cut'));
    expect(recalls).to.have.length(1);
    expect(new Set(recalls[0].mentions.map((m) => m.articleId))).to.deep.equal(new Set(['m', 'i']));
  });

  it('keeps two companies an article names side by side apart when only one is called by the short form more often', () => {
    const names = organisations([MOTORS, INC, RIVALS, RECORDS]);
    expect(names.filter((n) => /Records/.test(n))).to.deep.equal(['Halden Records']);
  });

  it('does not take a first word that names no company anywhere ("European" of "European Commission") as a company', () => {
    const names = organisations([
      art('ec', '2008-01-09', 'Commission fines firm', 'The European Commission fined Norvik Systems on Tuesday.', 'European officials said the fine was fair.'),
      art('eu', '2008-01-10', 'Union summit', 'The European Union held a summit in Brussels on Wednesday.', 'European leaders met Norvik Systems.'),
    ]);
    expect(names).to.include.members(['European Commission', 'European Union']);
  });

  it('gives the same names whichever article comes first', () => {
    expect(organisations([INC, RECORDS, RIVALS, MOTORS])).to.deep.equal(organisations([MOTORS, INC, RIVALS, RECORDS]));
  });
});
