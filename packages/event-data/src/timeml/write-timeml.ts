import type { Timex } from '../timex/types.js';
import type { KeptElement, TimemlDocument } from './read-timeml.js';

/** A time expression that could not be written, and why. */
export interface SkippedTimex {
  timex: Timex;
  reason: string;
}

/** The annotated document made by {@link writeTimeml}. */
/** A word to tag as a TimeML EVENT: offsets in the document's plain text and its TimeML class. */
export interface TimemlEventTag {
  start: number;
  end: number;
  /** OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL or PERCEPTION. */
  class: string;
}

export interface WrittenTimeml {
  /** The whole document with TEXT's old TIMEX3/EVENT/SIGNAL tags removed and one TIMEX3 per expression inserted. */
  output: string;
  /** The tids given to the written expressions, in text order. */
  tids: string[];
  /** Expressions left out (overlapping another, out of range, crossing a kept element). */
  skipped: SkippedTimex[];
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;',
};
const NEEDS_ESCAPE = /[&<>"\t\n\r]/;
const escapeAttr = (value: string) => (NEEDS_ESCAPE.test(value) ? value.replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c]) : value);

/** The TIMEX3 start tag for an expression (`mod` when set, `quant`/`freq` for sets). */
export function timex3StartTag(timex: Timex, tid: string): string {
  let tag = `<TIMEX3 tid="${escapeAttr(tid)}" type="${escapeAttr(timex.type)}" value="${escapeAttr(timex.value)}"`;
  if (timex.mod) tag += ` mod="${escapeAttr(timex.mod)}"`;
  if (timex.quant) tag += ` quant="${escapeAttr(timex.quant)}"`;
  if (timex.freq) tag += ` freq="${escapeAttr(timex.freq)}"`;
  return `${tag}>`;
}

function* freshTids(used: ReadonlySet<string>): Generator<string> {
  for (let n = 1; ; n++) if (!used.has(`t${n}`)) yield `t${n}`;
}

interface Insert {
  at: number;
  /** The offset is inside a CDATA section, which the tag has to leave and re-enter. */
  inCdata: boolean;
  order: number;
  tag: string;
}

/**
 * Where a tag goes for a source offset: at a CDATA section's edge it moves outside the section;
 * strictly inside, the section is split around it. Offsets must come in non-decreasing order.
 */
function placer(doc: TimemlDocument): (at: number) => { at: number; inCdata: boolean } {
  const sections = doc.cdataSections;
  let c = 0;
  return (at) => {
    while (c < sections.length && sections[c].contentEnd < at) c++;
    const cdata = sections[c];
    if (!cdata || cdata.contentStart > at) return { at, inCdata: false };
    if (at === cdata.contentStart) return { at: cdata.start, inCdata: false };
    if (at === cdata.contentEnd) return { at: cdata.end, inCdata: false };
    return { at, inCdata: true };
  };
}

/**
 * Checks expressions in text order and says why one cannot be written into this document, or
 * returns undefined when it can. Kept elements are visited once each over the whole document.
 */
function checker(doc: TimemlDocument): (timex: Timex) => string | undefined {
  const kept = doc.keptElements;
  let next = 0;
  let active: KeptElement[] = [];
  let previousEnd = 0;
  return (timex) => {
    const { start, end } = timex;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > doc.text.length || start >= end) {
      return `offsets ${start}-${end} are outside the text (length ${doc.text.length})`;
    }
    if (start < previousEnd) return `overlaps the previous expression (which ends at ${previousEnd})`;
    // Both halves of a character written as one reference (&#x1F600;) map to the same source range.
    if (start > 0 && doc.sourceStart[start] === doc.sourceStart[start - 1]) return `starts inside a character reference`;
    if (end < doc.text.length && doc.sourceStart[end] === doc.sourceStart[end - 1]) return `ends inside a character reference`;
    while (next < kept.length && kept[next].start < end) active.push(kept[next++]);
    if (active.length) active = active.filter((element) => element.end > start || (element.start === element.end && element.start >= start));
    for (const element of active) {
      // Our tag is innermost at equal offsets, so it may sit inside the element or contain it whole.
      const disjoint = end <= element.start || start >= element.end;
      const inside = element.start <= start && end <= element.end;
      const around = start < element.start && element.end < end;
      if (!disjoint && !inside && !around) return `would cross the <${element.name}> element`;
    }
    previousEnd = end;
    return undefined;
  };
}

/**
 * Writes `timexes` (sorted, offsets in `doc.text`) into the document's TEXT as TIMEX3 tags, and
 * `events` (sorted, not overlapping) as `<EVENT eid="e1" class="…">` tags.
 * TEXT's previous TIMEX3, EVENT and SIGNAL tags are removed; every other character of the source
 * is kept exactly as it was (entities stay written as they were; a CDATA section that a tag falls
 * inside is split with `]]>` … `<![CDATA[`). New tids count from `t1` and
 * skip every tid already used in the document, such as the DCT's `t0`.
 *
 * @example
 * const doc = parseTimeml(source);
 * const { output } = writeTimeml(doc, tagTimexes(doc.text, { dct: doc.dct }));
 */
export function writeTimeml(doc: TimemlDocument, timexes: readonly Timex[], events: readonly TimemlEventTag[] = []): WrittenTimeml {
  const { source } = doc;
  const tids: string[] = [];
  const skipped: SkippedTimex[] = [];
  // Insertions at source offsets; at equal offsets a closing tag goes before an opening one.
  const inserts: Insert[] = [];
  const fresh = freshTids(doc.usedTids);
  const check = checker(doc);
  const place = placer(doc);
  for (const timex of timexes) {
    const reason = check(timex);
    if (reason) {
      skipped.push({ timex, reason });
      continue;
    }
    const tid = fresh.next().value as string;
    tids.push(tid);
    const open = place(doc.sourceStart[timex.start]);
    const close = place(doc.sourceEnd[timex.end - 1]);
    inserts.push({ at: open.at, inCdata: open.inCdata, order: 1, tag: timex3StartTag(timex, tid) });
    inserts.push({ at: close.at, inCdata: close.inCdata, order: 0, tag: '</TIMEX3>' });
  }
  // EVENT tags for the words that name events, numbered e1, e2 … (the document's old EVENTs are removed);
  // a word inside a written TIMEX3 or out of the text is left out, as TimeML does not nest the two.
  const written = timexes.filter((t) => !skipped.some((x) => x.timex === t));
  let eid = 0;
  for (const event of events) {
    if (event.start < 0 || event.end > doc.text.length || event.end <= event.start) continue;
    if (written.some((t) => t.start < event.end && event.start < t.end)) continue;
    const open = place(doc.sourceStart[event.start]);
    const close = place(doc.sourceEnd[event.end - 1]);
    inserts.push({ at: open.at, inCdata: open.inCdata, order: 1, tag: `<EVENT eid="e${++eid}" class="${event.class}">` });
    inserts.push({ at: close.at, inCdata: close.inCdata, order: 0, tag: '</EVENT>' });
  }
  inserts.sort((a, b) => a.at - b.at || a.order - b.order);

  const parts: string[] = [source.slice(0, doc.contentStart)];
  let cursor = doc.contentStart;
  let r = 0;
  let k = 0;
  const ranges = doc.strippedRanges;
  while (r < ranges.length || k < inserts.length) {
    // An insertion at the start of a removed range goes before it; ranges never contain insertions.
    if (k < inserts.length && (r >= ranges.length || inserts[k].at <= ranges[r][0])) {
      const { at, inCdata } = inserts[k];
      let tags = '';
      for (; k < inserts.length && inserts[k].at === at; k++) tags += inserts[k].tag;
      parts.push(source.slice(cursor, at), inCdata ? `]]>${tags}<![CDATA[` : tags);
      cursor = at;
    } else {
      parts.push(source.slice(cursor, ranges[r][0]));
      cursor = ranges[r][1];
      r++;
    }
  }
  parts.push(source.slice(cursor));
  return { output: parts.join(''), tids, skipped };
}
