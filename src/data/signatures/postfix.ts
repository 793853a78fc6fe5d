/**
 * Postfix: the SMTP server's restrictions (smtpd), the cleanup and queue manager, and the delivery
 * agents (local, virtual, smtp/lmtp client). postscreen and postgrey have their own files. Texts are
 * taken from the Postfix source (vdukhovni/postfix, the official mirror) and from pasted logs and
 * bounces; addresses are replaced with documentation values (docs/architecture.md, Reasons).
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'postfix',
  name: 'Postfix',
  kind: 'mta',
  docs: 'https://www.postfix.org/postconf.5.html',
};

const SMTPD = 'https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd.c';

export const signatures: SignatureInput[] = [
  {
    id: 'postfix-user-unknown-in-table',
    pattern: String.raw`User unknown in (?:local recipient|virtual (?:mailbox|alias)|relay recipient) table`,
    reason: 'recipient-unknown',
    sender: 'postfix',
    docs: 'https://www.postfix.org/LOCAL_RECIPIENT_README.html',
    codes: ['550', '5.1.1', '450', '4.1.1'],
    examples: [
      {
        text: '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
        source: 'https://github.com/mailcow/mailcow-dockerized/issues/893',
      },
      {
        text: '550 5.1.1 : Recipient address rejected: User unknown in local recipient table',
        source: 'https://github.com/jeboehm/docker-mailserver/issues/221',
      },
    ],
  },
  {
    // local(8) and virtual(8) write this when the recipient has no mailbox, alias or .forward.
    id: 'postfix-unknown-user',
    pattern: String.raw`unknown user: "`,
    reason: 'recipient-unknown',
    sender: 'postfix',
    docs: 'https://www.postfix.org/local.8.html',
    codes: ['5.1.1'],
    examples: [
      {
        text: '<kijitora@example.com>: unknown user: "kijitora"',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-14.eml',
      },
    ],
  },
  {
    id: 'postfix-relay-access-denied',
    pattern: String.raw`Relay access denied`,
    reason: 'relay-denied',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unauth_destination',
    codes: ['554', '5.7.1', '454', '4.7.1'],
    examples: [
      {
        text: 'May 22 10:45:17 mail postfix/smtpd[2768]: NOQUEUE: reject: RCPT from unknown[198.51.100.99]: 554 5.7.1 <user@example.net>: Relay access denied; from=<user@mail.example.com> to=<user@example.net> proto=ESMTP helo=<[127.0.0.1]>',
        source: 'https://pastebin.com/cuaSEAAq',
      },
    ],
  },
  {
    id: 'postfix-unknown-client-hostname',
    pattern: String.raw`Client host rejected: cannot find your hostname`,
    reason: 'missing-reverse-dns',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname',
    codes: ['450', '550', '4.7.25', '5.7.25', '4.7.1', '5.7.1'],
    versions: 'Postfix 3.0 and later send DSN 4.7.25/5.7.25 (RFC 7372); Postfix 2.x sent 4.7.1/5.7.1 with the same text',
    examples: [
      {
        text: 'Oct 13 18:20:57 mail postfix/smtpd[51726]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]; from=<from-address> to=<to-address> proto=ESMTP helo=<mail.example.net>',
        source: 'https://github.com/docker-mailserver/docker-mailserver/pull/2691',
      },
    ],
  },
  {
    id: 'postfix-unknown-reverse-client-hostname',
    pattern: String.raw`Client host rejected: cannot find your reverse hostname`,
    reason: 'missing-reverse-dns',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unknown_reverse_client_hostname',
    codes: ['450', '550', '554', '4.7.1', '5.7.1'],
    examples: [
      {
        text: 'host mail.example.net[2001:db8::10] said: 554 5.7.1 Client host rejected: cannot find your reverse hostname, [2001:db8::2] (in reply to RCPT TO command)',
        source: 'https://github.com/anonaddy/anonaddy/issues/713',
      },
    ],
  },
  {
    id: 'postfix-helo-not-fqdn',
    pattern: String.raw`Helo command rejected: need fully-qualified hostname`,
    reason: 'missing-reverse-dns',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_non_fqdn_helo_hostname',
    codes: ['504', '5.5.2'],
    examples: [
      {
        text: 'postfix/smtpd[10031]: NOQUEUE: reject: RCPT from mail.example.org[192.0.2.62]: 504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname; from=<forum@example.org> to=<censored@example.com> proto=ESMTP helo=<mail>',
        source: 'https://github.com/nim-lang/nimforum/issues/105',
      },
    ],
  },
  {
    id: 'postfix-helo-host-not-found',
    pattern: String.raw`Helo command rejected: Host not found`,
    reason: 'missing-reverse-dns',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unknown_helo_hostname',
    codes: ['450', '4.7.1', '550', '5.7.1'],
    examples: [
      {
        text: 'Aug 21 09:15:15 anonaddy postfix/smtpd[1902]: NOQUEUE: reject: RCPT from mx2.example.net[192.0.2.91]: 450 4.7.1 <smtp.example.net>: Helo command rejected: Host not found; from=<no_reply@example.org> to=<user@example.com> proto=ESMTP helo=<smtp.example.net>',
        source: 'https://github.com/anonaddy/docker/issues/167',
      },
    ],
  },
  {
    id: 'postfix-sender-domain-not-found',
    pattern: String.raw`Sender address rejected: Domain not found`,
    reason: 'sender-rejected',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unknown_sender_domain',
    codes: ['450', '550', '4.1.8', '5.1.8'],
    examples: [
      {
        text: 'Dec  3 00:22:27 myserv postfix/smtpd[1521]: NOQUEUE: reject: RCPT from a27-190.smtp-out.example.net[198.51.100.190]: 450 4.1.8 <0101018-618fb3eb024d-000000@email.example.com>: Sender address rejected: Domain not found; from=<0101018-618fb3eb024d-000000@email.example.com> to=<email@example.com> proto=ESMTP helo=<a27-190.smtp-out.example.net>',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/2921',
      },
    ],
  },
  {
    id: 'postfix-recipient-domain-not-found',
    pattern: String.raw`Recipient address rejected: Domain not found`,
    reason: 'domain-not-found',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unknown_recipient_domain',
    codes: ['450', '550', '4.1.2', '5.1.2'],
    examples: [
      {
        text: '450 4.1.2 <user@example.com>: Recipient address rejected: Domain not found',
        source: 'https://github.com/hitobito/hitobito/issues/495',
      },
    ],
  },
  {
    id: 'postfix-null-mx',
    pattern: String.raw`does not accept mail \(nullMX\)`,
    reason: 'domain-rejects-mail',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unknown_recipient_domain',
    codes: ['556', '5.1.10', '550', '5.7.27'],
    versions: 'Postfix 3.0 and later (earlier versions report a null MX as "Malformed or unexpected name server reply")',
    examples: [
      {
        text: 'Dec 1 12:34:56 postfix31 postfix/smtp[3333]: 8A9C342533: to=, relay=none, delay=0.06, delays=0/0.01/0.05/0, dsn=5.1.0, status=bounced (Domain example.com does not accept mail (nullMX))',
        source: 'https://github.com/sisimai/p5-sisimai/issues/206',
      },
    ],
  },
  {
    id: 'postfix-sender-login-mismatch',
    pattern: String.raw`Sender address rejected: not owned by user`,
    reason: 'login-failed',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_sender_login_mismatch',
    codes: ['553', '5.7.1'],
    examples: [
      {
        text: 'May 15 11:16:53 mail postfix/smtpd[1053]: NOQUEUE: reject: RCPT from unknown[0.0.0.0]: 553 5.7.1 <sender@example.com>: Sender address rejected: not owned by user sender@example.com; from=<sender@example.com> to=<user@example.com> proto=ESMTP helo=<[0.0.0.0]>',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1168',
      },
    ],
  },
  {
    // Postfix's default_rbl_reply for reject_rbl_client; the class is "Client host" (or "Unverified
    // Client host" for reject_rbl_client with an unverified name). The list itself is named after
    // "blocked using".
    id: 'postfix-rbl-client-blocked',
    pattern: String.raw`Service unavailable; (?:Unverified Client|Client) host \[[^\]]{1,100}\] blocked using`,
    reason: 'ip-blocklisted',
    // Weak: the list the text names decides (a Spamhaus error answer is not a listing).
    weak: true,
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#default_rbl_reply',
    codes: ['554', '5.7.1', '450', '4.7.1'],
    examples: [
      {
        text: 'Sep 26 18:56:43 vps1 postfix/smtpd[28379]: NOQUEUE: reject: RCPT from mail.example.com[192.0.2.172]: 554 5.7.1 Service unavailable; Client host [192.0.2.172] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.172; from=<.......@example.com> to=<me@example.net> proto=ESMTP helo=<mail.example.com>',
        source: 'https://github.com/sovereign/sovereign/issues/45',
      },
    ],
  },
  {
    id: 'postfix-message-size-exceeds-fixed-limit',
    pattern: String.raw`Message size exceeds fixed limit`,
    reason: 'message-too-large',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#message_size_limit',
    codes: ['552', '5.3.4'],
    examples: [
      { text: '552 5.3.4 Message size exceeds fixed limit', source: 'https://github.com/zokradonh/kopano-docker/issues/409' },
    ],
  },
  {
    // cleanup(8) when the message grows past message_size_limit after it was accepted for queueing.
    id: 'postfix-message-file-too-big',
    pattern: String.raw`message file too big`,
    reason: 'message-too-large',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#message_size_limit',
    codes: ['552', '5.3.4'],
    examples: [
      { text: '552 5.3.4 Error: message file too big', source: 'https://github.com/freescout-help-desk/freescout/issues/4976' },
    ],
  },
  {
    // The receiving Postfix has too little free queue space (queue_minfree / message_size_limit).
    id: 'postfix-insufficient-system-storage',
    pattern: String.raw`Insufficient system storage`,
    reason: 'remote-system-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#queue_minfree',
    codes: ['452', '4.3.1'],
    examples: [
      {
        text: 'May 31 11:00:46 postfix/smtpd[782]: NOQUEUE: reject: MAIL from mail.example.com [xxx.xxx.xxx.xxx]: 452 4.3.1 Insufficient system storage; proto=ESMTP helo=<mail.example.com>',
        source: 'https://github.com/mailcow/mailcow-dockerized/issues/1450',
      },
    ],
  },
  {
    id: 'postfix-starttls-required',
    pattern: String.raw`Must issue a STARTTLS command first`,
    reason: 'tls-required',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#smtpd_tls_security_level',
    codes: ['530', '5.7.0'],
    examples: [
      {
        text: '5.7.0 Must issue a STARTTLS command first (530 5.7.0 Must issue a STARTTLS command first)',
        source: 'https://github.com/mailpile/Mailpile/issues/2251',
      },
    ],
  },
  {
    id: 'postfix-command-not-recognized',
    pattern: String.raw`Error: command not recognized`,
    reason: 'protocol-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtpd.8.html',
    codes: ['500', '502', '5.5.2'],
    versions: 'Postfix 3.7 and later reply 500; Postfix 2.3 to 3.6 replied 502 with the same text',
    examples: [
      { text: '500 5.5.2 Error: command not recognized', source: SMTPD },
      { text: '502 5.5.2 Error: command not recognized', source: 'https://github.com/jstedfast/MailKit/issues/1221' },
    ],
  },
  {
    id: 'postfix-improper-pipelining',
    pattern: String.raw`Improper use of SMTP command pipelining`,
    reason: 'protocol-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#reject_unauth_pipelining',
    codes: ['503', '5.5.0'],
    examples: [
      {
        text: 'May 10 23:31:08 server postfix/submission/smtpd[15008]: 3r4C9S5SrvzbbYr: reject: DATA from hostname.example[127.0.0.1]: 503 5.5.0 <DATA>: Data command rejected: Improper use of SMTP command pipelining; from=<postmaster@example> to=<postmaster@example> proto=ESMTP helo=<hostname.example>',
        source: 'https://github.com/33hops/xsibackup/issues/12',
      },
    ],
  },
  {
    // smtpd_recipient_limit: more recipients than the server takes in one message.
    id: 'postfix-too-many-recipients',
    pattern: String.raw`Error: too many recipients`,
    reason: 'rate-limited',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#smtpd_recipient_limit',
    codes: ['452', '4.5.3', '450', '4.7.1'],
    examples: [
      { text: '452 4.5.3 Error: too many recipients', source: SMTPD },
    ],
  },
  {
    // check_policy_service could not reach its policy server: smtpd_policy_service_default_action.
    id: 'postfix-server-configuration-problem',
    pattern: String.raw`rejected: Server configuration (?:problem|error)`,
    reason: 'remote-system-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#smtpd_policy_service_default_action',
    codes: ['451', '4.3.5'],
    examples: [
      {
        text: 'Mar 18 16:56:17 mail postfix/smtpd[20787]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 451 4.3.5 <user@example.com>: Recipient address rejected: Server configuration problem; from=<user@example.net> to=<user@example.com> proto=ESMTP helo=<email.example.net>',
        source: 'https://github.com/modoboa/modoboa/issues/2200',
      },
    ],
  },
  {
    // Smuggling protection (smtpd_forbid_bare_newline): the client ended a line with LF, not CRLF.
    id: 'postfix-bare-lf',
    pattern: String.raw`Error: bare <LF> received`,
    reason: 'not-rfc-compliant',
    sender: 'postfix',
    docs: 'https://www.postfix.org/postconf.5.html#smtpd_forbid_bare_newline',
    codes: ['521', '550', '5.5.2'],
    versions: 'Postfix 3.9 and later, and the back ports of smtpd_forbid_bare_newline to 3.5-3.8 (RELEASE_NOTES-3.9 names 3.8.5, 3.7.10, 3.6.14 and 3.5.24)',
    examples: [
      { text: '521 5.5.2 mail.example.com Error: bare <LF> received', source: 'https://github.com/VernissageApp/VernissageServer/issues/28' },
    ],
  },
  {
    id: 'postfix-host-or-domain-not-found',
    pattern: String.raw`Host or domain name not found\. Name service error for name=[^ ]{1,100} type=[A-Za-z]{1,10}: Host not found(?:[^,]|$)`,
    reason: 'domain-not-found',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtp.8.html',
    codes: ['5.4.4', '5.1.2'],
    examples: [
      {
        text: '<kijitora@neko.example.com>: Host or domain name not found. Name service error for name=neko.example.com type=AAAA: Host not found',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-06.eml',
      },
    ],
  },
  {
    // A temporary resolver failure: the domain may well exist.
    id: 'postfix-dns-try-again',
    pattern: String.raw`Name service error for name=[^ ]{1,100} type=[A-Za-z]{1,10}: Host not found, try again`,
    reason: 'network-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtp.8.html',
    codes: ['4.4.3'],
    examples: [
      {
        text: 'Jul 10 07:05:24 mail postfix/smtp[22780]: 2241C417F7: to=<******@example.com>, relay=none, delay=168374, delays=168364/0.04/10/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again)',
        source: 'https://github.com/mail-in-a-box/mailinabox/issues/1607',
      },
    ],
  },
  {
    // A broken DNS answer. Postfix before 3.0 also reported a null MX this way.
    id: 'postfix-dns-malformed-reply',
    pattern: String.raw`Name service error for name=[^ ]{1,100} type=[A-Za-z]{1,10}: Malformed or unexpected name server reply`,
    reason: 'network-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtp.8.html',
    codes: ['4.4.3', '5.4.4'],
    examples: [
      {
        text: '<kijitora@example.org>: Name service error for name=example.org type=MX: Malformed or unexpected name server reply',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-17.eml',
      },
    ],
  },
  {
    id: 'postfix-connect-failed',
    pattern: String.raw`connect to [^ ]{1,100}: (?:Connection (?:timed out|refused)|No route to host|Network is unreachable|Operation timed out)`,
    reason: 'network-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtp.8.html',
    codes: ['4.4.1'],
    examples: [
      {
        text: 'Nov  3 18:11:25 mail postfix/smtp[1449]: AA16BBDD: to=<root@mail.example.com>, relay=none, delay=309063, delays=309033/0.01/30/0, dsn=4.4.1, status=deferred (connect to mail.example.com[192.0.2.123]:25: Connection timed out)',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/374',
      },
      {
        text: 'postfix/smtp[3517]: connect to example.com[192.0.2.1]:25: Connection refused',
        source: 'https://github.com/Hsn723/postfix_exporter/issues/302',
      },
    ],
  },
  {
    id: 'postfix-lost-connection',
    pattern: String.raw`lost connection with [^ ]{1,100} while`,
    reason: 'network-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtp.8.html',
    codes: ['4.4.2'],
    examples: [
      {
        text: '<nyaan@example.com>: lost connection with mx2.example.com[192.0.2.86] while performing the HELO handshake',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-56.eml',
      },
    ],
  },
  {
    id: 'postfix-conversation-timed-out',
    pattern: String.raw`conversation with [^ ]{1,100} timed out while`,
    reason: 'network-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtp.8.html',
    codes: ['4.4.2'],
    examples: [
      {
        text: 'Feb 16 19:55:31 mail postfix/smtp[1469]: 421DDF840E6: to=<redacted@example.de>, relay=mx00.example.net[192.0.2.9]:25, delay=14142, delays=13542/0.04/600/0, dsn=4.4.2, status=deferred (conversation with mx00.example.net[192.0.2.9] timed out while receiving the initial server greeting)',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/3094',
      },
    ],
  },
  {
    // The MX of the recipient domain is this very server, which does not treat the domain as local.
    id: 'postfix-loops-back-to-myself',
    pattern: String.raw`loops back to myself`,
    reason: 'network-error',
    sender: 'postfix',
    docs: 'https://www.postfix.org/smtp.8.html',
    codes: ['5.4.6'],
    examples: [
      {
        text: 'Oct 07 13:04:23 mail postfix/smtp[229]: 8A7D11657: to=<contact@example.com>, relay=none, delay=0.01, delays=0/0/0/0, dsn=5.4.6, status=bounced (mail for example.com loops back to myself)',
        source: 'https://github.com/bokysan/docker-postfix/issues/88',
      },
    ],
  },
  {
    // qmgr(8) defers the rest of a destination's queue after a delivery failure; the words after the
    // colon name the failure, most often a connection one. Matched as a fallback only.
    id: 'postfix-delivery-temporarily-suspended',
    pattern: String.raw`delivery temporarily suspended`,
    reason: 'network-error',
    weak: true,
    sender: 'postfix',
    docs: 'https://www.postfix.org/qmgr.8.html',
    codes: ['4.4.1', '4.4.2'],
    examples: [
      {
        text: '<user@example.com>: delivery temporarily suspended: connect to alt2.mx.example.com[192.0.2.26]:25: Connection timed out',
        source: 'https://github.com/sentora/sentora-core/issues/346',
      },
    ],
  },
  {
    // local(8), virtual(8) or pipe(8) got EDQUOT writing the mailbox: the recipient is over quota.
    id: 'postfix-disk-quota-exceeded',
    pattern: String.raw`Disk quota exceeded`,
    reason: 'mailbox-full',
    sender: 'postfix',
    docs: 'https://www.postfix.org/virtual.8.html',
    codes: ['4.2.2', '5.2.2'],
    examples: [
      {
        text: 'x-unix; /var/email/kijitora/Maildir/tmp/1000000000.A000000B00000.neko22: Disk quota exceeded',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-postfix-45.eml',
      },
    ],
  },
];
