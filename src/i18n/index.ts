/** UI strings for every locale. */
import { en, type UiKey, type UiStrings } from './en.ts';
import { es } from './es.ts';
import { ja } from './ja.ts';
import type { Locale } from './locales.ts';
import { format } from './format.ts';

export const STRINGS: Readonly<Record<Locale, UiStrings>> = { en, es, ja };

/**
 * Japanese sets no space between Japanese words; templates keep one around each slot so that codes
 * and commands stand apart, and this removes it again where a slot was filled with Japanese.
 */
const tidyJapanese = (text: string) => text.replace(/([\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]) +(?=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])/g, '$1');

/** A translator for one locale: `t('glance.title')`, or `t('codes.count', { count: 44 })`. */
export function translator(locale: Locale) {
  const strings = STRINGS[locale];
  const tidy = locale === 'ja' ? tidyJapanese : (text: string) => text;
  return (key: UiKey, vars?: Readonly<Record<string, string | number>>): string =>
    vars ? tidy(format(strings[key], vars)) : strings[key];
}

export type Translate = ReturnType<typeof translator>;
export type { UiKey };
