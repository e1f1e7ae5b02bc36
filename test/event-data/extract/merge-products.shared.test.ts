import { expect } from 'chai';
import { extractEvents, type ArticleInput, type TimelineEvent } from '@event-timeline/data';

const art = (id: string, published: string, ...paragraphs: string[]): ArticleInput => ({ id, published, text: paragraphs.join('\n\n') });
const articlesOf = (e: TimelineEvent) => [...new Set(e.mentions.map((m) => m.articleId))].sort();
const eventOf = (events: TimelineEvent[], articleId: string, trigger: string) =>
  events.find((e) => e.mentions.some((m) => m.articleId === articleId && m.trigger?.text === trigger));

// Invented news: one company unveils a tablet on Tuesday and a phone on Thursday of the same week.
const TABLET = art('tab', '2014-09-10', 'Norvik unveils tablet', 'Norvik Systems unveiled the Tablo X1 tablet in San Jose on Tuesday.');
const PHONE = art('pho', '2014-09-12', 'Norvik unveils phone', 'Norvik Systems unveiled the Phono Z5 phone in San Jose on Thursday.');
const TABLET_LATER = art('tab2', '2014-10-01', 'Tablet sales', 'The Tablo X1, which Norvik Systems unveiled in September 2014, sold a million units on Monday.');

describe('merge: a company does the same thing to two products on nearby days', () => {
  it('keeps the unveiling of a tablet and of a phone two days later, by one company in one town, as two events', () => {
    const { events } = extractEvents([TABLET, PHONE]).dataset;
    const tablet = eventOf(events, 'tab', 'unveiled')!;
    const phone = eventOf(events, 'pho', 'unveiled')!;
    expect(tablet).to.not.equal(phone);
    expect(articlesOf(tablet)).to.deep.equal(['tab']);
    expect(articlesOf(phone)).to.deep.equal(['pho']);
  });

  it('keeps each headline with its own product, not with the other one', () => {
    const { events } = extractEvents([TABLET, PHONE]).dataset;
    expect(eventOf(events, 'tab', 'unveils')).to.equal(eventOf(events, 'tab', 'unveiled'));
    expect(eventOf(events, 'pho', 'unveils')).to.equal(eventOf(events, 'pho', 'unveiled'));
  });

  it('still merges a later report of the tablet’s unveiling with the first, and not the phone’s', () => {
    const { events } = extractEvents([TABLET, PHONE, TABLET_LATER]).dataset;
    expect(articlesOf(eventOf(events, 'tab', 'unveiled')!)).to.deep.equal(['tab', 'tab2']);
    expect(articlesOf(eventOf(events, 'pho', 'unveiled')!)).to.deep.equal(['pho']);
  });
});

// Invented news: a music shop that one outlet calls by its brand alone, another by the brand and its trade words.
const SHOP = art(
  'em-a',
  '2012-03-01',
  'Norvik to cut eMelody prices',
  'Norvik Systems will cut the price of songs on eMelody from Monday, the company said.',
  'Norvik Systems launched the eMelody Music Store on April 28, 2009.',
  'The eMelody Store also sells films.',
);
const BRAND = art('em-b', '2013-05-02', "Norvik's eMelody passes rival", "More than 2 billion songs have been sold on Norvik's eMelody since its launch in 2009, the company said on Thursday.");

describe('merge: a product or service under its brand alone and with its trade words', () => {
  it('merges "launched the eMelody Music Store on April 28, 2009" and "eMelody … since its launch in 2009" from two outlets', () => {
    const { events } = extractEvents([SHOP, BRAND]).dataset;
    const launch = eventOf(events, 'em-a', 'launched')!;
    expect(articlesOf(launch)).to.deep.equal(['em-a', 'em-b']);
    expect(launch.time.value).to.equal('2009-04-28');
  });
});

// Invented news: one car's launch that outlets tell with different verbs, and the same maker's van that week.
const CAR = art('car-a', '2015-03-11', 'Kestrel shows new car', 'Kestrel Motors unveiled the Vantor E7 electric car in Geneva on Tuesday.');
const CAR_LATER = art('car-b', '2015-06-01', 'Car orders', 'Kestrel Motors introduced the Vantor E7 electric car in Geneva on March 10. Orders rose on Friday.');
const CAR_SALE = art('car-c', '2015-12-01', 'Car sales', 'Kestrel Motors released the Vantor E7 electric car to buyers in 2015.');
const VAN = art('van', '2015-03-13', 'Kestrel shows new van', 'Kestrel Motors unveiled the Cargon V2 van in Geneva on Thursday.');

describe('merge: one launch told with different verbs', () => {
  it('merges "unveiled the Vantor E7 … on Tuesday" and "introduced the Vantor E7 … on March 10" into one event', () => {
    const { events } = extractEvents([CAR, CAR_LATER, VAN]).dataset;
    const launch = eventOf(events, 'car-a', 'unveiled')!;
    expect(articlesOf(launch)).to.deep.equal(['car-a', 'car-b']);
    expect(launch.time.value).to.equal('2015-03-10');
  });

  it('keeps the same maker’s van, unveiled two days later, apart', () => {
    const { events } = extractEvents([CAR, CAR_LATER, VAN]).dataset;
    expect(articlesOf(eventOf(events, 'van', 'unveiled')!)).to.deep.equal(['van']);
  });

  it('does not take "released … in 2015" for the unveiling on a day of that year: a car is shown in March and sold later', () => {
    const { events } = extractEvents([CAR, CAR_SALE]).dataset;
    expect(articlesOf(eventOf(events, 'car-a', 'unveiled')!)).to.deep.equal(['car-a']);
  });
});

describe('merge: a verb and its noun in -ing', () => {
  it('merges "unveiled … on Tuesday" and "the unveiling … in March 2015" from two outlets', () => {
    const later = art('g2', '2016-01-10', 'Car year', 'Since the unveiling of the Vantor E7 by Kestrel Motors in March 2015, orders have doubled.');
    const { events } = extractEvents([CAR, later]).dataset;
    expect(articlesOf(eventOf(events, 'car-a', 'unveiled')!)).to.deep.equal(['car-a', 'g2']);
  });
});
