/**
 * The data the search page needs for its direct answer: every code with its title and
 * one line in the locale, documented ranges, and which providers use a code in their own way.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { codeListItems } from '../../../collections.ts';
import { basicCodes, enhancedCodes } from '../../../data/dataset.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import type { SearchCode } from '../../../lib/search-answer.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const all = [...basicCodes.map((c) => ({ code: c.code, through: undefined, providers: [] as string[] })),
    ...enhancedCodes.map((e) => ({ code: e.code, through: e.through, providers: e.row ? e.providers.map((p) => p.provider) : [] }))];
  const items = await codeListItems(locale, all.map((c) => c.code));
  const codes: SearchCode[] = items.map((item, i) => ({
    c: item.code,
    t: item.title,
    s: item.summary,
    ...(all[i]!.through ? { r: all[i]!.through } : {}),
    ...(all[i]!.providers.length > 0 ? { p: all[i]!.providers } : {}),
  }));
  return new Response(JSON.stringify(codes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
