/**
 * The site's locales, in one registry: every page exists in each of them at `/{locale}/…`
 * (docs/architecture.md, Addresses). The Astro configuration, the routes, the content checks, the
 * JSON API and the layout all derive from it; docs/adding-a-locale.md says how to add one.
 * Kept free of the UI strings, so that browser code can import it without them.
 */
export const LOCALE_REGISTRY = {
  en: {
    /** The language tag of its pages (`<html lang>`), which also picks Pagefind's index. */
    lang: 'en',
    /** Its name in its own language, for the language switch. */
    name: 'English',
    /** The Open Graph locale of its pages. */
    ogLocale: 'en_US',
    /** Words that join two codes in a comparison query ("421 vs 504"), lower case. */
    compareJoiners: ['vs', 'vs.', 'versus', 'or', 'and', 'compared to', 'difference between'],
    /** Whether it is written in the Latin script, so that plain ASCII words may be its own rather than English. */
    latinScript: true,
  },
  es: {
    lang: 'es',
    name: 'Español',
    ogLocale: 'es_ES',
    compareJoiners: ['o', 'y', 'frente a', 'contra', 'versus', 'comparado con', 'diferencia entre'],
    latinScript: true,
  },
  ja: {
    lang: 'ja',
    name: '日本語',
    ogLocale: 'ja_JP',
    compareJoiners: ['と', 'か', '対', 'の違い'],
    latinScript: false,
  },
} as const;

export type Locale = keyof typeof LOCALE_REGISTRY;
export const LOCALES = Object.keys(LOCALE_REGISTRY) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each locale's name in its own language, for the language switch. */
export const LOCALE_NAMES = byLocale((l) => LOCALE_REGISTRY[l].name);

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(LOCALE_REGISTRY, value);
}

/** A value for every locale: `byLocale((l) => translator(l)('site.name'))`. */
export function byLocale<T>(f: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
}
