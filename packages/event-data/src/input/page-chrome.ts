/**
 * Removes what surrounds an article on a page before Readability picks its body: code and
 * embeds, navigation, asides, page footers, dialogs, and the blocks that name themselves by
 * class or id as share bars, related links, comments, newsletter boxes or cookie banners.
 * Readability alone keeps a share bar or a cookie notice when it sits inside the article's
 * container; taking them out first also keeps their words out of its scoring.
 */

const ALWAYS = 'script, style, noscript, template, iframe, object, embed, svg, canvas, dialog, button';
// A form may wrap a whole page (ASP.NET does), so it goes only when it does not hold the article.
const CHROME_ELEMENTS = 'nav, aside, footer, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** Words of class names and ids that mark page furniture, as whole words of the name (`share-bar`, `related_links`). */
const CHROME_WORD =
  /(?:^|[\s_-])(?:share|sharing|social|related|recommended|recirculation|comments?|disqus|newsletter|subscribe|signup|promo|paywall|breadcrumbs?|sidebar|advert|ads|outbrain|taboola|most-read|popular|trending|tags|byline|dateline|timestamp|author-bio)(?:$|[\s_-])/i;
/** Cookie and consent banners, wherever the word is in the name (`CybotCookiebotDialog`, `onetrust-banner-sdk`). */
const CONSENT = /cookie|consent|gdpr|onetrust|didomi|cmp-/i;

/** The elements that hold the article: no removal may take one of them with it. */
function articleAnchors(doc: Document): Element[] {
  const anchors = Array.from(doc.querySelectorAll('main, [role="main"], [itemprop="articleBody"]'));
  // A page may have several <article>s (a comment thread is often one per comment): the one with most text is the story.
  let best: Element | undefined;
  let bestLength = 0;
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    const length = (article.textContent ?? '').length;
    if (length > bestLength) [best, bestLength] = [article, length];
  }
  if (best) anchors.push(best);
  const h1 = doc.querySelector('h1');
  if (h1) anchors.push(h1);
  // The element whose own paragraphs hold the most text: the story's body even on a page of bare <div>s.
  const byParent = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (p.parentElement) byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + (p.textContent ?? '').length);
  }
  const body = [...byParent].sort((a, b) => b[1] - a[1])[0];
  if (body) anchors.push(body[0]);
  return anchors;
}

const nameOf = (el: Element): string => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;

/** Removes page chrome from the document, in place. */
export function removeChrome(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(ALWAYS))) el.remove();
  const anchors = articleAnchors(doc);
  const holdsArticle = (el: Element) => anchors.some((a) => el === a || el.contains(a));
  const doomed: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll(CHROME_ELEMENTS))) if (!holdsArticle(el)) doomed.push(el);
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const name = nameOf(el);
    if ((CHROME_WORD.test(name) || CONSENT.test(name)) && !holdsArticle(el)) doomed.push(el);
  }
  // A byline or dateline ("By Lena Hartmann · 18 June 2023", "Updated 19 June"): the largest short block around a <time>.
  for (const t of Array.from(doc.querySelectorAll('time'))) {
    let line: Element = t;
    while (line.parentElement && (line.parentElement.textContent ?? '').trim().length <= 150 && !holdsArticle(line.parentElement)) line = line.parentElement;
    if (!holdsArticle(line)) doomed.push(line);
  }
  for (const el of doomed) el.remove();
}
