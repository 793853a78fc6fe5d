/** /api/v1/schema.json: the JSON Schema of /api/v1/codes.json, generated from the Zod schema (src/lib/api-schema.ts). */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { apiCodesFileSchema } from '../../../lib/api-schema.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(z.toJSONSchema(apiCodesFileSchema, { target: 'draft-2020-12' }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
