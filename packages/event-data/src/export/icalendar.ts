/**
 * A dataset as iCalendar (RFC 5545) for calendar apps: one VEVENT per event.
 *
 * Events without a clock time are all-day (`DTSTART;VALUE=DATE`, `DTEND` the day after the
 * last, as RFC 5545 wants it exclusive); events with one are UTC date-times (`…T100000Z`).
 * Text values are escaped (backslash, semicolon, comma, line breaks), control characters
 * dropped, lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
 *
 * DTSTAMP is required in every VEVENT. It is the latest publication date among the dataset's
 * articles, not the time of the export: the same dataset gives byte-identical files.
 */
import type { Article, Dataset, TimelineEvent } from '../schema/index.js';
import { showTime, calendarParts, dayStart, dayAfterLast, type ShownTime } from './precision.js';
import { actorLabel, articlesById, dateSource, eventSources, latestPublication, otherDates, sourceByline, sourceTitle } from './facts.js';

export interface ICalendarOptions {
  /** The calendar's name (`X-WR-CALNAME`, shown by Apple Calendar, Google Calendar and Outlook). */
  name?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20170412` (an all-day date, UTC). */
function icsDate(ms: number): string {
  const p = calendarParts(ms);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}`;
}

/** `20170412T100000Z` (a UTC date-time). */
function icsDateTime(ms: number): string {
  const seconds = new Date(ms).getUTCSeconds();
  const p = calendarParts(ms);
  return `${icsDate(ms)}T${pad(p.hour)}${pad(p.minute)}${pad(seconds)}Z`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, each line break as
 * `\n`; other control characters, which TEXT may not hold, dropped (a tab stays); a lone
 * surrogate, which UTF-8 cannot encode, as U+FFFD.
 */
export function escapeText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');
}

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded as RFC 5545 §3.1 asks: no line longer than 75 octets of UTF-8
 * (excluding the CRLF), each continuation starting with one space, and never a break inside a
 * character: a code point is never split, so "é", "—" or "🙂" keep all their bytes on one line.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** The text of DESCRIPTION: when, who, where, the sources with their links and sentences, other dates. */
function description(event: TimelineEvent, shown: ShownTime, articles: ReadonlyMap<string, Article>): string {
  const lines: string[] = [];
  const written = dateSource(event, shown.wording);
  lines.push(`When: ${shown.wording}${written ? ` (${written})` : ''}`);
  if (event.actors.length) lines.push(`Who: ${event.actors.map(actorLabel).join('; ')}`);
  if (event.place) lines.push(`Where: ${event.place}`);
  lines.push(`Type: ${event.type}, confidence ${event.confidence}`);
  const sources = eventSources(event, articles);
  lines.push('', sources.length === 1 ? 'Source:' : `Sources (${sources.length}):`);
  for (const source of sources) {
    const byline = sourceByline(source);
    lines.push(`- ${sourceTitle(source)}${byline ? ` — ${byline}` : ''}`);
    if (source.link) lines.push(`  ${source.link}`);
    for (const sentence of source.sentences) lines.push(`  “${sentence}”`);
  }
  const others = otherDates(event, articles);
  if (others.length) lines.push('', `Other reports date it: ${others.map((o) => `${o.wording} (${o.source})`).join('; ')}`);
  return lines.join('\n');
}

/** The content lines of one VEVENT, unfolded. */
function vevent(event: TimelineEvent, articles: ReadonlyMap<string, Article>, stamp: string): string[] {
  const shown = showTime(event.time);
  const when = shown.timed
    ? [`DTSTART:${icsDateTime(shown.start)}`, `DTEND:${icsDateTime(shown.end)}`]
    : // All-day: the days the interval touches. "Sunday night" (21:00–24:00) is its Sunday.
      [`DTSTART;VALUE=DATE:${icsDate(dayStart(shown.start))}`, `DTEND;VALUE=DATE:${icsDate(dayAfterLast(shown.end))}`];
  const link = eventSources(event, articles).find((s) => s.link)?.link;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.id)}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description(event, shown, articles))}`,
    // A URI value, not TEXT: not backslash-escaped; httpUrl() let through only a parsed http(s) URL.
    ...(link ? [`URL:${link}`] : []),
    `CATEGORIES:${escapeText(event.type)}`,
    ...(event.place ? [`LOCATION:${escapeText(event.place)}`] : []),
    'END:VEVENT',
  ];
}

/**
 * A dataset as an iCalendar file: one VEVENT per event, UID = the event id, SUMMARY = its
 * title, CATEGORIES = its type, LOCATION = its place, URL = the first source's link, and a
 * DESCRIPTION with the date in words, the actors and every source with its sentences.
 *
 * @example
 * await writeFile('events.ics', exportICalendar(dataset, { name: 'US–Russia talks' }));
 */
export function exportICalendar(dataset: Dataset, options: ICalendarOptions = {}): string {
  const articles = articlesById(dataset);
  const stamp = icsDateTime(latestPublication(dataset) ?? 0);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//event-timeline//event-data export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...dataset.events.flatMap((event) => vevent(event, articles, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
