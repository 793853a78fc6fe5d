/**
 * The reason ids and their groups (docs/architecture.md, Reasons): a contract other systems link
 * to and read in the JSON. Kept apart from the Zod schema (reason-schema.ts) so that the search
 * page's classifier can use them without carrying Zod.
 */

/** The groups of the reason index, in the order it shows them. */
export const REASON_GROUPS = ['address', 'message', 'sender', 'limits', 'delivery', 'not-a-bounce'] as const;

/** Every reason id, grouped; the ids are stable addresses and never change. */
export const REASONS_BY_GROUP = {
  address: ['recipient-unknown', 'recipient-disabled', 'recipient-moved', 'mailbox-full', 'domain-not-found', 'domain-rejects-mail'],
  message: ['message-too-large', 'policy-violation', 'spam-detected', 'virus-detected', 'not-rfc-compliant'],
  sender: [
    'ip-blocklisted',
    'bad-reputation',
    'missing-reverse-dns',
    'authentication-failed',
    'sender-rejected',
    'relay-denied',
    'login-failed',
    'tls-required',
  ],
  limits: ['rate-limited', 'greylisted', 'filtered'],
  delivery: ['expired', 'network-error', 'remote-system-error', 'protocol-error', 'local-delivery-error'],
  'not-a-bounce': ['auto-reply', 'complaint-report', 'delivery-report', 'unclassified'],
} as const satisfies Record<(typeof REASON_GROUPS)[number], readonly string[]>;

export const REASON_IDS = Object.values(REASONS_BY_GROUP).flat() as ReasonId[];
export type ReasonGroup = (typeof REASON_GROUPS)[number];
export type ReasonId = (typeof REASONS_BY_GROUP)[ReasonGroup][number];

export function isReasonId(value: unknown): value is ReasonId {
  return typeof value === 'string' && (REASON_IDS as readonly string[]).includes(value);
}

/** The group a reason belongs to in the index. */
export const groupOf = (id: ReasonId): ReasonGroup =>
  REASON_GROUPS.find((g) => (REASONS_BY_GROUP[g] as readonly string[]).includes(id))!;

