/**
 * The site's addresses (docs/architecture.md, Addresses): other systems link to these, keep them stable.
 * Paths are returned without the deployment base; `withBase()` adds it.
 */
import { LOCALES, type Locale } from '../i18n/locales.ts';

export const homePath = (locale: Locale) => `/${locale}/`;
export const codesIndexPath = (locale: Locale) => `/${locale}/codes/`;
export const codePath = (locale: Locale, code: string) => `/${locale}/codes/${code}/`;
export const guidePath = (locale: Locale) => `/${locale}/guide/`;
export const searchPath = (locale: Locale) => `/${locale}/search/`;
export const compareIndexPath = (locale: Locale) => `/${locale}/compare/`;
export const apiPagePath = (locale: Locale) => `/${locale}/api/`;
export const reasonsIndexPath = (locale: Locale) => `/${locale}/reasons/`;
/** A reason's page, e.g. /en/reasons/mailbox-full/ (docs/architecture.md, Addresses). */
export const reasonPath = (locale: Locale, id: string) => `/${locale}/reasons/${id}/`;
/** Every code with its title and one line in a locale, for the 404 page's nearest codes (src/pages/[locale]/search/codes.json.ts). */
export const searchDataPath = (locale: Locale) => `/${locale}/search/codes.json`;
/** The codes of one shard (src/lib/search-shards.ts) in a locale, for the search page's direct answer. */
export const searchShardPath = (locale: Locale, shard: string) => `/${locale}/search/codes/${shard}.json`;
/** One reason's title and advice in a locale, for the search page (src/pages/[locale]/search/reasons/[id].json.ts). */
export const searchReasonPath = (locale: Locale, id: string) => `/${locale}/search/reasons/${id}.json`;
/** Every reason's title and advice in a locale, for a whole message (src/pages/[locale]/search/reasons.json.ts). */
export const searchReasonsPath = (locale: Locale) => `/${locale}/search/reasons.json`;
/** The reason classifier's data, the same in every locale, in two parts (src/pages/search/classifier/[part].json.ts). */
export const classifierDataPath = (part: 'defaults' | 'signatures') => `/search/classifier/${part}.json`;
/** The 404 page in one language; `/404.html` speaks every language. */
export const notFoundPath = (locale?: Locale) => (locale ? `/${locale}/404.html` : '/404.html');
/** Every address under a locale, as a host's redirect rule writes it: `/ja/*`. */
export const localeWildcard = (locale: Locale) => `/${locale}/*`;
/** A short link for tickets: `/550/` leads to the code's page in the reader's language. */
export const shortPath = (code: string) => `/${code}/`;
/** A comparison's address; `slug` is "421-vs-504" (the canonical order) or its reverse. */
export const comparePath = (locale: Locale, slug: string) => `/${locale}/compare/${slug}/`;

/** Prefixes a site path with the deployment base (`/` by default, e.g. `/smtp/` under a sub-path). */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  return base.replace(/\/$/, '') + path;
}

/** The locale a site path belongs to, e.g. "ja" for "/ja/codes/550/", ignoring the base. */
export function localeOfPath(path: string, locales: readonly Locale[]): Locale | undefined {
  const first = path.split('/').find((part) => part !== '');
  return locales.find((l) => l === first);
}

/** Replaces the locale of a localized site path, keeping the rest: the language switch's target. */
export function switchLocale(path: string, to: Locale): string {
  const from = localeOfPath(path, LOCALES);
  return from ? `/${to}${path.slice(from.length + 1)}` : path;
}

/** The code a code-page path is about, e.g. "5.1.1" for "/ja/codes/5.1.1/", ignoring the base. */
export function codeOfPath(path: string): string | undefined {
  const parts = path.split('/').filter((part) => part !== '');
  const at = parts.findIndex((part, i) => parts[i + 1] === 'codes' && (LOCALES as readonly string[]).includes(part));
  return at >= 0 && parts.length === at + 3 ? parts[at + 2] : undefined;
}
