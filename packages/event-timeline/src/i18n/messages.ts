import type { DateNames } from './date-names.js';

/**
 * Every word the element writes itself, in one locale. Counts arrive as numbers (for plural
 * rules) and as text already formatted for the locale ("10,000", "10 000"). Set the element's
 * `messages` property to a part of this to change some of them.
 *
 * @example timeline.messages = { noEvents: 'Nothing here yet.', types: { meeting: 'Talks' } };
 */
export interface Messages {
  loading: string;
  /** `src` could not be loaded; `reason` is the browser's or server's words. */
  loadFailed: (src: string, reason: string) => string;
  noEvents: string;
  /** The input is not a list of events at all. */
  invalidInput: (problem: string) => string;
  /** Some events were skipped: "3 of 5 events were skipped because they are not valid (time.start: …)". */
  skipped: (invalid: string, total: string, reason: string) => string;
  /** The header's count: "12 of 33 events". */
  inView: (visible: string, total: string, n: number) => string;
  /** Accessible name of the plot. */
  plotLabel: (label: string, total: string, n: number, range: string) => string;
  /** A button shown when no event is in the window: "Nearest: Title, April 12, 2017". */
  nearest: (title: string, date: string) => string;
  /** Accessible name of the search field. */
  searchLabel: string;
  /** Accessible name of the group of lane toggles. */
  lanesLabel: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  resetTitle: string;
  list: string;
  listTitle: string;
  /** Keyboard help read with the plot. */
  help: string;
  /** Live region after a zoom: "Showing April 1, 2017 – May 1, 2017, 12 events." */
  showing: (range: string, count: string, n: number) => string;
  /** Live region on focus: "Title, April 12, 2017, meeting, reported by 3 sources. 4 of 33." */
  /** What a screen reader says of the focused event; `type` is '' for data without types. */
  focused: (title: string, date: string, type: string, sources: number, index: string, total: string) => string;
  /** The list's heading. */
  listHeading: (count: string) => string;
  listFirst: (shown: string, total: string) => string;
  listMore: (n: string) => string;
  /** "3 sources" after a title. */
  sources: (n: number, count: string) => string;
  /** A badge's list: "12 events", "38 more." */
  badgeEvents: (count: string, n: number) => string;
  badgeMore: (count: string, n: number) => string;
  /** The button that lists the next page of a badge's events: "Show 50 more". */
  badgeShowMore: (count: string, n: number) => string;
  badgeZoom: string;
  badgeClose: string;
  /** Lanes without a name of their own. */
  otherLane: string;
  noActor: string;
  noSource: string;
  /** Names of event types (meeting, military-action …); a type missing here is shown as written. */
  types: Record<string, string>;
  detail: DetailWords;
}

/** A locale's messages with `overrides` (the element's `messages` property) laid over them. */
export function withOverrides(base: Messages, overrides: Partial<Messages> | undefined): Messages {
  if (!overrides) return base;
  return {
    ...base,
    ...overrides,
    types: { ...base.types, ...overrides.types },
    detail: { ...base.detail, ...overrides.detail },
  };
}

/** The form of a word for `n` by the locale's plural rules: `forms.one`, `forms.few`, … or `forms.other`. */
export function plural(locale: string, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  return forms[new Intl.PluralRules(locale).select(n)] ?? forms.other;
}

/** The words of the built-in detail panel. */
export interface DetailWords {
  written: string;
  date: string;
  actors: string;
  place: string;
  sources: string;
  close: string;
  /** "1 article · confidence 90%". */
  articles: (n: number, confidence: number) => string;
  /** How precisely the date is known, in words: "known to the day", "known to the month" … */
  precision: (granularity: string) => string;
  list: (items: string[]) => string;
}

/** One locale: how it writes dates and its messages. */
export interface LocaleData {
  dates: DateNames;
  messages: Messages;
}
