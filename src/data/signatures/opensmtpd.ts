/**
 * OpenSMTPD (OpenBSD's smtpd and the portable release): SMTP replies built from its enhanced status
 * descriptions (esc.c) and the errors of its delivery side (mta.c, queue.c) that end up in its
 * bounces ("<address>: <error>"). Source: OpenSMTPD/OpenSMTPD.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SRC = 'https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd';
const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';

export const sender: SenderInput = {
  id: 'opensmtpd',
  name: 'OpenSMTPD',
  kind: 'mta',
  docs: 'https://www.opensmtpd.org/',
};

export const signatures: SignatureInput[] = [
  {
    // No table knows the recipient. OpenSMTPD gives the same answer when no rule matches, which is
    // also how an unauthorised relay attempt is refused; the unknown user is the common case.
    id: 'opensmtpd-invalid-recipient',
    pattern: String.raw`550 Invalid recipient`,
    reason: 'recipient-unknown',
    sender: 'opensmtpd',
    docs: `${SRC}/lka_session.c`,
    codes: ['550'],
    examples: [{ text: '550 Invalid recipient', source: `${SRC}/lka_session.c` }],
  },
  {
    // Anchored on the "<address>: " OpenSMTPD puts before the error, so that other software's
    // "Sender domain does not exist" is not taken for it.
    id: 'opensmtpd-domain-does-not-exist',
    pattern: String.raw`: Domain does not exist`,
    reason: 'domain-not-found',
    sender: 'opensmtpd',
    docs: `${SRC}/mta.c`,
    codes: [],
    examples: [{ text: 'kijitora@neko.example.com: Domain does not exist', source: `${SISIMAI}/lhost-opensmtpd-03.eml` }],
  },
  {
    id: 'opensmtpd-no-mx-found',
    pattern: String.raw`No MX found for (?:domain|destination)`,
    reason: 'domain-not-found',
    sender: 'opensmtpd',
    docs: `${SRC}/mta.c`,
    codes: [],
    examples: [{ text: 'neko@example.com: No MX found for domain', source: `${SISIMAI}/lhost-opensmtpd-12.eml` }],
  },
  {
    id: 'opensmtpd-network-error-on-mxs',
    pattern: String.raw`Network error on destination MXs`,
    reason: 'network-error',
    sender: 'opensmtpd',
    docs: `${SRC}/mta.c`,
    codes: [],
    examples: [{ text: 'kijitora@neko.example.com: Network error on destination MXs', source: `${SISIMAI}/lhost-opensmtpd-04.eml` }],
  },
  {
    id: 'opensmtpd-envelope-expired',
    pattern: String.raw`Envelope expired`,
    reason: 'expired',
    sender: 'opensmtpd',
    docs: `${SRC}/queue.c`,
    codes: ['4.4.7'],
    examples: [{ text: 'kijitora@mail.example.com: Envelope expired', source: `${SISIMAI}/lhost-opensmtpd-05.eml` }],
  },
  {
    id: 'opensmtpd-message-too-big',
    pattern: String.raw`Transaction failed, message too big`,
    reason: 'message-too-large',
    sender: 'opensmtpd',
    docs: `${SRC}/smtp_session.c`,
    codes: ['554', '5.3.4'],
    examples: [{ text: 'Transaction failed, message too big', source: `${SRC}/smtp_session.c` }],
  },
  {
    id: 'opensmtpd-not-rfc-compliant',
    pattern: String.raw`Message is not RFC 2822 compliant`,
    reason: 'not-rfc-compliant',
    sender: 'opensmtpd',
    docs: `${SRC}/smtp_session.c`,
    codes: ['550', '5.7.1'],
    examples: [{ text: 'Message is not RFC 2822 compliant', source: `${SRC}/smtp_session.c` }],
  },
  {
    // The message already went through this server too many times (Received: count).
    id: 'opensmtpd-loop-detected',
    pattern: String.raw`Loop detected`,
    reason: 'network-error',
    sender: 'opensmtpd',
    docs: `${SRC}/smtp_session.c`,
    codes: ['500', '5.4.6'],
    examples: [{ text: 'Loop detected', source: `${SRC}/mta.c` }],
  },
];
