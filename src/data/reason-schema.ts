/**
 * The schema of the second part of the dataset: the reasons behind a bounce, whatever code carried
 * them, and the texts (signatures) that reveal each reason. The reason ids are a contract: other
 * systems link `/{locale}/reasons/{id}/` and read them in the JSON (docs/architecture.md, Reasons).
 * No `astro:*` imports here, so that unit tests run without Astro.
 */
import { z } from 'astro/zod';
import { BASIC_CODE_PATTERN, BOUNCE_TYPES, ENHANCED_CODE_PATTERN, SENDER_ACTIONS } from './schema.ts';
import { REASON_IDS, type ReasonId } from './reason-ids.ts';

export { groupOf, isReasonId, REASON_GROUPS, REASON_IDS, REASONS_BY_GROUP, type ReasonGroup, type ReasonId } from './reason-ids.ts';

/** Who has to act on a reason. `nobody` is for what is not a failure (auto-replies, reports). */
export const REASON_ACTORS = ['nobody', 'sender', 'sending-admin', 'receiving-admin', 'recipient'] as const;

/** A basic or an enhanced code, e.g. "550" or "5.7.1". */
export const anyCodeSchema = z
  .string()
  .refine((c) => BASIC_CODE_PATTERN.test(c) || ENHANCED_CODE_PATTERN.test(c), 'a basic code such as "550" or an enhanced code such as "5.7.1"');

/** A link to a tool or page outside the site, shown as a plain link (nothing is fetched from it). */
export const linkSchema = z.strictObject({
  /** The tool's own name, e.g. "Microsoft SNDS"; a proper noun, the same in every language. */
  name: z.string().trim().min(2),
  url: z.url({ protocol: /^https$/ }),
});

/** What a blocklist or reputation system lists; each has a translated label. */
export const LISTING_KINDS = [
  'spam-sources',
  'spam-operations',
  'exploited-hosts',
  'dynamic-ranges',
  'spam-domains',
  'backscatter',
  'reported-sources',
  'spam-traps',
  'ranges',
  'provider-reputation',
] as const;

export const blocklistSchema = z.strictObject({
  /** A short key, e.g. "spamhaus-zen". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The list's own name, e.g. "Spamhaus ZEN". */
  name: z.string().trim().min(2),
  /** Who runs it, e.g. "Spamhaus". */
  operator: z.string().trim().min(2),
  /** DNS zones queried, e.g. ["zen.spamhaus.org"]; empty for a provider's own reputation system. */
  zones: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)),
  /** What it lists. */
  lists: z.array(z.enum(LISTING_KINDS)).min(1),
  /** Component lists it combines, by name, e.g. ["SBL", "XBL", "PBL"] for ZEN. */
  combines: z.array(z.string()).optional(),
  /** Where to look an address up, and where to ask for removal (they may be the same page). */
  lookup: z.url({ protocol: /^https$/ }),
  removal: z.url({ protocol: /^https$/ }),
  /** Which reason it belongs to: a DNS blocklist, or a provider's reputation system. */
  reason: z.enum(['ip-blocklisted', 'bad-reputation']),
});

export const reasonSchema = z.strictObject({
  id: z.enum(REASON_IDS as [ReasonId, ...ReasonId[]]),
  /** Hard (do not send again), soft (may clear), or not a bounce at all. */
  bounce: z.enum(BOUNCE_TYPES),
  /** What a sending server should do. */
  senderAction: z.enum(SENDER_ACTIONS),
  /** Who has to act, most likely first. */
  actors: z
    .array(z.enum(REASON_ACTORS))
    .min(1)
    .refine((xs) => new Set(xs).size === xs.length, 'values must not repeat'),
  /** Whether a mailing list should stop sending to the recipient (RFC 3463 §2: a permanent address failure). */
  suppress: z.boolean(),
  /** Tools a support engineer opens next, e.g. Google Postmaster Tools. */
  tools: z.array(linkSchema),
});

/**
 * Kinds of system whose texts the signatures recognise. `common` is the one pseudo-sender of
 * wording that many servers share ("no such user"): its signatures decide only when no sender's
 * own text matches (src/lib/reason-classifier.ts).
 */
export const SENDER_KINDS = ['provider', 'mta', 'filter', 'blocklist', 'service', 'common'] as const;

export const senderSchema = z.strictObject({
  /** A short key, e.g. "postfix", "microsoft-365", "spamhaus". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Its own name, e.g. "Microsoft 365 / Outlook.com". */
  name: z.string().trim().min(2),
  kind: z.enum(SENDER_KINDS),
  /** Its documentation of the errors it sends, where there is one. */
  docs: z.url({ protocol: /^https$/ }).optional(),
});

/**
 * A text that reveals a reason. The pattern is a regular expression source, matched
 * case-insensitively, anchored on the telling words ("blocked using zen.spamhaus.org", "mailbox is
 * full"), never on whole sentences. It must run in linear time: quantifiers are bounded (`?`,
 * `{m,n}` with n ≤ 100), groups are at most optional, no backreferences (invariant `patternsAreLinear`).
 */
export const signatureSchema = z.strictObject({
  /** A stable key, e.g. "spamhaus-zen-listed". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  pattern: z.string().min(4),
  reason: z.enum(REASON_IDS as [ReasonId, ...ReasonId[]]),
  /** Who sends this text: a sender id from `senders.ts`. */
  sender: z.string(),
  /** The documentation that shows or explains this text, where it exists. */
  docs: z.url({ protocol: /^https$/ }).optional(),
  /** Codes it comes with, when it comes with any. */
  codes: z.array(anyCodeSchema),
  /**
   * Real texts it matches, verbatim but with documentation addresses (example.com, 192.0.2.x) in
   * place of real ones; each names where it was recorded.
   */
  examples: z
    .array(z.strictObject({ text: z.string().trim().min(8), source: z.url({ protocol: /^https$/ }) }))
    .min(1),
  /** The versions of the sender's software that write this text, where it changed between versions. */
  versions: z.string().trim().min(2).optional(),
  /**
   * A text that only wraps the real cause, such as Postfix's "delivery temporarily suspended: …",
   * which repeats the last error after it: it decides only when no other signature matches.
   */
  weak: z.literal(true).optional(),
});

export type ReasonInput = z.input<typeof reasonSchema>;
export type Reason = z.infer<typeof reasonSchema>;
export type Blocklist = z.infer<typeof blocklistSchema>;
export type SenderInput = z.input<typeof senderSchema>;
export type Sender = z.infer<typeof senderSchema>;
export type SignatureInput = z.input<typeof signatureSchema>;
export type Signature = z.infer<typeof signatureSchema>;
