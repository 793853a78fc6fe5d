/**
 * /api/v1/schema.json: the JSON Schema (draft 2020-12) of /api/v1/codes.json, generated from the Zod
 * schemas (src/lib/api-schema.ts). The files that joined later are under `$defs`: reasons.json is
 * `#/$defs/reasonsFile`, signatures.json `#/$defs/signaturesFile`, so the root stays what version 1 promised.
 */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { apiCodesFileSchema, apiReasonsFileSchema, apiSignaturesFileSchema } from '../../../lib/api-schema.ts';

const jsonSchema = (schema: z.ZodType) => {
  const { $schema: _schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
};

export const GET: APIRoute = () => {
  const root = z.toJSONSchema(apiCodesFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const schema = {
    ...root,
    $defs: {
      ...((root.$defs as Record<string, unknown>) ?? {}),
      reasonsFile: jsonSchema(apiReasonsFileSchema),
      signaturesFile: jsonSchema(apiSignaturesFileSchema),
    },
  };
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
