/**
 * Locale-aware date labels from date-fns' locale names (see locales.ts), always read from the
 * UTC fields so a calendar day never shifts with the viewer's time zone, and identical in every
 * browser (no Intl). Cheap enough to call per tick per frame: one cached lookup per locale, then
 * array indexing and a template string.
 */
import { dateNames } from '../i18n/registry.js';

export type LabelStyle = 'year' | 'month' | 'monthYear' | 'day' | 'dayMonth' | 'dayMonthYear' | 'time' | 'quarter' | 'full';

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

const counts = new Map<string, Intl.NumberFormat>();

/**
 * A count as the locale writes it: en "10,000", de "10.000", fr "10 000", it "10.000",
 * hi "1,00,000". The locale's language only (as for the element's words), so a count and the
 * words around it agree; but any language Intl knows, not only those with built-in words: a
 * page in Italian reads English words with Italian numbers. English for a tag Intl cannot read.
 */
export function formatCount(n: number, locale: unknown = 'en'): string {
  const tag = String(locale ?? '');
  let format = counts.get(tag);
  if (!format) counts.set(tag, (format = new Intl.NumberFormat(numberLanguage(tag))));
  return format.format(n);
}

/** The language of `tag` if Intl formats numbers in it ("pt-BR" → pt), else en. Never throws. */
function numberLanguage(tag: string): string {
  const lang = tag.toLowerCase().split(/[-_]/)[0];
  try {
    return Intl.NumberFormat.supportedLocalesOf(lang).length ? lang : 'en';
  } catch {
    // Not a language subtag at all ("", "not a locale!!"): Intl throws a RangeError.
    return 'en';
  }
}

/** Formats epoch ms in UTC, e.g. `formatUtc(Date.UTC(2017, 3, 12), 'de', 'dayMonthYear')` → "12. April 2017". */
export function formatUtc(ms: number, locale: string, style: LabelStyle): string {
  const t = new Date(ms);
  const n = dateNames(locale);
  const y = `${t.getUTCFullYear()}`;
  const m = t.getUTCMonth();
  const d = t.getUTCDate();
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  switch (style) {
    case 'year':
      return y;
    case 'quarter':
      return n.quarter((m / 3 | 0) + 1);
    case 'month':
      return n.monthShortAlone[m];
    case 'monthYear':
      return n.monthYear(n.monthWideAlone[m], y);
    case 'day':
      return `${d}`;
    case 'dayMonth':
      return n.dayMonth(d, n.monthShort[m]);
    case 'dayMonthYear':
      return n.date(d, n.monthWide[m], y);
    case 'time':
      return time;
    default:
      return `${n.date(d, n.monthWide[m], y)}, ${time}`;
  }
}

/** A human form of an event's normalised date, following its precision. */
export function formatSpan(start: number, end: number, granularity: string, locale: string): string {
  const last = end - 1;
  switch (granularity) {
    case 'year':
      return formatUtc(start, locale, 'year') + (new Date(last).getUTCFullYear() !== new Date(start).getUTCFullYear() ? `–${formatUtc(last, locale, 'year')}` : '');
    case 'quarter':
      return `${formatUtc(start, locale, 'quarter')} ${formatUtc(start, locale, 'year')}`;
    case 'month':
      return formatUtc(start, locale, 'monthYear');
    case 'hour':
    case 'minute':
    case 'part-of-day':
      return formatUtc(start, locale, 'full');
    default:
      return end - start <= 86_400_000 ? formatUtc(start, locale, 'dayMonthYear') : `${formatUtc(start, locale, 'dayMonthYear')} – ${formatUtc(last, locale, 'dayMonthYear')}`;
  }
}

const DAY = 86_400_000;

/**
 * The window from `d0` to `d1` (epoch ms) in words, with the time of day when it spans under two
 * days: `formatRange(Date.UTC(2017, 3, 1), Date.UTC(2017, 4, 1), 'en')` → "April 1, 2017 – May 1, 2017".
 */
export function formatRange(d0: number, d1: number, locale: string): string {
  const style = d1 - d0 < 2 * DAY ? 'full' : 'dayMonthYear';
  return `${formatUtc(d0, locale, style)} – ${formatUtc(d1, locale, style)}`;
}
