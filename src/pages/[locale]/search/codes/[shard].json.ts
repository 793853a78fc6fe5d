/** The codes of one shard (src/lib/search-shards.ts) in the locale: what the search page's direct answer reads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basicCodes, enhancedCodes } from '../../../../data/dataset.ts';
import { LOCALES, type Locale } from '../../../../i18n/locales.ts';
import { codeShard, shardsOf } from '../../../../lib/search-shards.ts';
import { searchCodes } from '../../../../search-codes.ts';

const SHARDS = shardsOf([...basicCodes, ...enhancedCodes].map((c) => c.code));

export const getStaticPaths = (() => LOCALES.flatMap((locale) => SHARDS.map((shard) => ({ params: { locale, shard } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const codes = (await searchCodes(params.locale as Locale)).filter((c) => codeShard(c.c) === params.shard);
  return new Response(JSON.stringify(codes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
