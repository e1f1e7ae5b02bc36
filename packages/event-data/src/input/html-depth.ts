/**
 * How deeply a page's elements are nested. Readability's time grows faster than the square of
 * the depth (about 2 s at 400 levels, 30 s at 1,000) and linkedom's parse time with it past some
 * thousands, while article pages stay well under 100 levels: a page nested absurdly deep is
 * refused, by a scan of its markup before parsing and by its parsed tree after.
 */

/** Pages whose parsed elements lie deeper than this are not read. */
export const MAX_HTML_DEPTH = 256;

/** Markup whose estimated depth passes this is not even parsed. */
export const MAX_MARKUP_DEPTH = 4096;

// Elements that have no end tag, or whose end tag HTML lets a page leave out: not counted.
const UNCOUNTED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
]);
// Comments and raw-text elements first, so their contents are skipped whole; `[^<>]*` keeps a
// tag that never closes from making the scan quadratic.
const TAG = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(?<close>\/?)(?<name>[a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/gi;

/**
 * Whether the markup opens more than `limit` elements that it has not closed, at some point: an
 * estimate made without parsing (elements with optional end tags are not counted, and the
 * contents of comments, scripts and styles are skipped), meant only to catch the absurd.
 */
export function markupDeeperThan(html: string, limit: number): boolean {
  let depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m.groups?.name;
    if (!name || UNCOUNTED.has(name.toLowerCase()) || m[0].endsWith('/>')) continue;
    depth = m.groups?.close ? Math.max(0, depth - 1) : depth + 1;
    if (depth > limit) return true;
  }
  return false;
}

/** Whether some element of the tree lies more than `limit` levels deep (walked without recursion). */
export function treeDeeperThan(root: Element | null, limit: number): boolean {
  const stack: [Element, number][] = root ? [[root, 1]] : [];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return false;
}
