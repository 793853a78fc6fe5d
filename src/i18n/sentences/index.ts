/** The composed sentences of every locale (src/i18n/sentences/types.ts). */
import type { Locale } from '../locales.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ja } from './ja.ts';
import type { Sentences } from './types.ts';

const SENTENCES: Readonly<Record<Locale, Sentences>> = { en, es, ja };

/** The sentences of one locale. */
export const sentences = (locale: Locale): Sentences => SENTENCES[locale];
export { plainText, type Part, type Sentence, type Sentences } from './types.ts';
