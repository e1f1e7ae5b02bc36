/**
 * Locale-aware date labels from date-fns' locale names (see locales.ts), always read from the
 * UTC fields so a calendar day never shifts with the viewer's time zone, and identical in every
 * browser (no Intl). Cheap enough to call per tick per frame: one cached lookup per locale, then
 * array indexing and a template string.
 */
import { dateNames } from './locales.js';

export type LabelStyle = 'year' | 'month' | 'monthYear' | 'day' | 'dayMonth' | 'dayMonthYear' | 'time' | 'quarter' | 'full';

const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * A count as people read it: from 10,000 on, digits in groups of three split by a narrow
 * no-break space (ISO 80000-1), which reads the same in every locale, unlike a comma or a dot.
 * Only for text hidden from screen readers (the header's range line and the SVG are
 * aria-hidden): what they read, such as the note about skipped events and the list, keeps plain
 * digits, which they say as a number.
 */
export const formatCount = (n: number): string => (Math.abs(n) < 10_000 ? `${n}` : `${n}`.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f'));

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
