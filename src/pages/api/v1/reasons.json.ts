/** /api/v1/reasons.json: every reason behind a bounce, with its facts, texts in every locale and page addresses. */
import type { APIRoute } from 'astro';
import { apiReasonEntries } from '../../../api-entries.ts';
import { apiReasonsFileSchema } from '../../../lib/api-schema.ts';

export const GET: APIRoute = async ({ site }) => {
  const file = apiReasonsFileSchema.parse({ version: 1, reasons: await apiReasonEntries(site!) });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
