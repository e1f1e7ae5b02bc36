import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractEvents, validateDataset, type ArticleInput, type TimelineEvent } from '@event-timeline/data';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = join(ROOT, 'data/articles');

function seedArticles(): ArticleInput[] {
  const meta: Array<{ id: string; published: string; publisher: string | null }> = JSON.parse(readFileSync(join(DIR, 'articles.json'), 'utf8'));
  return meta.map((m) => ({ id: m.id, published: m.published, publisher: m.publisher, text: readFileSync(join(DIR, `${m.id}.txt`), 'utf8') }));
}

describe('extract: the seed articles end to end', () => {
  const { dataset, failures } = extractEvents(seedArticles());
  const events = dataset.events;
  const withMention = (pattern: RegExp) => events.filter((e) => e.mentions.some((m) => pattern.test(m.sentence)));
  const one = (pattern: RegExp): TimelineEvent => {
    const found = withMention(pattern);
    expect(found, String(pattern)).to.have.length(1);
    return found[0];
  };

  it('reads all five articles and writes a dataset that validates', () => {
    expect(failures).to.deep.equal([]);
    expect(dataset.articles).to.have.length(5);
    expect(validateDataset(dataset).issues).to.deep.equal([]);
  });

  it('makes the Moscow talks of 12 April 2017 one event reported by three articles', () => {
    const talks = events.filter((e) => e.type === 'meeting' && e.place === 'Moscow');
    expect(talks).to.have.length(1);
    expect(talks[0].time.value).to.equal('2017-04-12');
    expect(new Set(talks[0].mentions.map((m) => m.articleId.slice(0, 3)))).to.deep.equal(new Set(['001', '003', '004']));
    expect(talks[0].actors.map((a) => a.name)).to.include.members(['Rex Tillerson', 'Sergey Lavrov']);
  });

  it('dates the Sunday-night meeting in New York to 17 September 2017', () => {
    const meeting = one(/met\s+on\s+Sunday\s+night\s+in\s+New\s+York/);
    expect(meeting.time.value.startsWith('2017-09-17')).to.equal(true);
    expect(meeting.place).to.equal('New York');
    expect(meeting.title).to.equal('Tillerson and Lavrov meet in New York');
  });

  it('dates what the text dates relatively: earlier in the day, last week, late October, on Tuesday, yesterday', () => {
    expect(one(/Treasury\s+Department\s+announced/).time.value).to.equal('2017-10-31');
    expect(one(/Tillerson\s+provided\s+Congress/).time.value).to.equal('2017-W43');
    expect(one(/approved\s+the\s+statement\s+in\s+late\s+October/).time).to.deep.include({ value: '2017-10', mod: 'END' });
    expect(one(/will\s+deliver\s+on\s+Tuesday/).time.value).to.equal('2017-09-19');
    expect(one(/was\s+set\s+to\s+vote\s+yesterday/).time.value).to.equal('2017-04-12');
  });

  it('dates the undated meeting of the Tillerson–Antonov article by its publication date, less surely', () => {
    const meeting = one(/Antonov\s+met\s+to\s+discuss/);
    expect(meeting.time).to.deep.include({ value: '2017-10-31', anchor: 'publication' });
    expect(meeting.confidence).to.be.below(0.7);
  });

  it('writes one name per person across articles (Sergei and Sergey Lavrov)', () => {
    const names = new Set(events.flatMap((e) => e.actors.map((a) => a.name)).filter((n) => /Lavrov/.test(n)));
    expect([...names]).to.deep.equal(['Sergey Lavrov']);
  });

  it('makes no event from boilerplate or comment widgets', () => {
    for (const event of events)
      for (const m of event.mentions) expect(m.sentence).not.to.match(/Patreon|Notify of|What do you think|opinions expressed|View all comments|Photo:/);
  });

  it('keeps every mention traceable: the sentence and date expression at their offsets in the article', () => {
    const texts = new Map(seedArticles().map((a) => [a.id, a.text]));
    for (const event of events)
      for (const m of event.mentions) {
        expect(texts.get(m.articleId)!.slice(m.start, m.end)).to.equal(m.sentence);
        if (m.timex) expect(texts.get(m.articleId)!.slice(m.timex.start, m.timex.end)).to.equal(m.timex.text);
      }
  });

  it('gives short titles, never whole sentences', () => {
    for (const event of events) {
      expect(event.title.length, event.title).to.be.at.most(80);
      for (const m of event.mentions) expect(event.title).not.to.equal(m.sentence);
    }
  });

  it('is deterministic: two runs give byte-identical output', () => {
    const again = JSON.stringify(extractEvents(seedArticles()).dataset, null, 2);
    expect(again).to.equal(JSON.stringify(dataset, null, 2));
  });

  it('ships data/events.json and an identical package copy that validate and hold the merged Moscow talks', () => {
    // Not compared with a fresh run: the tagger may improve between regenerations (npm run extract).
    const committed = readFileSync(join(ROOT, 'data/events.json'), 'utf8');
    expect(readFileSync(join(ROOT, 'packages/event-data/events.json'), 'utf8')).to.equal(committed);
    const shipped = JSON.parse(committed);
    expect(validateDataset(shipped).issues).to.deep.equal([]);
    const talks = shipped.events.filter((e: TimelineEvent) => e.type === 'meeting' && e.place === 'Moscow');
    expect(talks).to.have.length(1);
    expect(new Set(talks[0].mentions.map((m: { articleId: string }) => m.articleId))).to.have.property('size', 3);
  });
});
