/**
 * The JSON API for help-desk integrations: what /api/v1/codes.json and
 * /api/v1/codes/{code}.json hold, as one Zod schema from which /api/v1/schema.json is generated.
 * Version 1 only ever gains fields; a change that removes or renames one becomes /api/v2/.
 */
import { z } from 'astro/zod';
import { basicCodeSchema, ENHANCED_CODE_PATTERN, PROVIDERS, REGISTRY_ROW_PATTERN } from '../data/schema.ts';
import { byLocale, type Locale } from '../i18n/locales.ts';

/** One value per site locale (src/i18n/locales.ts). */
const perLocale = <T extends z.ZodType>(item: T) => z.strictObject(byLocale(() => item) as Record<Locale, T>);

const common = {
  code: z.string(),
  /** The first digit, or the class of an enhanced code. */
  class: z.enum(['2', '3', '4', '5']),
  outcome: z.enum(['success', 'intermediate', 'transient', 'permanent']),
  titles: perLocale(z.string()),
  summaries: perLocale(z.string()),
  /** The code's page in each language. */
  urls: perLocale(z.url()),
};

export const apiBasicCodeSchema = z.strictObject({
  ...common,
  kind: z.literal('basic'),
  facts: basicCodeSchema.omit({ code: true, replies: true }),
  enhancedCodes: z.array(z.string().regex(ENHANCED_CODE_PATTERN)),
});

export const apiEnhancedCodeSchema = z.strictObject({
  ...common,
  kind: z.literal('enhanced'),
  /** The IANA registry row, absent for a provider's code the registry does not have. */
  registryRow: z.string().regex(REGISTRY_ROW_PATTERN).optional(),
  registryText: z.string().optional(),
  deprecatedFor: z.string().regex(REGISTRY_ROW_PATTERN).optional(),
  /** The last code of a range a provider documents as one. */
  through: z.string().regex(ENHANCED_CODE_PATTERN).optional(),
  basicCodes: z.array(z.string()),
  anyBasicCode: z.boolean(),
  providers: z.array(z.strictObject({ provider: z.enum(PROVIDERS), basicCodes: z.array(z.string()), source: z.url() })),
});

export const apiCodeSchema = z.discriminatedUnion('kind', [apiBasicCodeSchema, apiEnhancedCodeSchema]);

export const apiCodesFileSchema = z.strictObject({
  version: z.literal(1),
  codes: z.array(apiCodeSchema),
});

export type ApiCode = z.infer<typeof apiCodeSchema>;
