/**
 * Every code with its title and one line in the locale, documented ranges, and which providers use a
 * code in their own way: the 404 page's nearest codes. The search page reads the same entries
 * shard by shard (codes/[shard].json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import { searchCodes } from '../../../search-codes.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await searchCodes(params.locale as Locale)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
