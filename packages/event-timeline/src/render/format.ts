/**
 * Locale-aware date labels, always in UTC so a calendar day never shifts with the viewer's
 * time zone. Uses the platform's Intl.DateTimeFormat (every locale, zero bytes) rather than
 * date-fns locale objects, which cost ~2 KB gzipped each and would break the 40 KB budget.
 */

export type LabelStyle = 'year' | 'month' | 'monthYear' | 'day' | 'dayMonth' | 'dayMonthYear' | 'time' | 'quarter' | 'full';

const OPTIONS: Record<Exclude<LabelStyle, 'quarter'>, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  monthYear: { month: 'long', year: 'numeric' },
  day: { day: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  full: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: Exclude<LabelStyle, 'quarter'>): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let f = cache.get(key);
  if (!f) {
    let resolved = 'en';
    try {
      resolved = Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en';
    } catch {
      // An invalid tag such as "xx_YY" falls back to English rather than throwing in render.
    }
    f = new Intl.DateTimeFormat(resolved, { ...OPTIONS[style], timeZone: 'UTC' });
    cache.set(key, f);
  }
  return f;
}

/** Formats epoch ms in UTC, e.g. `formatUtc(Date.UTC(2017, 3, 12), 'de', 'dayMonthYear')` → "12. April 2017". */
export function formatUtc(ms: number, locale: string, style: LabelStyle): string {
  if (style === 'quarter') return `Q${Math.floor(new Date(ms).getUTCMonth() / 3) + 1}`;
  return formatter(locale, style).format(ms);
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
