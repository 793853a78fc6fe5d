/**
 * The words people search a reason by include the English of the bounces they read, in every
 * language. On a Spanish or Japanese page, such an alias is English and marked so: screen readers
 * read it as English, and the language checks leave it alone.
 */
import { DEFAULT_LOCALE, LOCALE_REGISTRY, type Locale } from '../i18n/locales.ts';

/**
 * Each alias with its language when it is not the page's: English if the English page lists it
 * too, or if it is plain ASCII on a page in a language not written in the Latin script.
 */
export function aliasesWithLanguage(aliases: readonly string[], locale: Locale, englishAliases: readonly string[]): { text: string; lang?: 'en' }[] {
  const english = new Set(englishAliases.map((a) => a.toLowerCase()));
  return aliases.map((text) => {
    const isEnglish = locale !== DEFAULT_LOCALE && (english.has(text.toLowerCase()) || (!LOCALE_REGISTRY[locale].latinScript && /^[\x20-\x7e]+$/.test(text)));
    return isEnglish ? { text, lang: 'en' as const } : { text };
  });
}
