/** Queries over the content collections that several pages share (astro:content lives here, not in src/lib). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from './i18n/locales.ts';
import { parseContentId } from './lib/content-files.ts';

export type CodeProse = CollectionEntry<'codes'>;

/** The prose entries of one locale's code pages, by code. */
export async function codeProseByCode(locale: Locale): Promise<Map<string, CodeProse>> {
  const entries = await getCollection('codes', (e) => parseContentId(e.id)?.locale === locale);
  return new Map(entries.map((e) => [parseContentId(e.id)!.key, e]));
}

/** Title and summary of each code in a locale, for lists of codes. */
export async function codeListItems(locale: Locale, codes: readonly string[]) {
  const prose = await codeProseByCode(locale);
  return codes.map((code) => {
    const entry = prose.get(code);
    if (!entry) throw new Error(`content/${locale}/codes/${code}.mdx: missing`);
    return { code, title: entry.data.title, summary: entry.data.summary };
  });
}
