/**
 * Every localized page of the site, each with its address in every locale: what the sitemap lists
 * and the whole-site sweeps visit. Addresses come from src/lib/routes.ts.
 */
import { byLocale, type Locale } from '../i18n/locales.ts';
import { allPairs, pairSlug } from './pairs.ts';
import { apiPagePath, codePath, codesIndexPath, compareIndexPath, comparePath, guidePath, homePath, reasonPath, reasonsIndexPath, searchPath } from './routes.ts';

/** One page in every locale: its site path (without the base) per locale. */
export type LocalizedPage = Readonly<Record<Locale, string>>;

export function localizedPages(basicCodes: readonly string[], enhancedCodes: readonly string[], reasons: readonly string[]): LocalizedPage[] {
  const perLocale = (path: (locale: Locale) => string): LocalizedPage => byLocale(path);
  return [
    perLocale(homePath),
    perLocale(codesIndexPath),
    perLocale(guidePath),
    perLocale(compareIndexPath),
    perLocale(apiPagePath),
    perLocale(searchPath),
    perLocale(reasonsIndexPath),
    ...reasons.map((id) => perLocale((l) => reasonPath(l, id))),
    ...[...basicCodes, ...enhancedCodes].map((code) => perLocale((l) => codePath(l, code))),
    ...allPairs(basicCodes).map(([a, b]) => perLocale((l) => comparePath(l, pairSlug(a, b)))),
  ];
}
