import type { DateNames } from './date-names.js';
import { withOverrides, type LocaleData, type Messages } from './messages.js';
import { en, enDates } from './en.js';

export type { LocaleData };

/**
 * The built-in locales other than English, loaded when first asked for: a bundler makes each a
 * chunk of its own (its date-fns locale and messages), so a page in English loads none of them.
 */
const LOADERS: Record<string, () => Promise<LocaleData>> = {
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  fr: () => import('./fr.js').then((m) => m.fr),
  ru: () => import('./ru.js').then((m) => m.ru),
};

/** The built-in locales' codes. */
export const LOCALES = ['en', ...Object.keys(LOADERS)];

const loaded = new Map<string, LocaleData>([['en', { dates: enDates, messages: en }]]);
const loading = new Map<string, Promise<LocaleData>>();

/** The built-in language of a BCP 47 tag: "de-AT" → de; "pt-BR", "", anything else → en. Never throws. */
export function languageOf(tag: unknown): string {
  const lang = String(tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LOCALES.includes(lang) ? lang : 'en';
}

/** The locale of `tag` if it is loaded, else English (until loadLocale() has brought it). */
export function localeData(tag: unknown): LocaleData {
  return loaded.get(languageOf(tag)) ?? loaded.get('en')!;
}

/** Loads the locale of `tag`; undefined when there is nothing to wait for (English, or already loaded). */
export function loadLocale(tag: unknown): Promise<LocaleData> | undefined {
  const lang = languageOf(tag);
  if (loaded.has(lang)) return undefined;
  let promise = loading.get(lang);
  if (!promise) {
    promise = LOADERS[lang]().then((data) => {
      loaded.set(lang, data);
      return data;
    });
    // A failed load (a chunk the server lost) falls back to English and may be tried again.
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}

/** The messages of `tag` (loaded, else English) with the element's `messages` laid over them. */
export const messagesFor = (tag: unknown, overrides?: Partial<Messages>): Messages => withOverrides(localeData(tag).messages, overrides);

/** How `tag` writes dates (loaded, else English). */
export const dateNames = (tag: unknown): DateNames => localeData(tag).dates;
