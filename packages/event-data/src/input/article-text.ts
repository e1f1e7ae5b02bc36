/**
 * The plain text of an article's content element: one paragraph per block element (p, headings,
 * list items, quotes, table rows), whitespace runs as one space, a `<br>` as a line break inside
 * its paragraph. Only text nodes are read, so no markup can reach the result; media, captions,
 * embedded code and form controls are left out.
 */

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const SKIP = new Set([
  'audio', 'button', 'canvas', 'embed', 'figcaption', 'iframe', 'img', 'input', 'math', 'noscript', 'object', 'picture',
  'script', 'select', 'style', 'svg', 'template', 'textarea', 'video',
]);
const CELL = new Set(['td', 'th']);

// Control characters (other than the line break) have no place in an article and could drive a terminal.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** One paragraph's lines: each trimmed, its whitespace runs as one space, empty lines gone. */
const tidy = (raw: string): string =>
  raw
    .replace(CONTROL, ' ')
    .split(/\n|\u2028|\u2029/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** The paragraphs of an element's text, in document order. */
export function paragraphs(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = tidy(current);
    if (text) out.push(text);
    current = '';
  };
  // An explicit stack instead of recursion: a page nested 10,000 elements deep must not overflow it.
  const stack: { node: Node; closing?: boolean }[] = [{ node: root }];
  while (stack.length) {
    const { node, closing } = stack.pop()!;
    if (closing) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = (node as Element).localName?.toLowerCase() ?? '';
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      current += '\n';
      continue;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push({ node, closing: true });
    } else if (CELL.has(name)) current += ' ';
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  flush();
  return out;
}
