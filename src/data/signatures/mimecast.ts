/**
 * Mimecast's email security gateway: the reasons it gives sending servers, each followed by a link to
 * its "SMTP error codes" page (community.mimecast.com/docs/DOC-1369, now on mimecastsupport.zendesk.com).
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const CODES = 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes';

export const sender: SenderInput = {
  id: 'mimecast',
  name: 'Mimecast',
  kind: 'filter',
  docs: CODES,
};

export const signatures: SignatureInput[] = [
  {
    // A Blocked Senders policy matched the envelope sender or its domain.
    id: 'mimecast-envelope-blocked',
    pattern: String.raw`envelope blocked`,
    reason: 'sender-rejected',
    sender: 'mimecast',
    docs: CODES,
    codes: ['550'],
    examples: [
      {
        text: 'SMTP error from remote mail server after RCPT TO:<memberservices@example.gov.uk>: host eu-smtp-inbound-1.mimecast.com [192.0.2.211]: 550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550',
        source: 'https://github.com/mysociety/writetothem/issues/364',
      },
    ],
  },
  {
    // Mail from outside that claims one of the organisation's own domains; Mimecast's anti-spoofing
    // policy is a receiver rule rather than an SPF/DKIM/DMARC verdict.
    id: 'mimecast-anti-spoofing',
    pattern: String.raw`Anti-Spoofing policy`,
    reason: 'policy-violation',
    sender: 'mimecast',
    docs: CODES,
    codes: ['550'],
    examples: [
      {
        text: '550 Anti-Spoofing policy - Inbound not allowed - https://community.mimecast.com/docs/DOC-1369#550',
        source: 'https://github.com/getconversio/email-deep-validator/pull/18',
      },
    ],
  },
  {
    id: 'mimecast-spam-signature',
    pattern: String.raw`rejected due to security policies - MCSpamSignature`,
    reason: 'spam-detected',
    sender: 'mimecast',
    docs: CODES,
    codes: ['554'],
    examples: [
      { text: 'Diagnostic-Code: smtp; 554 email rejected due to security policies - MCSpamSignature.sa.2.2', source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/rhost-mimecast-02.eml' },
    ],
  },
  {
    // Mimecast's greylisting of unknown senders (or a reputation check that defers them).
    id: 'mimecast-internal-resource-unavailable',
    pattern: String.raw`Internal resource temporarily unavailable`,
    reason: 'greylisted',
    sender: 'mimecast',
    docs: CODES,
    codes: ['451'],
    examples: [{ text: '451 Internal resource temporarily unavailable', source: 'https://electronicaportatil.com/smtp-error-codes/' }],
  },
];
