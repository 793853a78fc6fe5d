/**
 * The JSON API for help-desk integrations: what /api/v1/codes.json and
 * /api/v1/codes/{code}.json hold, as one Zod schema from which /api/v1/schema.json is generated.
 * Version 1 only ever gains fields; a change that removes or renames one becomes /api/v2/.
 */
import { z } from 'astro/zod';
import { blocklistSchema, REASON_GROUPS, REASON_IDS, reasonSchema, senderSchema, type ReasonId } from '../data/reason-schema.ts';
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

/** A reason behind a bounce (docs/architecture.md, Reasons), as /api/v1/reasons.json lists it. */
export const apiReasonSchema = z.strictObject({
  id: z.enum(REASON_IDS as [ReasonId, ...ReasonId[]]),
  group: z.enum(REASON_GROUPS),
  titles: perLocale(z.string()),
  summaries: perLocale(z.string()),
  /** What to do next, in one line. */
  advice: perLocale(z.string()),
  urls: perLocale(z.url()),
  bounce: reasonSchema.shape.bounce,
  senderAction: reasonSchema.shape.senderAction,
  actors: reasonSchema.shape.actors,
  suppress: reasonSchema.shape.suppress,
  tools: reasonSchema.shape.tools,
  /** The codes with a page on this site that the reason most often comes with, most frequent first. */
  codes: z.array(z.string()),
  /** For ip-blocklisted and bad-reputation: the lists and reputation systems behind it. */
  blocklists: z.array(blocklistSchema.omit({ reason: true })),
});

export const apiReasonsFileSchema = z.strictObject({
  version: z.literal(1),
  reasons: z.array(apiReasonSchema),
});

/** A text that reveals a reason, as /api/v1/signatures.json lists it: match `pattern` case-insensitively. */
export const apiSignatureSchema = z.strictObject({
  id: z.string(),
  /** A regular expression source (ECMAScript syntax), matched with the `i` flag; bounded, so it runs in linear time. */
  pattern: z.string(),
  reason: z.enum(REASON_IDS as [ReasonId, ...ReasonId[]]),
  sender: z.strictObject({ id: z.string(), name: z.string(), kind: senderSchema.shape.kind, docs: z.url().optional() }),
  docs: z.url().optional(),
  codes: z.array(z.string()),
  versions: z.string().optional(),
  /** A text that only wraps the real cause: decide by it only when no other signature matches. */
  weak: z.boolean(),
});

export const apiSignaturesFileSchema = z.strictObject({
  version: z.literal(1),
  signatures: z.array(apiSignatureSchema),
});

export type ApiReason = z.infer<typeof apiReasonSchema>;
export type ApiSignature = z.infer<typeof apiSignatureSchema>;
