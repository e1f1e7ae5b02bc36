import { pageDate, urlDate } from './date-text.js';
import { articleNodesFirst, ldText, type LinkedData } from './json-ld.js';

/** A publication day found in a page, with where it was found. */
export interface FoundDate {
  /** `YYYY-MM-DD`, the day as the page writes it. */
  date: string;
  /** Where it came from, for messages: `meta article:published_time`, `JSON-LD datePublished`, `<time datetime>`, `the URL`. */
  from: string;
}

/** What `findPublicationDate` looks at, in this order (for the error message when none is found). */
export const DATE_SOURCES = 'article:published_time and similar meta tags, JSON-LD datePublished, <time datetime>, a date in the URL';

/**
 * Meta tags that carry the publication date, by the `property`, `name` or `itemprop` that names
 * them, most specific first. Modification dates (`article:modified_time`, `dateModified`) are
 * never read: a story updated a week later still happened when it was published.
 */
const META_NAMES = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'published_time',
  'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dc.date.created', 'dcterms.created', 'citation_publication_date', 'citation_date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'publication_date', 'article.published', 'article_date_original', 'date',
];

const NOT_PUBLISHED = /updat|modif|edit|comment/i;

/** The date of the first meta tag in META_NAMES order that holds a readable date. */
function fromMeta(doc: Document): FoundDate | undefined {
  const byName = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta[content], [itemprop][datetime], [itemprop][content]'))) {
    const keys = ['property', 'name', 'itemprop'].map((a) => el.getAttribute(a)?.trim().toLowerCase()).filter(Boolean) as string[];
    const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? '';
    for (const key of keys) if (!byName.has(key) && pageDate(value)) byName.set(key, value);
  }
  for (const name of META_NAMES) {
    const value = byName.get(name);
    if (value) return { date: pageDate(value)!, from: name === 'datepublished' ? 'itemprop datePublished' : `meta ${name}` };
  }
  return undefined;
}

function fromJsonLd(data: LinkedData): FoundDate | undefined {
  for (const node of articleNodesFirst(data)) {
    const date = pageDate(ldText(node.datePublished) ?? '');
    if (date) return { date, from: 'JSON-LD datePublished' };
  }
  return undefined;
}

/** Whether a `<time>` sits in page chrome or a comment rather than in the article. */
const outsideArticle = (el: Element): boolean =>
  !!el.closest('nav, aside, footer:not(article footer), [class*="comment" i], [id*="comment" i], [class*="related" i]');

/**
 * A `<time datetime>`: one marked `pubdate` first, then one in the article's header, then the
 * first in the article or `main`, then the first elsewhere outside navigation, asides and comments.
 * Times marked as an update are skipped.
 */
function fromTime(doc: Document): FoundDate | undefined {
  const times = Array.from(doc.querySelectorAll('time[datetime]')).filter(
    (t) => !NOT_PUBLISHED.test(`${t.getAttribute('class') ?? ''} ${t.getAttribute('itemprop') ?? ''} ${t.parentElement?.getAttribute('class') ?? ''}`),
  );
  const tiers = [
    times.filter((t) => t.hasAttribute('pubdate')),
    times.filter((t) => t.closest('article header, header[class*="article" i], [class*="article-header" i]') && !outsideArticle(t)),
    times.filter((t) => t.closest('article, main, [role="main"]') && !outsideArticle(t)),
    times.filter((t) => !outsideArticle(t)),
  ];
  for (const tier of tiers)
    for (const t of tier) {
      const date = pageDate(t.getAttribute('datetime') ?? '');
      if (date) return { date, from: '<time datetime>' };
    }
  return undefined;
}

/**
 * The page's publication day, looked for in this order: meta tags (`article:published_time`,
 * Open Graph, Dublin Core, `date`, `sailthru.date`, `parsely-pub-date`, `itemprop=datePublished`
 * …), JSON-LD `datePublished` (article objects first, in `@graph` and arrays too),
 * `<time datetime>`, then a date in one of the URLs given (the page's own, its canonical URL).
 */
export function findPublicationDate(doc: Document, data: LinkedData, urls: readonly (string | undefined | null)[]): FoundDate | undefined {
  const found = fromMeta(doc) ?? fromJsonLd(data) ?? fromTime(doc);
  if (found) return found;
  for (const url of urls) {
    const date = url ? urlDate(url) : undefined;
    if (date) return { date, from: 'the URL' };
  }
  return undefined;
}
