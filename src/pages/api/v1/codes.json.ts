/** /api/v1/codes.json: every code with its facts, titles and summaries in every locale, and page addresses. */
import type { APIRoute } from 'astro';
import { apiEntries } from '../../../api-entries.ts';
import { apiCodesFileSchema } from '../../../lib/api-schema.ts';

export const GET: APIRoute = async ({ site }) => {
  const file = apiCodesFileSchema.parse({ version: 1, codes: await apiEntries(site!) });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
