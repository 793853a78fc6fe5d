/**
 * Every reason's title and one line of advice in the locale: what the search page fetches with the
 * bounce reader for a whole message, whose recipients may show any of them (one line fetches its
 * reason alone, reasons/[id].json.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reasonListItems } from '../../../collections.ts';
import { REASON_IDS } from '../../../data/reason-schema.ts';
import { LOCALES, type Locale } from '../../../i18n/locales.ts';
import type { SearchReason } from '../../../lib/search-answer.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const items = await reasonListItems(params.locale as Locale, REASON_IDS);
  const reasons: SearchReason[] = items.map((r) => ({ id: r.id, t: r.title, a: r.advice }));
  return new Response(JSON.stringify(reasons), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
