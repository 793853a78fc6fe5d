/**
 * Every code as the search page's data lists it in a locale: title and one line, the last code of a
 * documented range, and the providers that use the code in their own way. Read once per locale and
 * build, then cut into shards by the data files.
 */
import { codeListItems } from './collections.ts';
import { basicCodes, enhancedCodes } from './data/dataset.ts';
import type { Locale } from './i18n/locales.ts';
import type { SearchCode } from './lib/search-answer.ts';

const ALL = [
  ...basicCodes.map((c) => ({ code: c.code, through: undefined, providers: [] as string[] })),
  ...enhancedCodes.map((e) => ({ code: e.code, through: e.through, providers: e.row ? e.providers.map((p) => p.provider) : [] })),
];

const cache = new Map<Locale, Promise<SearchCode[]>>();

export function searchCodes(locale: Locale): Promise<SearchCode[]> {
  if (!cache.has(locale)) {
    cache.set(
      locale,
      codeListItems(locale, ALL.map((c) => c.code)).then((items) =>
        items.map((item, i) => ({
          c: item.code,
          t: item.title,
          s: item.summary,
          ...(ALL[i]!.through ? { r: ALL[i]!.through } : {}),
          ...(ALL[i]!.providers.length > 0 ? { p: ALL[i]!.providers } : {}),
        })),
      ),
    );
  }
  return cache.get(locale)!;
}
