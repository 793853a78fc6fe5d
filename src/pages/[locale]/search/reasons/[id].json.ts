/** One reason's title and one line of advice in the locale, fetched by the search page once a text shows it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reasonListItems } from '../../../../collections.ts';
import { REASON_IDS } from '../../../../data/reason-schema.ts';
import { LOCALES, type Locale } from '../../../../i18n/locales.ts';
import type { SearchReason } from '../../../../lib/search-answer.ts';

export const getStaticPaths = (() => LOCALES.flatMap((locale) => REASON_IDS.map((id) => ({ params: { locale, id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [item] = await reasonListItems(params.locale as Locale, [params.id as (typeof REASON_IDS)[number]]);
  const reason: SearchReason = { id: item!.id, t: item!.title, a: item!.advice };
  return new Response(JSON.stringify(reason), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
