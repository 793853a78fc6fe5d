/** Narrows `Astro.currentLocale` (a plain string or undefined) to a locale the site has. */
import { isLocale, type Locale } from '../i18n/locales.ts';

export function currentLocale(value: string | undefined): Locale {
  if (!isLocale(value)) throw new Error(`Not a site locale: ${String(value)}`);
  return value;
}
