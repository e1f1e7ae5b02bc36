import { articleNodesFirst, isArticleNode, ldObject, ldText, type LinkedData } from './json-ld.js';

/** What a page says about itself, apart from its date. */
export interface PageMeta {
  title?: string;
  publisher?: string;
  /** The canonical URL (absolute, http or https). */
  url?: string;
  /** The page's declared language, lowercased primary subtag (`en` from `en-GB`). */
  declaredLanguage?: string;
}

const SEPARATOR = /\s+(?:[|–—:»·•]|-{1,2}|::)\s+/;

/** One line of text: whitespace runs as one space, control characters gone. */
export const oneLine = (text: string): string =>
  text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The `content` of the first meta tag with one of these `property`/`name`/`itemprop` values. */
function meta(doc: Document, ...names: string[]): string | undefined {
  const wanted = new Set(names);
  for (const el of Array.from(doc.querySelectorAll('meta[content]'))) {
    const keys = ['property', 'name', 'itemprop'].map((a) => el.getAttribute(a)?.trim().toLowerCase());
    if (keys.some((k) => k && wanted.has(k))) {
      const value = oneLine(el.getAttribute('content') ?? '');
      if (value) return value;
    }
  }
  return undefined;
}

/** An http(s) URL resolved against the page's address, or undefined (a `javascript:` URL is no URL). */
export function httpUrl(href: string | null | undefined, base?: string | null): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A title without the site's name around it: "Big news | Site", "Site - Big news" and
 * "Big news – Site News" lose the site when the site is known. A `<title>` (`fromTitleTag`) also
 * loses a short trailing segment ("Big news | World | The Daily"), the common pattern of titles.
 */
export function stripSiteName(title: string, publisher: string | undefined, fromTitleTag: boolean): string {
  // [part, separator, part, …]: what is kept is rejoined with its own separators ("Brexit: what now").
  const pieces = title.split(new RegExp(`(${SEPARATOR.source})`));
  const parts = pieces.filter((_, i) => i % 2 === 0);
  if (parts.length < 2) return title;
  let [first, last] = [0, parts.length - 1];
  const site = publisher?.toLowerCase();
  const isSite = (p: string) => !!site && (p.toLowerCase() === site || p.toLowerCase().startsWith(`${site} `) || (p.length > 3 && site.startsWith(p.toLowerCase())));
  if (isSite(parts[last])) last--;
  else if (isSite(parts[first])) first++;
  else if (!fromTitleTag) return title;
  if (fromTitleTag) {
    const words = (from: number, to: number) => parts.slice(from, to + 1).join(' ').split(/\s+/).length;
    while (last > first && words(last, last) <= 4 && words(first, last - 1) >= 3) last--;
  }
  return pieces.slice(2 * first, 2 * last + 1).join('').trim();
}

/**
 * The page's title (og:title, JSON-LD headline, `<title>` without the site's name, the first
 * `<h1>`), publisher (og:site_name, JSON-LD publisher.name), canonical URL (link rel=canonical,
 * og:url) and declared language, read before anything is removed from the document.
 */
export function pageMeta(doc: Document, data: LinkedData, pageUrl?: string): PageMeta {
  const article = articleNodesFirst(data).find(isArticleNode);
  const publisher =
    meta(doc, 'og:site_name') ??
    ldText(ldObject(data, article?.publisher)?.name) ??
    data.nodes.map((n) => ldText(ldObject(data, n.publisher)?.name)).find(Boolean);

  const ogTitle = meta(doc, 'og:title', 'twitter:title');
  const headline = ldText(article?.headline) ?? meta(doc, 'headline');
  const titleTag = oneLine(doc.querySelector('title')?.textContent ?? '');
  const h1 = oneLine(doc.querySelector('h1')?.textContent ?? '');
  const title = ogTitle
    ? stripSiteName(ogTitle, publisher, false)
    : headline
      ? oneLine(headline)
      : titleTag
        ? stripSiteName(titleTag, publisher, true)
        : h1 || undefined;

  const canonical = Array.from(doc.querySelectorAll('link[rel][href]')).find((l) => /(^|\s)canonical(\s|$)/i.test(l.getAttribute('rel') ?? ''));
  const url = httpUrl(canonical?.getAttribute('href'), pageUrl) ?? httpUrl(meta(doc, 'og:url'), pageUrl);

  const lang =
    doc.documentElement?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    meta(doc, 'og:locale');
  const declaredLanguage = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(lang ?? '')?.[1].toLowerCase();

  return { title: title || undefined, publisher: publisher || undefined, url, declaredLanguage };
}
