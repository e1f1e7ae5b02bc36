/**
 * The built-in date locales of the element: date-fns' month names, and the few
 * label patterns the axis, tooltips and detail panel need, written per locale.
 *
 * Why date-fns rather than the platform's Intl.DateTimeFormat: Intl's output depends on the
 * browser and its ICU version (Chrome, Firefox, Safari and Node disagree on "abr" vs "abr.",
 * "Apr." vs "Apr", "abril de 2017" vs "abril 2017", and change between releases), so labels,
 * label widths, snapshots and screenshots would differ per viewer. date-fns names are data in
 * the bundle: the same labels in every browser and every year.
 *
 * Only `localize.month` is read. The standalone bundle keeps nothing else of each locale object
 * (rollup.config.mjs resolves `date-fns/locale/*` to its `localize` there); with the npm
 * build a consumer's bundler sees the full objects.
 */
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ru } from 'date-fns/locale/ru';
import type { Locale } from 'date-fns';

/** Label patterns of one locale; m = month name, d = day of month, y = year. */
interface Patterns {
  /** Minor axis tick under a month, e.g. de "12. Apr.". */
  dayMonth(d: number, m: string): string;
  /** A day in full, e.g. de "12. April 2017". */
  date(d: number, m: string, y: string): string;
  /** A month in full (standalone month name), e.g. ru "апрель 2017 г.". */
  monthYear(m: string, y: string): string;
  /** A quarter, e.g. fr "T2", ru "2 кв.". */
  quarter(q: number): string;
}

const en: Patterns = {
  dayMonth: (d, m) => `${m} ${d}`,
  date: (d, m, y) => `${m} ${d}, ${y}`,
  monthYear: (m, y) => `${m} ${y}`,
  quarter: (q) => `Q${q}`,
};

const BUILT_IN: Record<string, [Locale, Patterns]> = {
  en: [enUS, en],
  de: [de, { ...en, dayMonth: (d, m) => `${d}. ${m}`, date: (d, m, y) => `${d}. ${m} ${y}` }],
  fr: [fr, { ...en, dayMonth: (d, m) => `${d} ${m}`, date: (d, m, y) => `${d} ${m} ${y}`, quarter: (q) => `T${q}` }],
  ru: [ru, { dayMonth: (d, m) => `${d} ${m}`, date: (d, m, y) => `${d} ${m} ${y} г.`, monthYear: (m, y) => `${m} ${y} г.`, quarter: (q) => `${q} кв.` }],
  es: [es, { dayMonth: (d, m) => `${d} ${m}`, date: (d, m, y) => `${d} de ${m} de ${y}`, monthYear: (m, y) => `${m} de ${y}`, quarter: (q) => `T${q}` }],
};

/** Names of one locale, read from date-fns once and then indexed per label. */
export interface DateNames extends Patterns {
  code: string;
  /** Abbreviated month in a date ("12. Apr."), standalone ("Apr"), wide in a date ("апреля"), wide standalone ("апрель"). */
  monthShort: string[];
  monthShortAlone: string[];
  monthWide: string[];
  monthWideAlone: string[];
}

const cache = new Map<string, DateNames>();

/** The built-in locales' codes. */
export const LOCALES = Object.keys(BUILT_IN);

/**
 * The names for a BCP 47 tag: its language if built in ("de-AT" → de, "pt_BR" → en), else English.
 * Never throws, whatever the attribute holds.
 */
export function dateNames(tag: unknown): DateNames {
  const key = String(tag ?? '');
  let names = cache.get(key);
  if (!names) {
    const lang = key.toLowerCase().split(/[-_]/)[0];
    const code = Object.prototype.hasOwnProperty.call(BUILT_IN, lang) ? lang : 'en';
    const [{ localize }, patterns] = BUILT_IN[code];
    const months = (width: 'abbreviated' | 'wide', context: 'formatting' | 'standalone') =>
      Array.from({ length: 12 }, (_, i) => localize.month(i as 0, { width, context }));
    names = {
      ...patterns,
      code,
      monthShort: months('abbreviated', 'formatting'),
      monthShortAlone: months('abbreviated', 'standalone'),
      monthWide: months('wide', 'formatting'),
      monthWideAlone: months('wide', 'standalone'),
    };
    cache.set(key, names);
  }
  return names;
}
