/**
 * A small, strict XML scanner for TimeML files: it checks well-formedness (balanced tags, quoted
 * attributes, known entities, one root element) and reports every node with its offsets in the
 * source, so that a writer can copy the source verbatim and only insert tags. It scans with
 * `indexOf` and char codes, never with backtracking regular expressions, so it is linear in the
 * size of the input.
 */

/** A malformed TimeML document; `offset` (UTF-16, into the source) says where, when known. */
export class TimemlError extends Error {
  override name = 'TimemlError';
  constructor(
    message: string,
    /** Offset into the source where the problem was found. */
    readonly offset?: number,
  ) {
    super(message);
  }
}

/** One node of the document, in source order. */
export type XmlNode =
  | { kind: 'open'; name: string; attrs: Record<string, string>; start: number; end: number; selfClosing: boolean; depth: number }
  | { kind: 'close'; name: string; start: number; end: number; depth: number }
  | { kind: 'text'; start: number; end: number }
  /** A CDATA section: its content (from `contentStart` to `contentEnd`) is literal text. */
  | { kind: 'cdata'; start: number; end: number; contentStart: number; contentEnd: number }
  /** Comment, processing instruction or doctype: not text. */
  | { kind: 'other'; start: number; end: number };

/** `line L, column C` of an offset (1-based), for error messages. */
export function describePosition(source: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * Finds `needle` at non-decreasing offsets, remembering the last hit, so that a whole scan costs
 * one pass over the source even when most searches find nothing nearby.
 */
export class Finder {
  private hit = -2;
  constructor(
    private readonly source: string,
    private readonly needle: string,
  ) {}

  /** The first occurrence at or after `from` (calls must not go backwards), or -1. */
  next(from: number): number {
    if (this.hit === -1 || this.hit >= from) return this.hit;
    this.hit = this.source.indexOf(this.needle, from);
    return this.hit;
  }
}

const fail = (source: string, offset: number, problem: string): never => {
  throw new TimemlError(`${problem} (${describePosition(source, offset)})`, offset);
};

const isNameStart = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 0xc0;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 0xb7;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function readName(source: string, at: number): number {
  if (at >= source.length || !isNameStart(source.charCodeAt(at))) return at;
  let i = at + 1;
  while (i < source.length && isNameChar(source.charCodeAt(i))) i++;
  return i;
}

function skipSpace(source: string, at: number): number {
  while (at < source.length && isSpace(source.charCodeAt(at))) at++;
  return at;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the entity reference that starts at `at` (on a `&`). Returns the characters it stands
 * for and the offset just after its `;`; throws on an unknown or unterminated reference.
 */
export function decodeEntity(source: string, at: number): { chars: string; end: number } {
  // Entity names are short: no `;` close by means a bare `&`, which XML forbids.
  const near = source.slice(at + 1, at + 13).indexOf(';');
  if (near === -1) fail(source, at, 'bare "&" (write it as &amp;)');
  const semi = at + 1 + near;
  const body = source.slice(at + 1, semi);
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    const valid = digits.length > 0 && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits);
    const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
    const allowed = code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) fail(source, at, `invalid character reference "&${body};"`);
    return { chars: String.fromCodePoint(code), end: semi + 1 };
  }
  const chars = NAMED_ENTITIES[body];
  if (chars === undefined) fail(source, at, `unknown entity "&${body};" (XML knows only &amp; &lt; &gt; &quot; &apos;)`);
  return { chars, end: semi + 1 };
}

/** Decodes every entity reference in an attribute value or a run of text. */
export function decodeText(source: string, start: number, end: number): string {
  const raw = source.slice(start, end);
  let out = '';
  let i = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', i)) {
    const { chars, end: after } = decodeEntity(source, start + amp);
    out += raw.slice(i, amp) + chars;
    i = after - start;
  }
  return out + raw.slice(i);
}

function scanStartTag(source: string, at: number, depth: number): XmlNode {
  const nameEnd = readName(source, at + 1);
  if (nameEnd === at + 1) fail(source, at, 'a "<" that does not start a tag (write it as &lt;)');
  const name = source.slice(at + 1, nameEnd);
  const attrs: Record<string, string> = {};
  let i = nameEnd;
  for (;;) {
    const before = i;
    i = skipSpace(source, i);
    if (i >= source.length) fail(source, at, `<${name}> is never closed with ">"`);
    const c = source.charCodeAt(i);
    if (c === 62 /* > */) return { kind: 'open', name, attrs, start: at, end: i + 1, selfClosing: false, depth };
    if (c === 47 /* / */) {
      if (source.charCodeAt(i + 1) !== 62) fail(source, i, `expected "/>" in <${name}>`);
      return { kind: 'open', name, attrs, start: at, end: i + 2, selfClosing: true, depth };
    }
    if (i === before) fail(source, i, `expected a space before the attribute in <${name}>`);
    const attrEnd = readName(source, i);
    if (attrEnd === i) fail(source, i, `unexpected "${source[i]}" in <${name}>`);
    const attr = source.slice(i, attrEnd);
    i = skipSpace(source, attrEnd);
    if (source[i] !== '=') fail(source, i, `attribute ${attr} of <${name}> has no value`);
    i = skipSpace(source, i + 1);
    const quote = source[i];
    if (quote !== '"' && quote !== "'") fail(source, i, `the value of ${attr} in <${name}> is not quoted`);
    const close = source.indexOf(quote, i + 1);
    if (close === -1) fail(source, i, `the value of ${attr} in <${name}> is never closed`);
    const lt = source.slice(i + 1, close).indexOf('<');
    if (lt !== -1) fail(source, i + 1 + lt, `"<" inside the value of ${attr} in <${name}>`);
    if (attr in attrs) fail(source, i, `attribute ${attr} appears twice in <${name}>`);
    attrs[attr] = decodeText(source, i + 1, close);
    i = close + 1;
  }
}

/**
 * Scans a whole XML document into nodes and checks that it is well formed. Throws
 * {@link TimemlError} naming the problem and its line and column.
 */
export function scanXml(source: string): XmlNode[] {
  const nodes: XmlNode[] = [];
  const stack: { name: string; start: number }[] = [];
  let roots = 0;
  let doctype = false;
  const ampersands = new Finder(source, '&');
  const cdataEnds = new Finder(source, ']]>');
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > i) {
      if (stack.length === 0) {
        const first = skipSpace(source, i);
        if (first < textEnd) fail(source, first, 'text outside the root element: this is not an XML document');
      } else {
        // Entities are checked here so that a bad one is reported even outside TEXT.
        for (let amp = ampersands.next(i); amp !== -1 && amp < textEnd; amp = ampersands.next(amp + 1)) {
          decodeEntity(source, amp);
        }
        const gt = cdataEnds.next(i);
        if (gt !== -1 && gt < textEnd) fail(source, gt, '"]]>" in text');
      }
      nodes.push({ kind: 'text', start: i, end: textEnd });
    }
    if (lt === -1) break;
    const next = source.charCodeAt(lt + 1);
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end === -1) fail(source, lt, 'comment is never closed with "-->"');
      nodes.push({ kind: 'other', start: lt, end: end + 3 });
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) fail(source, lt, 'CDATA section outside the root element');
      const end = source.indexOf(']]>', lt + 9);
      if (end === -1) fail(source, lt, 'CDATA section is never closed with "]]>"');
      nodes.push({ kind: 'cdata', start: lt, end: end + 3, contentStart: lt + 9, contentEnd: end });
      i = end + 3;
    } else if (next === 63 /* ? */) {
      const end = source.indexOf('?>', lt + 2);
      if (end === -1) fail(source, lt, 'processing instruction is never closed with "?>"');
      nodes.push({ kind: 'other', start: lt, end: end + 2 });
      i = end + 2;
    } else if (next === 33 /* ! */) {
      if (!source.startsWith('<!DOCTYPE', lt) || stack.length > 0 || roots > 0 || doctype) fail(source, lt, 'unexpected "<!"');
      doctype = true;
      const end = source.indexOf('>', lt);
      if (end === -1) fail(source, lt, 'DOCTYPE is never closed');
      if (source.slice(lt, end).includes('[')) fail(source, lt, 'DOCTYPE with an internal subset is not supported');
      nodes.push({ kind: 'other', start: lt, end: end + 1 });
      i = end + 1;
    } else if (next === 47 /* / */) {
      const nameEnd = readName(source, lt + 2);
      const name = source.slice(lt + 2, nameEnd);
      const gt = skipSpace(source, nameEnd);
      if (!name || source[gt] !== '>') fail(source, lt, 'malformed end tag');
      const open = stack.pop();
      if (!open) fail(source, lt, `</${name}> closes nothing`);
      else if (open.name !== name) {
        fail(source, lt, `</${name}> found where </${open.name}> was expected (<${open.name}> opened at ${describePosition(source, open.start)})`);
      }
      nodes.push({ kind: 'close', name, start: lt, end: gt + 1, depth: stack.length });
      i = gt + 1;
    } else {
      if (stack.length === 0 && roots++ > 0) fail(source, lt, 'a second root element: this is not one XML document');
      const node = scanStartTag(source, lt, stack.length);
      if (node.kind === 'open' && !node.selfClosing) stack.push({ name: node.name, start: lt });
      nodes.push(node);
      i = node.end;
    }
  }
  const unclosed = stack.pop();
  if (unclosed) fail(source, unclosed.start, `<${unclosed.name}> is never closed`);
  if (roots === 0) fail(source, 0, 'no XML element found: this is not an XML document');
  return nodes;
}
