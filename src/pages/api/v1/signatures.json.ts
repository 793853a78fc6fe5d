/** /api/v1/signatures.json: every text that reveals a reason, as a pattern with its reason, sender and codes. */
import type { APIRoute } from 'astro';
import { apiSignatureEntries } from '../../../api-entries.ts';
import { apiSignaturesFileSchema } from '../../../lib/api-schema.ts';

export const GET: APIRoute = () => {
  const file = apiSignaturesFileSchema.parse({ version: 1, signatures: apiSignatureEntries() });
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
