/**
 * Every localized page of the site, as paths without the locale prefix ("/codes/550/" is
 * /en/codes/550/, /es/codes/550/ …): what the sitemap lists and the whole-site sweeps visit.
 */
import { allPairs, pairSlug } from './pairs.ts';

export function localizedPagePaths(basicCodes: readonly string[], enhancedCodes: readonly string[]): string[] {
  return [
    '/',
    '/codes/',
    '/guide/',
    '/compare/',
    '/api/',
    '/search/',
    ...[...basicCodes, ...enhancedCodes].map((code) => `/codes/${code}/`),
    ...allPairs(basicCodes).map(([a, b]) => `/compare/${pairSlug(a, b)}/`),
  ];
}
