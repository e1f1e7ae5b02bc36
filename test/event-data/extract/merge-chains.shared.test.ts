import { expect } from 'chai';
import { extractEvents, type ArticleInput } from '@event-timeline/data';

const DAY = 86_400_000;

/** A weekly story: the same two ministers meet in the same city every Monday for twelve weeks. */
const WEEKLY: ArticleInput[] = Array.from({ length: 12 }, (_, week) => {
  const published = new Date(Date.UTC(2019, 0, 8) + week * 7 * DAY).toISOString().slice(0, 10);
  return {
    id: `weekly-${String(week).padStart(2, '0')}`,
    published,
    text: `Ministers meet again\n\nForeign ministers Anna Berg and Ivan Petrov met in Geneva on Monday to discuss the border dispute.`,
  };
});

describe('extract: merging does not chain separate happenings into one', () => {
  it('keeps twelve weekly meetings of the same people apart instead of making one event that spans three months', () => {
    const { dataset } = extractEvents(WEEKLY);
    const meetings = dataset.events.filter((e) => e.type === 'meeting');
    expect(meetings.length).to.be.at.least(6);
    // each article's "Monday" is the day before its publication
    const published = new Map(dataset.articles.map((a) => [a.id, Date.parse(a.published)]));
    for (const event of meetings) {
      const days = event.mentions.map((m) => published.get(m.articleId)!);
      expect(Math.max(...days) - Math.min(...days), event.title).to.be.at.most(7 * DAY);
    }
  });

  it('still makes one event of the reports of one meeting in articles published on different days', () => {
    const reports = WEEKLY.slice(0, 3).map((a, i) => ({ ...a, id: `same-${i}`, published: ['2019-01-08', '2019-01-09', '2019-01-10'][i], text: `Ministers meet\n\nForeign ministers Anna Berg and Ivan Petrov met in Geneva on January 7 to discuss the border dispute.` }));
    const meetings = extractEvents(reports).dataset.events.filter((e) => e.type === 'meeting');
    expect(meetings).to.have.length(1);
    expect(new Set(meetings[0].mentions.map((m) => m.articleId)).size).to.equal(3);
  });
});
