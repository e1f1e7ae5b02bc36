/**
 * Event–time links: whether the extraction dates a happening by the time expression that the
 * TempEval-3 corpus links it to. A gold TLINK between an EVENT and a TIMEX3 of the text (not the
 * document's creation time) with a relation that places the event at that time (IS_INCLUDED,
 * DURING, SIMULTANEOUS, INCLUDES, BEGINS, ENDS, BEGUN_BY, ENDED_BY, IDENTITY) is checked when an
 * extracted event's trigger (or a trigger folded into it) is that EVENT's word: right when the
 * event's date expression is that TIMEX3; the date counts as right too when the event has the value
 * of that TIMEX3 from elsewhere (story time, another mention of the same date).
 */
import {
  cleanText, dateEvents, DEFAULT_OPTIONS, findActors, findTriggers, parseTimeml, splitSentences, tagTimes, type ArticleCtx,
} from '../../packages/event-data/src/index.js';

const PLACING = new Set(['IS_INCLUDED', 'DURING', 'SIMULTANEOUS', 'INCLUDES', 'BEGINS', 'ENDS', 'BEGUN_BY', 'ENDED_BY', 'IDENTITY']);

interface Span {
  start: number;
  end: number;
}

/** The gold links of one document from EVENTs to TIMEX3s of its text that place the event at that time. */
export function goldTimeLinks(source: string): { text: string; dct: string; links: Array<{ event: Span; timex: Span & { value: string } }> } {
  const doc = parseTimeml(source);
  const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const eventOf = new Map<string, string>();
  for (const m of source.matchAll(/<MAKEINSTANCE\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.eiid && a.eventID) eventOf.set(a.eiid, a.eventID);
  }
  const events = new Map(doc.events.map((e) => [e.eid, e]));
  const timexes = new Map(doc.timexes.map((t) => [t.tid, t]));
  const links: Array<{ event: Span; timex: Span & { value: string } }> = [];
  for (const m of source.matchAll(/<TLINK\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (!PLACING.has(a.relType) || !a.eventInstanceID || !a.relatedToTime) continue;
    const event = events.get(eventOf.get(a.eventInstanceID) ?? '');
    const timex = timexes.get(a.relatedToTime);
    if (event && timex) links.push({ event, timex });
  }
  return { text: doc.text, dct: doc.dct, links };
}

export interface LinkScore {
  /** Gold links. */
  gold: number;
  /** Gold links whose event word an extracted event has as its trigger. */
  found: number;
  /** …of which the extracted event is dated by the linked time expression. */
  same: number;
  /** …of which the extracted event has the linked expression's date (by it, or by another that says the same). */
  sameDate: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Scores the extraction's dating (stages 01–06) against the gold links of some documents. */
export function scoreTimeLinks(sources: readonly string[]): LinkScore {
  const score: LinkScore = { gold: 0, found: 0, same: 0, sameDate: 0 };
  for (const source of sources) {
    const { text, dct, links } = goldTimeLinks(source);
    if (!links.length) continue;
    const ctx: ArticleCtx = { articleId: 'tml', dct: dct.slice(0, 10), options: DEFAULT_OPTIONS };
    const article = { id: 'tml', text, published: dct.slice(0, 10) };
    let doc;
    try {
      doc = dateEvents(findActors(findTriggers(tagTimes(splitSentences(cleanText(article, ctx), ctx), ctx), ctx), ctx), ctx);
    } catch {
      continue; // an article the pipeline rejects has no links to check
    }
    for (const link of links) {
      score.gold++;
      const event = doc.events.find((e) => [e.trigger, ...e.absorbed].some((t) => overlaps(t, link.event)));
      if (!event) continue;
      score.found++;
      if (event.timex && overlaps(event.timex, link.timex)) score.same++;
      if ((event.timex && overlaps(event.timex, link.timex)) || event.time.value === link.timex.value) score.sameDate++;
    }
  }
  return score;
}
