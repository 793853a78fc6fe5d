/**
 * Checks that tie the prose files to the dataset (principle 5: file name = key = data).
 * A content id is the file's path below `content/` without `.mdx`, e.g. "en/codes/550".
 */

import { isLocale, type Locale } from '../i18n/locales.ts';

/** The content id of a prose file: ("ja", "codes", "5.1.1") → "ja/codes/5.1.1". */
export const contentId = (locale: Locale, kind: string, key: string) => `${locale}/${kind}/${key}`;

/** Splits a content id into its locale, kind and key, e.g. "ja/codes/5.1.1" → { locale: "ja", kind: "codes", key: "5.1.1" }. */
export function parseContentId(id: string): { locale: Locale; kind: string; key: string } | undefined {
  const [locale, kind, key, ...rest] = id.split('/');
  return isLocale(locale) && kind && /^[a-z-]+$/.test(kind) && key && rest.length === 0 ? { locale, kind, key } : undefined;
}

/**
 * Problems with the prose files of one kind ("codes", "reasons"): a file for a key the dataset does
 * not have, or a key of the dataset without its file in a locale. `keys` are the file keys the
 * dataset needs ("550", "X.1.1"; "mailbox-full"). Each message names the file.
 */
export function contentProblems(
  kind: string,
  ids: readonly string[],
  keys: readonly string[],
  locales: readonly Locale[],
): string[] {
  const known = new Set(keys);
  const present = new Set(ids);
  const unknown = ids.flatMap((id) => {
    const parsed = parseContentId(id);
    if (!parsed || parsed.kind !== kind) return [];
    return known.has(parsed.key) ? [] : [`content/${id}.mdx: no ${kind} entry ${parsed.key} in the dataset (src/data)`];
  });
  const missing = locales.flatMap((locale) =>
    keys.filter((key) => !present.has(contentId(locale, kind, key))).map((key) => `content/${contentId(locale, kind, key)}.mdx: missing`),
  );
  return [...unknown, ...missing];
}
