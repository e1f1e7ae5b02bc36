/**
 * The gold EVENT annotations of a TempEval-3 TimeML file, with offsets in the same plain text the
 * package's `parseTimeml` gives (tags inside TEXT removed, entities decoded, every other character
 * as written). A reading of TEXT like the package's, extended to keep EVENT extents and classes;
 * kept here so that the benchmark does not depend on the package's reader while it changes. Each
 * document's text is checked against `parseTimeml`'s, so offsets cannot drift apart silently.
 */
import { parseTimeml } from '../../packages/event-data/src/index.js';

/** A gold EVENT: its extent in the plain text and its TimeML class (OCCURRENCE, REPORTING, STATE, …). */
export interface GoldEvent {
  start: number;
  end: number;
  text: string;
  eid: string;
  class: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];

/** The plain text of TEXT and its EVENT annotations, in text order. Throws when the text differs from `parseTimeml`'s. */
export function readTimemlEvents(source: string): { text: string; events: GoldEvent[] } {
  const open = /<TEXT(\s[^>]*)?>/.exec(source);
  const close = source.lastIndexOf('</TEXT>');
  if (!open || close < open.index) throw new Error('no <TEXT> … </TEXT>');
  const body = source.slice(open.index + open[0].length, close);
  let text = '';
  const events: GoldEvent[] = [];
  let event: { start: number; eid: string; class: string } | undefined;
  const tags = /<[^>]*>/g;
  let at = 0;
  for (let tag = tags.exec(body); tag; tag = tags.exec(body)) {
    text += decode(body.slice(at, tag.index));
    at = tag.index + tag[0].length;
    if (/^<EVENT[\s>]/.test(tag[0])) event = { start: text.length, eid: attribute(tag[0], 'eid') ?? '', class: attribute(tag[0], 'class') ?? '' };
    else if (tag[0] === '</EVENT>' && event) {
      events.push({ start: event.start, end: text.length, text: text.slice(event.start), eid: event.eid, class: event.class });
      event = undefined;
    }
  }
  text += decode(body.slice(at));
  if (text !== parseTimeml(source).text) throw new Error('the plain text read for EVENT offsets differs from parseTimeml\'s: the offsets would not match');
  return { text, events };
}
