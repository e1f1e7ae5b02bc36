import type { Locale } from 'date-fns';

/** Label patterns of one locale; m = month name, d = day of month, y = year. */
export interface Patterns {
  /** Minor axis tick under a month, e.g. de "12. Apr.". */
  dayMonth(d: number, m: string): string;
  /** A day in full, e.g. de "12. April 2017". */
  date(d: number, m: string, y: string): string;
  /** A month in full (standalone month name), e.g. ru "апрель 2017 г.". */
  monthYear(m: string, y: string): string;
  /** A quarter, e.g. fr "T2", ru "2 кв.". */
  quarter(q: number): string;
}

/** What the element writes dates with in one locale. */
export interface DateNames extends Patterns {
  code: string;
  /** Abbreviated month in a date ("12. Apr."), standalone ("Apr"), wide in a date ("апреля"), wide standalone ("апрель"). */
  monthShort: string[];
  monthShortAlone: string[];
  monthWide: string[];
  monthWideAlone: string[];
  /**
   * TIMEX3 modifiers START, MID, END, APPROX, BEFORE, AFTER in words, put before the date
   * ("late October 2017"); a word ending in "-" is joined to it ("mi-octobre 2017").
   */
  mods: string[];
}

/**
 * The names of a date-fns locale: only `localize.month` is read. Why date-fns rather than the
 * platform's Intl.DateTimeFormat: Intl's output depends on the browser and its ICU version
 * ("abr" vs "abr.", "abril de 2017" vs "abril 2017"), so labels, their widths and screenshots
 * would differ per viewer; date-fns names are data, the same everywhere.
 */
export function dateFnsNames(code: string, { localize }: Pick<Locale, 'localize'>, patterns: Patterns, mods: string[]): DateNames {
  const months = (width: 'abbreviated' | 'wide', context: 'formatting' | 'standalone') =>
    Array.from({ length: 12 }, (_, i) => localize.month(i as 0, { width, context }));
  return {
    ...patterns,
    code,
    monthShort: months('abbreviated', 'formatting'),
    monthShortAlone: months('abbreviated', 'standalone'),
    monthWide: months('wide', 'formatting'),
    monthWideAlone: months('wide', 'standalone'),
    mods,
  };
}
