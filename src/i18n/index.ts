/** UI strings for every locale. */
import { en, type UiKey, type UiStrings } from './en.ts';
import { es } from './es.ts';
import { ja } from './ja.ts';
import type { Locale } from './locales.ts';
import { format } from './format.ts';

export const STRINGS: Readonly<Record<Locale, UiStrings>> = { en, es, ja };

/**
 * A translator for one locale: `t('glance.title')`, or `t('rfc.label', { number: 5321 })`. Slots of
 * UI strings take codes and numbers only; sentences composed from enum values and titles are the
 * typed functions of src/i18n/sentences.
 */
export function translator(locale: Locale) {
  const strings = STRINGS[locale];
  return (key: UiKey, vars?: Readonly<Record<string, string | number>>): string => (vars ? format(strings[key], vars) : strings[key]);
}

export type Translate = ReturnType<typeof translator>;
export type { UiKey };
