/**
 * The reason a code implies when nothing in the reply's text tells more (docs/architecture.md,
 * Reasons). A signature in the text beats an enhanced code's default, which beats a basic code's.
 * Keys: a registry row ("X.1.1", meaning for every class), an exact enhanced code a provider
 * documents in its own sense ("5.7.606"; the first code of a documented range covers the range),
 * or a basic code ("452"). A code with no entry implies nothing, and the reason stays
 * "unclassified" unless its text says more. Meanings from RFC 3463 §3 and RFC 5248's registry for
 * the rows, from the providers' pages for their own codes (src/data/provider-codes.ts), and from
 * RFC 5321 §4.2 for the basic codes.
 */
import type { ReasonId } from './reason-schema.ts';

export const ENHANCED_DEFAULTS: Readonly<Record<string, ReasonId>> = {
  // X.1: addressing (RFC 3463 §3.2).
  'X.1.1': 'recipient-unknown',
  'X.1.2': 'domain-not-found',
  'X.1.3': 'recipient-unknown',
  'X.1.4': 'recipient-unknown',
  'X.1.5': 'delivery-report',
  'X.1.6': 'recipient-moved',
  'X.1.7': 'sender-rejected',
  'X.1.8': 'sender-rejected',
  'X.1.10': 'domain-rejects-mail',
  // X.2: mailbox (§3.3).
  'X.2.1': 'recipient-disabled',
  'X.2.2': 'mailbox-full',
  'X.2.3': 'message-too-large',
  // X.3: mail system (§3.4).
  'X.3.1': 'remote-system-error',
  'X.3.2': 'remote-system-error',
  'X.3.4': 'message-too-large',
  'X.3.5': 'remote-system-error',
  // X.4: network and routing (§3.5).
  'X.4.1': 'network-error',
  'X.4.2': 'network-error',
  'X.4.3': 'network-error',
  'X.4.4': 'domain-not-found',
  'X.4.5': 'rate-limited',
  'X.4.6': 'network-error',
  'X.4.7': 'expired',
  // X.5: delivery protocol (§3.6); X.5.3 "too many recipients" is a limit.
  'X.5.0': 'protocol-error',
  'X.5.1': 'protocol-error',
  'X.5.2': 'protocol-error',
  'X.5.3': 'rate-limited',
  'X.5.4': 'protocol-error',
  'X.5.5': 'protocol-error',
  'X.5.6': 'protocol-error',
  // X.6: content and media (§3.7).
  'X.6.0': 'not-rfc-compliant',
  'X.6.1': 'not-rfc-compliant',
  'X.6.2': 'not-rfc-compliant',
  'X.6.3': 'not-rfc-compliant',
  'X.6.5': 'not-rfc-compliant',
  'X.6.7': 'not-rfc-compliant',
  'X.6.8': 'not-rfc-compliant',
  'X.6.9': 'not-rfc-compliant',
  // X.7: security and policy (§3.8, RFC 5248, RFC 7372 for the authentication rows).
  'X.7.1': 'policy-violation',
  'X.7.2': 'policy-violation',
  'X.7.7': 'not-rfc-compliant',
  'X.7.8': 'login-failed',
  'X.7.9': 'login-failed',
  'X.7.10': 'tls-required',
  'X.7.11': 'tls-required',
  'X.7.12': 'login-failed',
  'X.7.13': 'login-failed',
  'X.7.14': 'login-failed',
  'X.7.17': 'recipient-disabled',
  'X.7.18': 'recipient-disabled',
  'X.7.20': 'authentication-failed',
  'X.7.21': 'authentication-failed',
  'X.7.22': 'authentication-failed',
  'X.7.23': 'authentication-failed',
  'X.7.24': 'authentication-failed',
  'X.7.25': 'missing-reverse-dns',
  'X.7.26': 'authentication-failed',
  'X.7.27': 'sender-rejected',
  'X.7.28': 'rate-limited',
  'X.7.29': 'authentication-failed',

  // X.7.30 has none: the registry's REQUIRETLS, Microsoft's Basic authentication refusal and Gmail's
  // DKIM refusal all use 5.7.30, so only the text can tell.

  // Microsoft 365 / Outlook.com, in Microsoft's own sense (src/data/provider-codes.ts).
  '5.1.8': 'sender-rejected',
  '5.1.10': 'recipient-unknown',
  '5.2.121': 'rate-limited',
  '5.2.122': 'rate-limited',
  '5.2.251': 'rate-limited',
  '5.4.1': 'recipient-unknown',
  '5.4.14': 'network-error',
  '5.6.11': 'not-rfc-compliant',
  '4.7.500': 'rate-limited',
  '5.7.12': 'filtered',
  '5.7.57': 'login-failed',
  '5.7.60': 'login-failed',
  '5.7.64': 'relay-denied',
  '5.7.124': 'filtered',
  '5.7.133': 'filtered',
  '5.7.134': 'filtered',
  '5.7.139': 'login-failed',
  '5.7.501': 'sender-rejected',
  '5.7.509': 'authentication-failed',
  '5.7.515': 'authentication-failed',
  '5.7.606': 'ip-blocklisted',
  '5.7.705': 'sender-rejected',
  '5.7.708': 'bad-reputation',
  '5.7.750': 'sender-rejected',
  // Gmail, in Google's sense.
  '4.2.1': 'rate-limited',
  '4.2.2': 'mailbox-full',
  '4.7.23': 'authentication-failed',
  '4.7.27': 'authentication-failed',
  '5.7.27': 'authentication-failed',
  '4.7.29': 'tls-required',
  '5.7.29': 'tls-required',
  '4.7.30': 'authentication-failed',
  '4.7.32': 'authentication-failed',
  '5.7.32': 'authentication-failed',
  '4.7.40': 'authentication-failed',
  '5.7.40': 'authentication-failed',
  // Yahoo, in Yahoo's sense.
  '5.7.9': 'policy-violation',
};

/**
 * Basic codes that imply one reason by themselves (RFC 5321 §4.2.2, §4.2.3, and the extension RFCs).
 * The others say too little: 550 or 554 cover dozens of reasons, 452 is a full disk or too many
 * recipients, 530 and 454 belong to both STARTTLS (RFC 3207) and AUTH (RFC 4954).
 */
export const BASIC_DEFAULTS: Readonly<Record<string, ReasonId>> = {
  '251': 'delivery-report',
  '252': 'delivery-report',
  '500': 'protocol-error',
  '501': 'protocol-error',
  '502': 'protocol-error',
  '503': 'protocol-error',
  '504': 'protocol-error',
  '521': 'domain-rejects-mail',
  '523': 'tls-required',
  '534': 'login-failed',
  '535': 'login-failed',
  '538': 'tls-required',
  '551': 'recipient-moved',
  '555': 'protocol-error',
  '556': 'domain-rejects-mail',
};
