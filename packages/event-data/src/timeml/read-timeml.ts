import { decodeEntity, Finder, scanXml, TimemlError, type XmlNode } from './xml-scanner.js';

/** A TIMEX3 annotation found in a document's TEXT, with offsets in its plain text. */
export interface TimemlTimex {
  /** Offset in {@link TimemlDocument.text} of the first character. */
  start: number;
  /** Exclusive end offset in {@link TimemlDocument.text}. */
  end: number;
  /** The annotated characters (`document.text.slice(start, end)`). */
  text: string;
  tid: string;
  type: string;
  value: string;
  mod?: string;
  quant?: string;
  freq?: string;
  /** Every attribute as written (decoded). */
  attrs: Readonly<Record<string, string>>;
}

/** An EVENT annotation found in a document's TEXT, with the attributes of its first MAKEINSTANCE. */
export interface TimemlEvent {
  start: number;
  end: number;
  text: string;
  eid: string;
  /** TimeML's event class: OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION. */
  class: string;
  /** From MAKEINSTANCE, when the document has one for the event: VERB, NOUN, ADJECTIVE, PREPOSITION, OTHER. */
  pos?: string;
  tense?: string;
  aspect?: string;
  polarity?: string;
}

/** Tags removed from TEXT when reading: the annotations a tagger's output replaces. */
export const STRIPPED_TAGS: ReadonlySet<string> = new Set(['TIMEX3', 'EVENT', 'SIGNAL']);

/** An element inside TEXT that is kept (not TIMEX3, EVENT or SIGNAL), with its plain-text range. */
export interface KeptElement {
  name: string;
  start: number;
  end: number;
}

/**
 * A TempEval-3 style TimeML document: the creation time from `<DCT>`, the plain text of `<TEXT>`
 * (tags removed, entities decoded, every other character exactly as written) and the TIMEX3
 * annotations it already had. Made by {@link parseTimeml}.
 */
export interface TimemlDocument {
  /** The source, unchanged. */
  readonly source: string;
  /** The DCT's TIMEX3 value (`1998-01-08`, or a date-time). */
  readonly dct: string;
  /** The DCT's TIMEX3 tid (usually `t0`), or undefined when it has none. */
  readonly dctTid: string | undefined;
  /** Plain text of TEXT: what a tagger reads. */
  readonly text: string;
  /** TIMEX3 annotations that were inside TEXT (gold annotations in training files). */
  readonly timexes: readonly TimemlTimex[];
  /** EVENT annotations that were inside TEXT (gold annotations in training files), in text order. */
  readonly events: readonly TimemlEvent[];
  /** Every TIMEX3 tid used anywhere in the document. */
  readonly usedTids: ReadonlySet<string>;
  /** Elements inside TEXT other than TIMEX3/EVENT/SIGNAL: kept when writing. */
  readonly keptElements: readonly KeptElement[];
  /** Offsets in `source` of TEXT's content (after `<TEXT>`, before `</TEXT>`). */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Source ranges inside TEXT that are not text (removed TIMEX3/EVENT/SIGNAL tags), in order. */
  readonly strippedRanges: readonly (readonly [number, number])[];
  /** CDATA sections inside TEXT: source offsets of `<![CDATA[`, its content, and after `]]>`. */
  readonly cdataSections: readonly { start: number; contentStart: number; contentEnd: number; end: number }[];
  /** For each character of `text`, where it starts in `source`. */
  readonly sourceStart: Int32Array;
  /** For each character of `text`, where it ends (exclusive) in `source`. */
  readonly sourceEnd: Int32Array;
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** True for `YYYY-MM-DD…` naming a day that exists on the (proleptic Gregorian) calendar. */
function isCalendarDate(value: string): boolean {
  const match = DATE_PREFIX.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a TempEval-3 style TimeML document. Throws {@link TimemlError} when it is not well-formed
 * XML or has no usable `<DCT>` or `<TEXT>`.
 *
 * @example
 * const doc = parseTimeml('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2017-04-12">…</TIMEX3></DCT><TEXT>AT&amp;T said Monday.</TEXT></TimeML>');
 * doc.text; // 'AT&T said Monday.'
 */
export function parseTimeml(source: string): TimemlDocument {
  const nodes = scanXml(source);
  const usedTids = new Set<string>();
  let dct: { value: string; tid: string | undefined } | undefined;
  let dctOpen: Extract<XmlNode, { kind: 'open' }> | undefined;
  let textIndex = -1;
  let textCount = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.kind !== 'open') continue;
    if (node.name === 'TIMEX3' && node.attrs.tid !== undefined) usedTids.add(node.attrs.tid);
    if (node.name === 'DCT') {
      if (dctOpen) throw new TimemlError('more than one <DCT> element', node.start);
      dctOpen = node;
      const timex = findDctTimex(nodes, i);
      if (!timex) throw new TimemlError('<DCT> holds no <TIMEX3> with a value attribute', node.start);
      dct = timex;
    }
    if (node.name === 'TEXT') {
      textCount++;
      if (textIndex === -1) textIndex = i;
    }
  }
  if (!dct) throw new TimemlError('no <DCT> element (the document creation time is needed to resolve dates)');
  if (!isCalendarDate(dct.value)) {
    throw new TimemlError(`the DCT value ${JSON.stringify(dct.value)} is not a date (YYYY-MM-DD)`, dctOpen?.start);
  }
  if (textIndex === -1) throw new TimemlError('no <TEXT> element');
  if (textCount > 1) throw new TimemlError('more than one <TEXT> element');
  const read = readText(source, nodes, textIndex);
  const instances = new Map<string, Record<string, string>>();
  for (const node of nodes) {
    if (node.kind === 'open' && node.name === 'MAKEINSTANCE' && node.attrs.eventID && !instances.has(node.attrs.eventID)) instances.set(node.attrs.eventID, node.attrs);
  }
  const events = read.events.map((e) => {
    const instance = instances.get(e.eid);
    if (!instance) return e;
    const out: TimemlEvent = { ...e };
    for (const key of ['pos', 'tense', 'aspect', 'polarity'] as const) if (instance[key] !== undefined) out[key] = instance[key];
    return out;
  });
  return { source, dct: dct.value, dctTid: dct.tid, usedTids, ...read, events };
}

function findDctTimex(nodes: XmlNode[], dctIndex: number): { value: string; tid: string | undefined } | undefined {
  const dct = nodes[dctIndex] as Extract<XmlNode, { kind: 'open' }>;
  if (dct.selfClosing) return undefined;
  const depth = dct.depth;
  for (let j = dctIndex + 1; j < nodes.length; j++) {
    const node = nodes[j];
    if (node.kind === 'close' && node.depth === depth) return undefined;
    if (node.kind === 'open' && node.name === 'TIMEX3' && node.attrs.value !== undefined) {
      return { value: node.attrs.value.trim(), tid: node.attrs.tid };
    }
  }
  return undefined;
}

function readText(source: string, nodes: XmlNode[], textIndex: number) {
  const textOpen = nodes[textIndex] as Extract<XmlNode, { kind: 'open' }>;
  if (textOpen.selfClosing) {
    const empty = new Int32Array(0);
    return {
      text: '', timexes: [], events: [] as TimemlEvent[], keptElements: [], contentStart: textOpen.end, contentEnd: textOpen.end,
      strippedRanges: [], cdataSections: [], sourceStart: empty, sourceEnd: empty,
    };
  }
  let text = '';
  // The plain text is never longer than the source it comes from (an entity is longer than what it stands for).
  const starts = new Int32Array(source.length - textOpen.end);
  const ends = new Int32Array(source.length - textOpen.end);
  let n = 0;
  const strippedRanges: [number, number][] = [];
  const cdataSections: { start: number; contentStart: number; contentEnd: number; end: number }[] = [];
  const timexes: TimemlTimex[] = [];
  const events: TimemlEvent[] = [];
  const keptElements: KeptElement[] = [];
  const open: { name: string; plainStart: number; attrs: Record<string, string> }[] = [];
  const pushVerbatim = (from: number, to: number) => {
    text += source.slice(from, to);
    for (let k = from; k < to; k++, n++) {
      starts[n] = k;
      ends[n] = k + 1;
    }
  };
  const ampersands = new Finder(source, '&');
  let contentEnd = -1;
  for (let j = textIndex + 1; j < nodes.length && contentEnd === -1; j++) {
    const node = nodes[j];
    switch (node.kind) {
      case 'text':
        for (let k = node.start; k < node.end; ) {
          const amp = ampersands.next(k);
          const stop = amp === -1 || amp >= node.end ? node.end : amp;
          pushVerbatim(k, stop);
          if (stop === node.end) break;
          const { chars, end } = decodeEntity(source, stop);
          for (let c = 0; c < chars.length; c++, n++) {
            starts[n] = stop;
            ends[n] = end;
          }
          text += chars;
          k = end;
        }
        break;
      case 'cdata':
        cdataSections.push({ start: node.start, contentStart: node.contentStart, contentEnd: node.contentEnd, end: node.end });
        pushVerbatim(node.contentStart, node.contentEnd);
        break;
      case 'other':
        break;
      case 'open':
        if (STRIPPED_TAGS.has(node.name)) strippedRanges.push([node.start, node.end]);
        if (node.selfClosing) {
          if (!STRIPPED_TAGS.has(node.name)) keptElements.push({ name: node.name, start: text.length, end: text.length });
        } else {
          open.push({ name: node.name, plainStart: text.length, attrs: node.attrs });
        }
        break;
      case 'close': {
        if (node.depth === textOpen.depth) {
          contentEnd = node.start;
          break;
        }
        const element = open.pop()!;
        if (STRIPPED_TAGS.has(node.name)) strippedRanges.push([node.start, node.end]);
        else keptElements.push({ name: node.name, start: element.plainStart, end: text.length });
        if (node.name === 'TIMEX3') timexes.push(toTimex(element.attrs, element.plainStart, text));
        if (node.name === 'EVENT') {
          const a = element.attrs;
          events.push({ start: element.plainStart, end: text.length, text: text.slice(element.plainStart), eid: a.eid ?? '', class: a.class ?? '' });
        }
        break;
      }
    }
  }
  keptElements.sort((a, b) => a.start - b.start || b.end - a.end);
  timexes.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    text, timexes, events: events.sort((a, b) => a.start - b.start), keptElements, contentStart: textOpen.end, contentEnd, strippedRanges, cdataSections,
    sourceStart: starts.slice(0, n), sourceEnd: ends.slice(0, n),
  };
}

function toTimex(attrs: Record<string, string>, start: number, text: string): TimemlTimex {
  const timex: TimemlTimex = {
    start, end: text.length, text: text.slice(start), tid: attrs.tid ?? '', type: attrs.type ?? '',
    value: attrs.value ?? '', attrs,
  };
  if (attrs.mod !== undefined) timex.mod = attrs.mod;
  if (attrs.quant !== undefined) timex.quant = attrs.quant;
  if (attrs.freq !== undefined) timex.freq = attrs.freq;
  return timex;
}
