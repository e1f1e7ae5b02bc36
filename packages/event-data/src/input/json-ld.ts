/**
 * The schema.org objects of a page's `<script type="application/ld+json">` blocks, flattened:
 * arrays, `@graph` and nested objects (a WebPage's `mainEntity`) become one list, and `@id`
 * references can be looked up. A block that is not valid JSON is skipped; the others still count.
 */

export type LdNode = Record<string, unknown>;

export interface LinkedData {
  /** Every object, in document order (outer before inner). */
  nodes: LdNode[];
  /** The object a `{"@id": …}` reference points to, when the page defines it. */
  byId: Map<string, LdNode>;
}

const MAX_DEPTH = 8;
const MAX_NODES = 5_000;
const ARTICLE_TYPE = /Article$|BlogPosting$|Report$|LiveBlogPosting$|SocialMediaPosting$/;

const isObject = (v: unknown): v is LdNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses one block, tolerating the wrappers and raw line breaks that CMSs leave in them. */
function parseBlock(text: string): unknown {
  const body = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    // Control characters are invalid inside JSON strings, and whitespace outside them.
    .replace(/[\u0000-\u001f]+/g, ' ');
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The linked data of a parsed page. */
export function linkedData(doc: Document): LinkedData {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || nodes.length >= MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    nodes.push(value);
    if (typeof value['@id'] === 'string' && Object.keys(value).length > 1 && !byId.has(value['@id'])) byId.set(value['@id'], value);
    for (const [key, v] of Object.entries(value)) if (key !== '@context' && typeof v === 'object') visit(v, depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    visit(parseBlock(script.textContent ?? ''), 0);
  }
  return { nodes, byId };
}

/** The `@type`s of a node (a string or a list). */
export const ldTypes = (node: LdNode): string[] => {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

/** Whether the node is a news article, blog post or report of some kind. */
export const isArticleNode = (node: LdNode): boolean => ldTypes(node).some((t) => ARTICLE_TYPE.test(t));

/** A node's property as an object: the first of a list, a reference resolved through `@id`. */
export function ldObject(data: LinkedData, value: unknown): LdNode | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (!isObject(first)) return undefined;
  const id = first['@id'];
  return typeof id === 'string' && Object.keys(first).length === 1 ? (data.byId.get(id) ?? first) : first;
}

/** A node's property as text: a string, or the first string of a list. */
export function ldText(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value.find((v) => typeof v === 'string') : value;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
}

/** Article nodes first, then the rest, each group in document order. */
export const articleNodesFirst = (data: LinkedData): LdNode[] => [
  ...data.nodes.filter(isArticleNode),
  ...data.nodes.filter((n) => !isArticleNode(n)),
];
