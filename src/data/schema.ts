/**
 * The schema of the dataset: the single source of facts about SMTP reply codes.
 * Types are inferred from it (principle 3 of docs/architecture.md); prose never retypes these facts.
 * No `astro:*` imports here, so that unit tests run without Astro.
 */
import { z } from 'astro/zod';

/** A basic reply code: three digits, first 2–5, second 0–5 (RFC 5321 §4.2.1). */
export const BASIC_CODE_PATTERN = /^[2-5][0-5][0-9]$/;

/** A registry row key as the IANA registry writes it, e.g. `X.7.12` (RFC 3463 §2, RFC 5248 §2.3). */
export const REGISTRY_ROW_PATTERN = /^X\.[0-7]\.[0-9]{1,3}$/;

/**
 * Where in an SMTP session a reply can occur. Commands from RFC 5321 §4.1.1, plus the extensions
 * STARTTLS (RFC 3207), AUTH (RFC 4954), ETRN (RFC 1985) and ATRN (RFC 2645).
 * `end-of-data` is the reply to the final `<CRLF>.<CRLF>`; `any` means any command.
 */
export const STAGES = [
  'greeting',
  'ehlo',
  'starttls',
  'auth',
  'mail',
  'rcpt',
  'data',
  'end-of-data',
  'vrfy-expn',
  'help',
  'etrn',
  'atrn',
  'any',
  'quit',
] as const;

/** What a sending server should do on receiving the code. */
export const SENDER_ACTIONS = ['nothing', 'retry-later', 'fix-and-resend', 'do-not-retry'] as const;

/** Bounce classification; the rule is stated on the guide page. */
export const BOUNCE_TYPES = ['none', 'soft', 'hard'] as const;

/** What the code is about. */
export const CATEGORIES = [
  'information',
  'connection',
  'transaction',
  'remote-queue',
  'protocol',
  'addressing',
  'mailbox',
  'capacity',
  'server-error',
  'security-policy',
  'authentication',
] as const;

/** Who usually has to act. `nobody` is for codes that report success or progress. */
export const ACTORS = ['nobody', 'sender', 'sending-admin', 'receiving-admin', 'client-software'] as const;

/** Whether the server closes the connection after sending the code. */
export const CONNECTION_EFFECTS = ['stays-open', 'closes', 'may-close'] as const;

/** SMTP commands that scope a definition to an extension (e.g. 250 in reply to ETRN). */
export const DEFINITION_CONTEXTS = ['STARTTLS', 'AUTH', 'ETRN', 'ATRN', 'SIZE'] as const;

export const rfcReferenceSchema = z.strictObject({
  /** RFC number, e.g. 5321. Must be listed in `rfcs.ts`. */
  rfc: z.number().int().positive(),
  /** Section number as printed in the RFC, e.g. "4.2.3". */
  section: z.string().regex(/^[0-9]+(\.[0-9]+)*$/, 'a section number such as "4.2.3"'),
});

export const registryReferenceSchema = z.strictObject({
  /** The IANA enhanced-status-code registry row that pairs with the code, e.g. "X.7.12". */
  registry: z.string().regex(REGISTRY_ROW_PATTERN, 'a registry row such as "X.7.12"'),
});

export const definitionSchema = z.strictObject({
  /** Where the definition comes from: an RFC section, or only the IANA registry. */
  source: z.union([rfcReferenceSchema, registryReferenceSchema]),
  /** The reply text the source gives, verbatim, in English; where it gives none, a short English description. */
  text: z.string().trim().min(1),
  /** The command or extension the definition belongs to, when it is not base SMTP. */
  context: z.enum(DEFINITION_CONTEXTS).optional(),
});

export const replySchema = z.strictObject({
  /** A reply exactly as it appears in a log or bounce (addresses and IPs replaced by documentation values). */
  text: z.string().trim().min(5),
  /** The server software or provider that sends it, e.g. "Postfix", "Gmail". */
  sender: z.string().trim().min(2),
  /**
   * Where the text is recorded: the sender's documentation, a source file (a permalink to the line
   * where possible) or a changelog. Required: a reply nobody can look up is not recorded here.
   */
  url: z.url({ protocol: /^https$/ }),
  /**
   * The versions the text applies to, where it changed between versions: a short version formula
   * such as "Postfix ≥ 3.7", never a sentence (invariant `versionsAreFormulas`).
   */
  versions: z.string().trim().min(2).optional(),
});

const uniqueArray = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1)
    .refine((xs) => new Set(xs).size === xs.length, 'values must not repeat');

export const basicCodeSchema = z.strictObject({
  /** The three-digit code. */
  code: z.string().regex(BASIC_CODE_PATTERN, 'three digits, first 2–5, second 0–5 (RFC 5321 §4.2.1)'),
  /** `standard` = defined by an RFC; `registry-only` = appears only in the IANA registry's associated codes. */
  status: z.enum(['standard', 'registry-only']),
  /** Every definition, in order of importance. */
  definitions: z.array(definitionSchema).min(1),
  /** Where in a session the code can occur. */
  stages: uniqueArray(z.enum(STAGES)),
  /** Whether the server closes the connection with it. */
  connection: z.enum(CONNECTION_EFFECTS),
  /** What a sending server should do. */
  senderAction: z.enum(SENDER_ACTIONS),
  /** Soft bounce, hard bounce, or not a bounce. */
  bounce: z.enum(BOUNCE_TYPES),
  category: z.enum(CATEGORIES),
  /** Who usually has to act, most likely first. */
  actors: uniqueArray(z.enum(ACTORS)),
  /** Codes people confuse it with. */
  related: z.array(z.string().regex(BASIC_CODE_PATTERN)),
  /** Real replies as servers send them. */
  replies: z.array(replySchema),
});

export type Stage = (typeof STAGES)[number];
export type SenderAction = (typeof SENDER_ACTIONS)[number];
export type BounceType = (typeof BOUNCE_TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Actor = (typeof ACTORS)[number];
export type ConnectionEffect = (typeof CONNECTION_EFFECTS)[number];
export type RfcReference = z.infer<typeof rfcReferenceSchema>;
export type Definition = z.infer<typeof definitionSchema>;
export type Reply = z.infer<typeof replySchema>;
/** A basic code entry as written in the dataset. */
export type BasicCodeInput = z.input<typeof basicCodeSchema>;
/** A basic code entry after validation. */
export type BasicCodeEntry = z.infer<typeof basicCodeSchema>;

/** An enhanced status code as sent, class.subject.detail (RFC 3463 §2), e.g. "5.1.1". */
export const ENHANCED_CODE_PATTERN = /^[245]\.[0-7]\.[0-9]{1,3}$/;

/** A registry row's references: an RFC (section when the registry or RFC 3463 names one), or an Internet-Draft. */
export const registryReferenceListSchema = z
  .array(
    z.union([
      z.strictObject({ rfc: z.number().int().positive(), section: rfcReferenceSchema.shape.section.optional() }),
      z.strictObject({ draft: z.string().regex(/^draft-[a-z0-9-]+$/, 'an Internet-Draft name such as "draft-levine-mailbomb-header"') }),
    ]),
  )
  .min(1);

/**
 * The basic codes the registry associates with a row: "any", "none" (the registry names none), or a
 * list of codes, with `otherClasses` where the registry also allows any other code of a class
 * (e.g. "5XX", "other 4XX or 5XX codes are allowed").
 */
export const associatedSchema = z.union([
  z.literal('any'),
  z.literal('none'),
  z.strictObject({
    codes: z.array(z.string().regex(BASIC_CODE_PATTERN)),
    otherClasses: z.array(z.enum(['4', '5'])).optional(),
  }),
]);

export const registryRowSchema = z.strictObject({
  /** The registry's key, subject.detail with an X for the class, e.g. "X.1.1". */
  row: z.string().regex(REGISTRY_ROW_PATTERN, 'a registry row such as "X.1.1"'),
  /** The registry's sample text, verbatim. */
  text: z.string().trim().min(3),
  associated: associatedSchema,
  references: registryReferenceListSchema,
  /** Set on a deprecated row: the row to use instead. */
  deprecatedFor: z.string().regex(REGISTRY_ROW_PATTERN).optional(),
});

/** Mailbox providers whose own codes and meanings the site documents. */
export const PROVIDERS = ['google', 'microsoft', 'yahoo'] as const;

export const providerCodeSchema = z.strictObject({
  /** The code as the provider sends it; the first of the range when `through` is set. */
  code: z.string().regex(ENHANCED_CODE_PATTERN, 'an enhanced code such as "5.7.57"'),
  /** The last code of a range the provider documents as one, e.g. 4.7.500 through 4.7.699. */
  through: z.string().regex(ENHANCED_CODE_PATTERN).optional(),
  provider: z.enum(PROVIDERS),
  /** Basic codes the provider sends it with. */
  basic: z.array(z.string().regex(BASIC_CODE_PATTERN)).min(1),
  /** The provider's own documentation: the source for every fact about this use of the code. */
  source: z.strictObject({ title: z.string().trim().min(3), url: z.url({ protocol: /^https$/ }) }),
  replies: z.array(replySchema),
});

export type Provider = (typeof PROVIDERS)[number];
export type RegistryRowInput = z.input<typeof registryRowSchema>;
export type RegistryRow = z.infer<typeof registryRowSchema>;
export type ProviderCodeInput = z.input<typeof providerCodeSchema>;
export type ProviderCode = z.infer<typeof providerCodeSchema>;
