import { expect } from 'chai';
import { cleanText, extractEvents, ArticleError } from '@event-timeline/data';
import { article, ctxFor } from './helpers.js';

const PAGE = [
  'in ,',
  '',
  'Leaders agree to extend ceasefire in Yemen',
  '',
  'By Jane Doe',
  '',
  'Photo: Reuters/John Smith',
  '',
  'The warring parties agreed on Tuesday to extend the ceasefire by 30 days, the U.N. envoy said.',
  '',
  'Share this article',
  '',
  'The talks will resume next month in Geneva, officials said.',
  '',
  'Subscribe to our newsletter for daily updates.',
  '',
  'What do you think?',
  '',
  'Leave a Reply',
  '0 Comments',
  '',
  'Ten things you missed this week',
  '',
  'Why the markets fell on Friday',
].join('\n');

describe('extract stage 01: cleanText', () => {
  const doc = cleanText(article(PAGE), ctxFor());
  const kept = doc.blocks.map((b) => PAGE.slice(b.start, b.end));

  it('takes the first headline-like line as the title, skipping stray furniture before it', () => {
    expect(doc.title).to.equal('Leaders agree to extend ceasefire in Yemen');
    expect(doc.blocks[0].kind).to.equal('headline');
  });

  it('keeps the body paragraphs with offsets into the original text', () => {
    expect(kept).to.include('The warring parties agreed on Tuesday to extend the ceasefire by 30 days, the U.N. envoy said.');
    expect(kept).to.include('The talks will resume next month in Geneva, officials said.');
  });

  it('drops bylines, photo credits, share bars and newsletter boxes', () => {
    for (const line of ['By Jane Doe', 'Photo: Reuters/John Smith', 'Share this article', 'Subscribe to our newsletter for daily updates.'])
      expect(kept, line).not.to.include(line);
  });

  it('drops the comment section and the related headlines after it', () => {
    for (const line of ['What do you think?', 'Leave a Reply', '0 Comments', 'Ten things you missed this week', 'Why the markets fell on Friday'])
      expect(kept, line).not.to.include(line);
  });

  it('says why each line was dropped', () => {
    const reasons = doc.dropped.map((d) => `${PAGE.slice(d.start, d.end)} → ${d.reason}`);
    expect(reasons.find((r) => r.startsWith('What do you think?'))).to.match(/comment/);
    expect(reasons.find((r) => r.startsWith('Photo:'))).to.match(/boilerplate/);
  });

  it('drops related-article headlines that trail the body even without a comment section', () => {
    const text = 'Storm hits the coast\n\nA storm hit the coast on Monday, killing two people.\n\nFive recipes for the weekend\n\nWhy your phone is slow';
    const lines = cleanText(article(text), ctxFor()).blocks.map((b) => text.slice(b.start, b.end));
    expect(lines).to.deep.equal(['Storm hits the coast', 'A storm hit the coast on Monday, killing two people.']);
  });

  it('drops the disclaimer and fund-raising phrasing of opinion sites', () => {
    const text =
      'Minister resigns\n\nThe minister resigned on Monday.\n\nThe views and opinions expressed here are solely those of the author.\n\nHelp us grow. Support us on Patreon!\n\nThe new minister takes office on Friday.';
    const lines = cleanText(article(text), ctxFor()).blocks.map((b) => text.slice(b.start, b.end));
    expect(lines).to.deep.equal(['Minister resigns', 'The minister resigned on Monday.', 'The new minister takes office on Friday.']);
  });
});

describe('extract stage 01: what it refuses to read', () => {
  const reason = (text: string) => {
    try {
      cleanText(article(text), ctxFor());
      return 'accepted';
    } catch (error) {
      expect(error).to.be.instanceOf(ArticleError);
      return (error as Error).message;
    }
  };

  it('rejects an empty text', () => expect(reason('  \n\n ')).to.match(/empty/));
  it('rejects binary data', () => expect(reason('\u0000\u0001\u0002PNG\u0003\u0004\u0005 data \u0006\u0007\u0008')).to.match(/binary/));
  it('rejects HTML and says to convert it', () =>
    expect(reason('<html><body><p>The minister resigned on Monday.</p><div>More</div></body></html>')).to.match(/HTML.*plain text/));
  it('rejects a text that is not English', () =>
    expect(reason('Le ministre a démissionné lundi après une réunion avec le président de la République, selon des sources proches du gouvernement qui ont confirmé la nouvelle hier soir.')).to.match(/English/));
  it('names the language of an article judged by its body, not by an English quote at its start', () => {
    const russian = [
      'Минфин объявил о новых мерах',
      '"We will not comment on the decision of the ministry until the review is complete," a spokesman for the company said in a statement.',
      'Министерство финансов России в понедельник объявило о новых мерах поддержки экономики. По словам министра, программа рассчитана на три года и затронет малый и средний бизнес во всех регионах страны.',
      'Эксперты считают, что эти меры помогут стабилизировать рынок труда, однако предупреждают о рисках для бюджета. Окончательное решение будет принято после обсуждения в правительстве на следующей неделе.',
    ].join('\n\n');
    expect(reason(russian)).to.equal('the article is in Russian (ru); only English articles are supported');
  });
  it('rejects a text over the size limit', () =>
    expect(reason('word '.repeat(300_000))).to.match(/too large/));
});

describe('extract stage 01: text without a headline', () => {
  const LONG_LEAD = 'Harbour Freight Lines on Thursday agreed to a 2-billion-dollar takeover bid from a group of private investors led by a pension fund.\n\nThe board said the offer was fair.';

  it('reads a first line that is a long sentence ending with a full stop as the body, so its title is in the present tense', () => {
    const { dataset } = extractEvents([{ id: 'body-only', text: LONG_LEAD, published: '2006-12-14' }]);
    expect(dataset.events.map((e) => e.title)).to.deep.equal(['Harbour Freight Lines agrees to 2-billion-dollar takeover bid from group']);
  });

  it('still reads a short first line as the headline', () => {
    expect(cleanText(article('Harbour Freight agrees to takeover.\n\nHarbour Freight Lines on Thursday agreed to a takeover bid.'), ctxFor()).blocks[0].kind).to.equal('headline');
    expect(cleanText(article(LONG_LEAD), ctxFor()).blocks[0].kind).to.equal('paragraph');
  });
});
