/**
 * Exim: router and transport texts written into bounces and the main log, and the replies of its
 * default configuration's ACLs. Where Exim's own test suite (test/log, test/stdout) records the text
 * as Exim prints it, that file is the source; test.ex and V4NET addresses are replaced with
 * documentation values.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const EXIM_SPEC = 'https://github.com/Exim/exim/blob/master/doc/doc-docbook/spec.xfpt';
const EXIM_TEST = 'https://github.com/Exim/exim/blob/master/test';
const EXIM_SRC = 'https://github.com/Exim/exim/blob/master/src/src';

export const sender: SenderInput = {
  id: 'exim',
  name: 'Exim',
  kind: 'mta',
  docs: EXIM_SPEC,
};


export const signatures: SignatureInput[] = [
  {
    // No router accepted the address. With the default configuration an unknown local part gets
    // "Unknown user" instead, so this text mostly means the domain could not be resolved or routed.
    id: 'exim-unrouteable-address',
    pattern: String.raw`Unrouteable address`,
    reason: 'domain-not-found',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: ['550'],
    examples: [
      { text: '1999-03-02 09:44:33 10HmaX-000000005vi-0000 ** nonexist@example.com : Unrouteable address', source: `${EXIM_TEST}/log/0206` },
      { text: 'nyan@example.org Unrouteable address', source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-mailru-06.eml' },
    ],
  },
  {
    // The default configuration's cannot_route_message for local users.
    id: 'exim-unknown-user',
    pattern: String.raw`\bUnknown user\b`,
    reason: 'recipient-unknown',
    sender: 'exim',
    docs: 'https://github.com/Exim/exim/blob/master/src/src/configure.default',
    codes: ['550'],
    examples: [
      {
        text: '1999-03-02 09:44:33 H=(test) [192.0.2.1] U=root sender verify fail for <bad@localhost>: 127.0.0.1 [127.0.0.1] : SMTP error from remote mail server after RCPT TO:<bad@localhost>: 550 Unknown user',
        source: `${EXIM_TEST}/log/0388`,
      },
    ],
  },
  {
    // The retry rules gave up. When Exim names the cause before it ("mailbox is full: retry timeout
    // exceeded"), that cause is the better reason.
    id: 'exim-retry-timeout-exceeded',
    pattern: String.raw`retry timeout exceeded`,
    reason: 'expired',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: [],
    examples: [
      { text: '1999-03-02 09:44:33 10HmaX-000000005vi-0000 ** userx@example.com: retry timeout exceeded', source: `${EXIM_TEST}/log/0024` },
      {
        text: 'kijitora@example.com retry timeout exceeded',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-exim-06.eml',
      },
    ],
  },
  {
    id: 'exim-all-hosts-failing',
    pattern: String.raw`have been failing for a long time`,
    reason: 'expired',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: [],
    examples: [
      {
        text: "1999-03-02 09:44:33 10HmbA-000000005vi-0000 ** userx@example.com R=r1 T=t1 : all hosts for 'example.com' have been failing for a long time (and retry time not reached)",
        source: `${EXIM_TEST}/log/0461`,
      },
      {
        text: 'all hosts have been failing for a long time and were last tried after this message arrived',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-exim-08.eml',
      },
    ],
  },
  {
    // appendfile: the system quota (EDQUOT) or Exim's own quota option was reached.
    id: 'exim-mailbox-is-full',
    pattern: String.raw`mailbox is full \((?:MTA-imposed|quota exceeded)`,
    reason: 'mailbox-full',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: ['4.2.2', '5.2.2'],
    examples: [
      {
        text: '1999-03-02 09:44:33 10HmaX-000000005vi-0000 == a@example.com R=smart T=local_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to TESTSUITE/test-mail/a)',
        source: `${EXIM_TEST}/log/0345`,
      },
    ],
  },
  {
    id: 'exim-relay-not-permitted',
    pattern: String.raw`relay not permitted`,
    reason: 'relay-denied',
    sender: 'exim',
    docs: 'https://github.com/Exim/exim/blob/master/src/src/configure.default',
    codes: ['550'],
    examples: [
      {
        text: 'H=(localhost) [192.0.2.1] F=<no-reply@example.com> rejected RCPT <admin11@example.net>: relay not permitted',
        source: 'https://github.com/appwrite/docker-smtp/issues/9',
      },
    ],
  },
  {
    // verify = sender: the envelope sender could not be verified (unroutable, or a callout said no).
    id: 'exim-sender-verify-failed',
    pattern: String.raw`Sender verif(?:y|ication) failed`,
    reason: 'sender-rejected',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: ['550'],
    examples: [
      {
        text: 'Diagnostic-Code: smtp; 550-Verification failed for <user@example.com> 550-The mail server does not recognize user@example.com as a valid sender. 550 Sender verify failed',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/2257',
      },
    ],
  },
  {
    // The DNSBL example of Exim's manual and default configuration ("rejected because ... is in a
    // black list at ..."), used as it stands by many installations.
    id: 'exim-dnsbl-black-list',
    pattern: String.raw`is in a black list at`,
    reason: 'ip-blocklisted',
    // Weak: the list the text names decides (a Spamhaus error answer is not a listing).
    weak: true,
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: ['550'],
    examples: [
      { text: '550-rejected because 192.0.2.13 is in a black list at rbl.example.com', source: `${EXIM_TEST}/stdout/0024` },
      {
        text: '1999-03-02 09:44:33 H=(test) [192.0.2.13] U=CALLER F=<userx@example.com> rejected RCPT <userx@example.com>: rejected because 192.0.2.13 is in a black list at rbl.example.com',
        source: `${EXIM_TEST}/log/0024`,
      },
    ],
  },
  {
    id: 'exim-message-size-exceeds',
    pattern: String.raw`Message size exceeds maximum permitted`,
    reason: 'message-too-large',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: ['552'],
    examples: [{ text: '552 Message size exceeds maximum permitted', source: `${EXIM_TEST}/stdout/0180` }],
  },
  {
    // smtp_accept_max / smtp_accept_max_per_host.
    id: 'exim-too-many-connections',
    pattern: String.raw`Too many concurrent SMTP connections`,
    reason: 'rate-limited',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: ['421'],
    examples: [{ text: '421 Too many concurrent SMTP connections; please try again later.', source: `${EXIM_SRC}/daemon.c` }],
  },
  {
    id: 'exim-mx-points-to-nonexistent-hosts',
    pattern: String.raw`all relevant MX records point to non-existent hosts`,
    reason: 'domain-not-found',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: [],
    examples: [{ text: 'all relevant MX records point to non-existent hosts', source: `${EXIM_SRC}/routers/dnslookup.c` }],
  },
  {
    // The dnslookup router's words for a null MX (RFC 7505): the domain declares it takes no mail.
    id: 'exim-null-mx',
    pattern: String.raw`an MX or SRV record indicated no SMTP service`,
    reason: 'domain-rejects-mail',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: [],
    examples: [
      { text: 'an MX or SRV record indicated no SMTP service', source: `${EXIM_SRC}/routers/dnslookup.c` },
      { text: 'neko@example.org an MX or SRV record indicated no SMTP service', source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-mailru-05.eml' },
    ],
  },
  {
    // The transport's deferral line in the main log, with the system error of the connection.
    id: 'exim-connect-error',
    pattern: String.raw`defer \([0-9]{1,4}\): (?:Connection timed out|Connection refused|No route to host|Network is unreachable)`,
    reason: 'network-error',
    sender: 'exim',
    docs: EXIM_SPEC,
    codes: [],
    examples: [
      {
        text: '2023-03-24 10:02:24 1pfdJV-004eVE-9X == zeus@example.com R=dnslookup T=remote_smtp defer (113): No route to host H=mail.example.com [192.0.2.93]: mail.example.com [192.0.2.93]',
        source: 'https://github.com/hestiacp/hestiacp/issues/3381',
      },
    ],
  },
];
