/** /api/v1/codes/{code}.json: one code, as listed in /api/v1/codes.json. */
import type { APIRoute } from 'astro';
import { apiEntries } from '../../../../api-entries.ts';
import { apiCodeSchema, type ApiCode } from '../../../../lib/api-schema.ts';

export async function getStaticPaths() {
  const entries = await apiEntries(new URL(import.meta.env.SITE));
  return entries.map((entry) => ({ params: { code: entry.code }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(apiCodeSchema.parse((props as { entry: ApiCode }).entry)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
