import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { articleFromHtml, MAX_HTML_BYTES, type HtmlArticle, type HtmlArticleError } from '@event-timeline/data/html';
import { extractEvents } from '@event-timeline/data';
import { articleFromParsedHtml } from '../../packages/event-data/src/input/html-article.js';

const page = (name: string): string => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url), 'utf8');

function article(result: HtmlArticle | HtmlArticleError): HtmlArticle {
  if ('error' in result) throw new Error(`expected an article, got the error: ${result.error}`);
  return result;
}

function error(result: HtmlArticle | HtmlArticleError): string {
  if (!('error' in result)) throw new Error(`expected an error, got an article titled ${JSON.stringify(result.title)}`);
  return result.error;
}

describe('articleFromHtml: a news page with navigation, share bar, related links, comments and a cookie banner', () => {
  const a = article(articleFromHtml(page('news-site.html'), { url: 'https://www.northport-ledger.example/news/harbour-bridge-closed?utm_source=feed' }));
  const paragraphs = a.text.split('\n\n');

  it('gives the headline, a blank line, then the paragraphs of the story', () => {
    expect(paragraphs[0]).to.equal('Harbour bridge closed after barge strike');
    expect(paragraphs[1]).to.match(/^The Harbour Street bridge was closed to traffic on Tuesday evening/);
    expect(paragraphs.at(-1)).to.match(/cooperating with the Coast Guard investigation\.$/);
    expect(paragraphs).to.include('Detours and ferries');
    expect(paragraphs).to.have.length(8);
  });

  it('leaves out the navigation, cookie banner, share bar, pull quote, tags, related links, comments, newsletter box and footer', () => {
    for (const chrome of ['Business', 'We use cookies', 'Accept all cookies', 'Share on Facebook', 'Email this story', 'Transport', 'Related stories',
      'Mill Road crossing to get new lanes', 'harbourwatcher', 'Free ferry for foot passengers', '12 Comments', 'Most read', 'morning briefing',
      'All rights reserved', 'About us', 'By Maria Lindqvist', 'dataLayer', 'Sign up for The Morning Ledger', 'Read more', 'have not been inspected',
      'allow the cookies'])
      expect(a.text, chrome).not.to.include(chrome);
    expect(a.text.match(/We are not going to take any chances/g), 'the pull quote repeats the body').to.have.length(1);
  });

  it("reads the title without the site's name, the publisher and the canonical URL", () => {
    expect(a.title).to.equal('Harbour bridge closed after barge strike');
    expect(a.publisher).to.equal('The Northport Ledger');
    expect(a.url).to.equal('https://www.northport-ledger.example/news/harbour-bridge-closed');
    expect(a.language).to.equal('en');
  });

  it('dates it by article:published_time, on the day the page gives, not the UTC day nor the modification date', () => {
    // 22:40 at UTC-5 on the 9th is already the 10th in UTC; the newsroom's "Tuesday" is the 9th.
    expect(a.published).to.equal('2021-03-09');
    expect(a.publishedFrom).to.equal('meta article:published_time');
  });

  it('gives text the extractor reads, with mentions pointing into it', () => {
    const { dataset, failures } = extractEvents([{ id: 'bridge', ...a }]);
    expect(failures).to.deep.equal([]);
    expect(dataset.events.length).to.be.greaterThan(0);
    for (const event of dataset.events)
      for (const m of event.mentions) expect(a.text.slice(m.start, m.end)).to.equal(m.sentence);
    const closure = dataset.events.find((e) => e.mentions.some((m) => m.sentence.includes('closed to traffic on Tuesday evening')));
    expect(closure?.time.start.slice(0, 10)).to.equal('2021-03-09');
  });
});

describe('articleFromHtml: metadata in a JSON-LD @graph', () => {
  const a = article(articleFromHtml(page('json-ld-graph.html')));

  it('dates it by the NewsArticle of the @graph, skipping a broken JSON-LD block', () => {
    expect(a.published).to.equal('2022-06-14');
    expect(a.publishedFrom).to.equal('JSON-LD datePublished');
  });

  it('finds the publisher through its @id and the headline of the article object', () => {
    expect(a.publisher).to.equal('Skyways Daily');
    expect(a.title).to.equal('Regional airline orders 12 electric planes');
    expect(a.url).to.equal('https://skyways.example/regional-airline-orders-12-electric-planes/');
  });

  it('keeps the four paragraphs and drops the sharing buttons and related posts', () => {
    expect(a.text.split('\n\n')).to.have.length(5);
    for (const chrome of ['Share this', 'LinkedIn', 'Airport adds charging bays', 'Posted by', 'Proudly powered', 'Airports']) expect(a.text, chrome).not.to.include(chrome);
  });
});

describe('articleFromHtml: where the date comes from', () => {
  it('takes a date in the URL when the page has none of its own', () => {
    const a = article(articleFromHtml(page('url-date-only.html'), { url: 'https://eastfield-gazette.example/local/2019/04/15/council-library.html' }));
    expect([a.published, a.publishedFrom]).to.deep.equal(['2019-04-15', 'the URL']);
    expect(a.title).to.equal('Council approves new library for the east side');
    expect(a.publisher).to.equal(null);
    expect(article(articleFromHtml(page('url-date-only.html'), { url: 'https://e.example/news/2019-04-16-library' })).published).to.equal('2019-04-16');
  });

  it('takes the <time> marked pubdate, not an "updated" one nor one in the related links, and drops the dateline', () => {
    const a = article(articleFromHtml(page('time-only.html')));
    expect([a.published, a.publishedFrom]).to.deep.equal(['2023-06-18', '<time datetime>']);
    expect(a.title).to.equal('Heatwave breaks city record for June');
    for (const chrome of ['Lena Hartmann', 'Updated', 'Storms flood underpasses']) expect(a.text, chrome).not.to.include(chrome);
  });

  it("prefers a <time> in the article's header to one in a ticker, a comment or a related list that comes first", () => {
    const body = '<p>' + 'The council met on Monday and voted to repair the old library roof before the winter storms. '.repeat(6) + '</p>';
    const html = `<html><body><div class="ticker"><time datetime="2003-03-03">z</time></div><aside class="related"><time datetime="2001-01-01">x</time></aside><div class="comments"><time datetime="2002-02-02">y</time></div>
      <article><header><h1>Council votes to fix library roof</h1><span><time datetime="2020-10-05T09:00:00+02:00">5 Oct</time></span></header>${body}</article></body></html>`;
    expect(article(articleFromHtml(html)).published).to.equal('2020-10-05');
  });

  it('follows the order meta tags, JSON-LD, <time>, URL', () => {
    const body = '<article><h1>Ferry service resumes</h1><p>' + 'The ferry service between the two islands resumed on Monday after a month of repairs to the pier. '.repeat(6) + '</p></article>';
    const meta = '<meta name="parsely-pub-date" content="2018-01-01T10:00:00Z">';
    const ld = '<script type="application/ld+json">[{"@type":"WebSite","name":"X"},{"@type":"ReportageNewsArticle","datePublished":"2018-02-02"}]</script>';
    const time = '<time datetime="2018-03-03">3 March</time>';
    const url = 'https://ferries.example/2018/04/04/ferry-resumes';
    const dated = (head: string, extra = '') => article(articleFromHtml(`<html><head>${head}</head><body>${extra}${body}</body></html>`, { url }));
    expect(dated(meta + ld, time).published).to.equal('2018-01-01');
    expect(dated(ld, time).published).to.equal('2018-02-02');
    expect(dated('', time).published).to.equal('2018-03-03');
    expect(dated('').published).to.equal('2018-04-04');
  });

  it('reads the other usual meta tags and date formats', () => {
    const body = '<article><h1>Ferry service resumes</h1><p>' + 'The ferry service between the two islands resumed on Monday after a month of repairs to the pier. '.repeat(6) + '</p></article>';
    const cases: [string, string][] = [
      ['<meta name="sailthru.date" content="Tue, 07 May 2019 14:03:00 -0400">', '2019-05-07'],
      ['<meta name="DC.date.issued" content="2019-05-07">', '2019-05-07'],
      ['<meta name="date" content="May 7, 2019">', '2019-05-07'],
      ['<meta itemprop="datePublished" content="20190507">', '2019-05-07'],
      ['<meta property="og:published_time" content="2019/05/07 14:03">', '2019-05-07'],
    ];
    for (const [head, day] of cases) expect(article(articleFromHtml(`<html><head>${head}</head><body>${body}</body></html>`)).published, head).to.equal(day);
  });

  it('skips a date that is not a day of the calendar, or only a month, and looks further', () => {
    const body = '<article><h1>Ferry service resumes</h1><p>' + 'The ferry service between the two islands resumed on Monday after a month of repairs to the pier. '.repeat(6) + '</p></article>';
    const html = `<html><head><meta property="article:published_time" content="2019-02-30T10:00"><meta name="date" content="2019-05"></head><body>${body}</body></html>`;
    const a = article(articleFromHtml(html, { url: 'https://x.example/2019/03/01/ferry' }));
    expect([a.published, a.publishedFrom]).to.deep.equal(['2019-03-01', 'the URL']);
  });

  it('lets the published option override the page', () => {
    const a = article(articleFromHtml(page('news-site.html'), { published: '2021-03-10' }));
    expect([a.published, a.publishedFrom]).to.deep.equal(['2021-03-10', 'the published option']);
  });

  it('says where it looked when a page has no date, and how to give one', () => {
    expect(error(articleFromHtml(page('no-date.html'), { id: 'museum' }))).to.equal(
      'no publication date found in the page (looked for article:published_time and similar meta tags, JSON-LD datePublished, <time datetime>, a date in the URL); give one with --published',
    );
    const a = article(articleFromHtml(page('no-date.html'), { published: '2020-10-30', id: 'museum' }));
    expect([a.id, a.published, a.publisher]).to.deep.equal(['museum', '2020-10-30', 'Arts Wire']);
  });

  it('refuses a published option that is not a date', () => {
    expect(error(articleFromHtml(page('news-site.html'), { published: 'yesterday' }))).to.match(/not an ISO 8601 date.*"yesterday"/);
  });
});

describe('articleFromHtml: untrusted HTML', () => {
  const a = article(articleFromHtml(page('scripts.html'), { url: 'https://port.example/strike' }));

  it('keeps the words of links and of elements with handlers, and nothing of scripts, frames, SVG, templates or noscript', () => {
    expect(a.text).to.include('Port officials said it would take about a week');
    expect(a.text).to.include('Members voted 71 percent in favour');
    for (const code of ['__pwned', 'document.write', 'Injected paragraph', 'SVG TEXT', 'Template paragraph', 'enable JavaScript', 'javascript:', 'onerror', 'background'])
      expect(a.text, code).not.to.include(code);
  });

  it('never takes a javascript: URL for the canonical URL', () => {
    expect(a.url).to.equal('https://port.example/strike');
  });

  it('keeps markup that the page shows as text as text, and no markup of the page', () => {
    expect(a.text).to.include('The text <script>alert(1)</script> appeared in a leaflet');
    expect(a.text.replace('<script>alert(1)</script>', '')).not.to.match(/<\/?[a-z][^>]*>/i);
  });

  it('refuses a page over 20 MB before parsing it', () => {
    let parsed = false;
    const huge = `<html><body><p>${'x'.repeat(MAX_HTML_BYTES)}</p></body></html>`;
    const result = articleFromParsedHtml(() => ((parsed = true), new (class {})() as Document), huge, { published: '2020-01-01' });
    expect(error(result)).to.equal('the page is too large: more than the limit of 20 MB');
    expect(parsed).to.equal(false);
    // Counted in UTF-8 bytes: 7.5 million three-byte characters are 22.5 MB.
    expect(error(articleFromHtml('€'.repeat(7_500_000)))).to.match(/too large/);
  });

  it('refuses a page nested absurdly deep, which would keep Readability busy for minutes', () => {
    const para = '<p>' + 'The ferry service between the two islands resumed on Monday after repairs. '.repeat(6) + '</p>';
    const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}${para}${'</div>'.repeat(n)}</body></html>`;
    const message = "the page's elements are nested more than 256 levels deep, which no article page needs; it is not read";
    expect(error(articleFromHtml(nested(300), { published: '2020-01-01' }))).to.equal(message);
    expect(error(articleFromHtml(nested(200_000), { published: '2020-01-01' }))).to.equal(message);
    // Elements whose end tags HTML lets a page leave out do not count as nesting.
    const loose = `<html><body><article><h1>Ferry resumes</h1>${para}${'<ul><li>one<li>two</ul><p>More text'.repeat(3000)}</article></body></html>`;
    expect(article(articleFromHtml(loose, { published: '2020-01-01' })).title).to.equal('Ferry resumes');
  });

  it('says so when a page has no article text', () => {
    expect(error(articleFromHtml('<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>', { published: '2020-01-01' }))).to.equal(
      'no article text found in the page',
    );
    expect(error(articleFromHtml('   ', { published: '2020-01-01' }))).to.equal('the page is empty');
  });
});
