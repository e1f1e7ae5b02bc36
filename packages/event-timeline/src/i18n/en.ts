import type { Messages } from './messages.js';
import type { DateNames } from './date-names.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT = MONTHS.map((m) => m.slice(0, 3));

/**
 * English dates: the month names date-fns' en-US gives, written here so that the English the
 * element always carries needs no date-fns (the other locales load it with their messages).
 */
export const enDates: DateNames = {
  code: 'en',
  monthShort: SHORT,
  monthShortAlone: SHORT,
  monthWide: MONTHS,
  monthWideAlone: MONTHS,
  dayMonth: (d, m) => `${m} ${d}`,
  date: (d, m, y) => `${m} ${d}, ${y}`,
  monthYear: (m, y) => `${m} ${y}`,
  quarter: (q) => `Q${q}`,
  mods: ['early', 'mid', 'late', 'about', 'before', 'after'],
};

const s = (n: number, word: string) => (n === 1 ? word : `${word}s`);

/** The English messages: the element's built-in words. */
export const en: Messages = {
  loading: 'Loading events…',
  loadFailed: (src, reason) => `Could not load events from ${src}: ${reason}`,
  noEvents: 'No events to show.',
  invalidInput: (problem) => `Nothing to draw: the data is not valid (${problem}).`,
  skipped: (invalid, total, reason) => `${invalid} of ${total} events were skipped because they are not valid (${reason}).`,
  inView: (visible, total, n) => `${visible} of ${total} ${s(n, 'event')}`,
  plotLabel: (label, total, n, range) => `${label}: ${total} ${s(n, 'event')}, showing ${range}`,
  nearest: (title, date) => `Nearest: ${title}, ${date} →`,
  searchLabel: 'Search events',
  lanesLabel: 'Lanes shown',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  reset: 'Reset',
  resetTitle: 'Show the initial range (0)',
  list: 'List',
  listTitle: 'Show the events as a list',
  help:
    'Arrow keys move between events in time order. Shift with arrows pans. Plus and minus zoom. Home and End go to the first and last event. 0 or Escape resets the view. Enter or Space opens the details, or the list of a count badge.',
  showing: (range, count, n) => `Showing ${range}, ${count} ${s(n, 'event')}.`,
  focused: (title, date, type, sources, index, total) => `${title}, ${date}${type ? `, ${type}` : ''}${sources > 1 ? `, reported by ${sources} sources` : ''}. ${index} of ${total}.`,
  listHeading: (count) => `Events in view, in time order (${count})`,
  listFirst: (shown, total) => `Showing the first ${shown} of ${total}.`,
  listMore: (n) => `Show ${n} more`,
  sources: (n, count) => `${count} ${s(n, 'source')}`,
  badgeEvents: (count, n) => `${count} ${s(n, 'event')}`,
  badgeMore: (count) => `${count} more.`,
  badgeShowMore: (count) => `Show ${count} more`,
  badgeZoom: 'Zoom in',
  badgeClose: 'Close the list',
  otherLane: 'Other',
  noActor: 'No actor',
  noSource: 'No source',
  types: {
    meeting: 'meeting',
    visit: 'visit',
    statement: 'statement',
    speech: 'speech',
    interview: 'interview',
    vote: 'vote',
    sanction: 'sanction',
    agreement: 'agreement',
    attack: 'attack',
    'military-action': 'military action',
    investigation: 'investigation',
    election: 'election',
    protest: 'protest',
    aid: 'aid',
    legal: 'legal',
    accident: 'accident',
    death: 'death',
    business: 'business',
    launch: 'launch',
    other: 'other',
  },
  detail: {
    written: 'As written',
    date: 'Date',
    actors: 'Actors',
    place: 'Place',
    sources: 'Sources',
    close: 'Close details',
    articles: (n, confidence) => `${n} ${s(n, 'article')} · confidence ${confidence}%`,
    precision: (g) => `known to the ${g === 'part-of-day' ? 'part of the day' : g}`,
    list: (items) => items.join(', '),
  },
};
