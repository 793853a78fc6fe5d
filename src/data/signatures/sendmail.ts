/**
 * Sendmail: the SMTP server's replies, the delivery status ("stat=") it logs and puts into bounces,
 * and the texts of its m4 configuration (proto.m4, the dnsbl feature). Sources: the Sendmail release
 * sources as imported in hrs-allbsd/sendmail, and real bounces collected by sisimai.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SM = 'https://github.com/hrs-allbsd/sendmail/blob/master';
const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';

export const sender: SenderInput = {
  id: 'sendmail',
  name: 'Sendmail',
  kind: 'mta',
  docs: `${SM}/cf/README`,
};

export const signatures: SignatureInput[] = [
  {
    // "<address>... User unknown" in replies and bounces; "stat=User unknown" in the log.
    id: 'sendmail-user-unknown',
    pattern: String.raw`(?:\.\.\.|stat=) ?User unknown`,
    reason: 'recipient-unknown',
    sender: 'sendmail',
    docs: `${SM}/cf/m4/proto.m4`,
    codes: ['550', '5.1.1'],
    examples: [
      { text: 'Diagnostic-Code: SMTP; 550 5.1.1 <userunknown@example.org>... User Unknown', source: `${SISIMAI}/lhost-sendmail-02.eml` },
      { text: '550 5.1.1 <=?utf-8?B?8J+QiPCfkIg=?=@example.org>... User unknown', source: `${SISIMAI}/lhost-sendmail-25.eml` },
    ],
  },
  {
    // Excludes "Relaying denied. IP name ..." (the reverse-DNS variants below).
    id: 'sendmail-relaying-denied',
    pattern: String.raw`Relaying denied(?:\. Proper authentication required|$|[^.])`,
    reason: 'relay-denied',
    sender: 'sendmail',
    docs: `${SM}/cf/m4/proto.m4`,
    codes: ['550', '5.7.1'],
    examples: [
      { text: 'Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied', source: 'https://github.com/jan-vince/smallcontactform/issues/95' },
      { text: '550 Relaying denied. Proper authentication required.', source: `${SM}/cf/m4/proto.m4` },
    ],
  },
  {
    // check_relay: the client's PTR name does not resolve back to its address (FEATURE delay_checks
    // off, no access map entry).
    id: 'sendmail-ip-name-forged',
    pattern: String.raw`(?:Relaying|Access) denied\. IP name (?:possibly forged|lookup failed)`,
    reason: 'missing-reverse-dns',
    sender: 'sendmail',
    docs: `${SM}/cf/m4/proto.m4`,
    codes: ['550', '450', '5.7.1', '4.7.1'],
    examples: [
      { text: '550 5.7.1 <user@example.net>... Relaying denied. IP name lookup failed [192.0.2.242]', source: 'https://github.com/nodemailer/nodemailer/issues/190' },
    ],
  },
  {
    id: 'sendmail-sender-domain-does-not-exist',
    pattern: String.raw`Domain of sender address [^ ]{1,100} does not (?:exist|resolve)`,
    reason: 'sender-rejected',
    sender: 'sendmail',
    docs: `${SM}/cf/m4/proto.m4`,
    codes: ['553', '451', '5.1.8', '4.1.8'],
    examples: [
      {
        text: 'Diagnostic-Code: SMTP; 553 5.1.8 <httpd@host1.mx.example.com>... Domain of sender address httpd@host1.mx.example.com does not exist',
        source: `${SISIMAI}/lhost-sendmail-04.eml`,
      },
    ],
  },
  {
    id: 'sendmail-message-size-exceeds-maximum',
    pattern: String.raw`Message size exceeds (?:fixed maximum message size \(|maximum value)`,
    reason: 'message-too-large',
    sender: 'sendmail',
    docs: `${SM}/sendmail/srvrsmtp.c`,
    codes: ['552', '5.2.3'],
    examples: [
      { text: 'Diagnostic-Code: SMTP; 552 5.2.3 Message size exceeds fixed maximum message size (10485760)', source: `${SISIMAI}/lhost-sendmail-05.eml` },
      { text: '552 5.2.3 Message size exceeds maximum value', source: `${SM}/sendmail/srvrsmtp.c` },
    ],
  },
  {
    id: 'sendmail-message-exceeds-maximum-fixed-size',
    pattern: String.raw`Message exceeds maximum fixed size`,
    reason: 'message-too-large',
    sender: 'sendmail',
    docs: `${SM}/sendmail/collect.c`,
    codes: ['552', '5.2.3'],
    examples: [{ text: '552 Message exceeds maximum fixed size', source: `${SM}/sendmail/collect.c` }],
  },
  {
    id: 'sendmail-host-unknown',
    pattern: String.raw`Host unknown \(Name server: [^)]{1,100}: (?:host not found|no data known)\)`,
    reason: 'domain-not-found',
    sender: 'sendmail',
    docs: `${SM}/sendmail/err.c`,
    codes: ['550', '5.1.2'],
    versions: 'Sendmail before 8.16.1 also reports a null MX domain this way ("Name server: .: host not found")',
    examples: [
      { text: '550 5.1.2 <neko@example.jp>... Host unknown (Name server: example.jp.: host not found)', source: `${SISIMAI}/lhost-sendmail-24.eml` },
      { text: '550 5.1.2 <kijitora@example.org>... Host unknown (Name server: smtp24.example.org: no data known)', source: `${SISIMAI}/lhost-sendmail-15.eml` },
    ],
  },
  {
    // A temporary resolver failure, retried.
    id: 'sendmail-host-name-lookup-failure',
    pattern: String.raw`Name server: [^ ]{1,100}: host name lookup failure`,
    reason: 'network-error',
    sender: 'sendmail',
    docs: `${SM}/sendmail/err.c`,
    codes: ['4.4.3'],
    examples: [{ text: '<kijitora@example.com>... Deferred: Name server: example.com.: host name lookup failure', source: `${SISIMAI}/lhost-sendmail-11.eml` }],
  },
  {
    id: 'sendmail-null-mx',
    pattern: String.raw`Host does not accept mail`,
    reason: 'domain-rejects-mail',
    sender: 'sendmail',
    docs: `${SM}/sendmail/deliver.c`,
    codes: ['556', '550', '5.1.10'],
    versions: 'Sendmail 8.16.1: "550 Host does not accept mail"; 8.17.1 and later: "556 Host does not accept mail: MX 0 ."',
    examples: [
      { text: 'Diagnostic-Code: SMTP; 550 Host does not accept mail', source: `${SISIMAI}/lhost-sendmail-57.eml` },
      { text: '556 Host does not accept mail: MX 0 .', source: `${SM}/sendmail/deliver.c` },
    ],
  },
  {
    id: 'sendmail-deferred-connection',
    pattern: String.raw`Deferred: Connection (?:refused by|timed out|reset by)`,
    reason: 'network-error',
    sender: 'sendmail',
    docs: `${SM}/sendmail/err.c`,
    codes: ['4.4.1', '4.0.0'],
    examples: [
      { text: '<kijitora@example.com>... Deferred: Connection refused by mx.example.com.', source: `${SISIMAI}/lhost-sendmail-21.eml` },
      {
        text: '421 example.com (smtp)... Deferred: Connection timed out during user open with example.com',
        source: `${SISIMAI}/lhost-v5sendmail-01.eml`,
      },
    ],
  },
  {
    // A forwarding loop: the Received: count passed MaxHopCount.
    id: 'sendmail-too-many-hops',
    pattern: String.raw`5\.4\.6 Too many hops`,
    reason: 'network-error',
    sender: 'sendmail',
    docs: `${SM}/sendmail/deliver.c`,
    codes: ['554', '5.4.6'],
    examples: [
      {
        text: '554 5.4.6 Too many hops 26 (25 max): from <shironeko@example.jp> via localhost, to <kijitora@example.com>',
        source: `${SISIMAI}/lhost-sendmail-20.eml`,
      },
    ],
  },
  {
    // mail.local, Sendmail's local delivery agent: EDQUOT or EFBIG writing the mailbox.
    id: 'sendmail-mailbox-full-or-quota',
    pattern: String.raw`Mailbox full or quota exceeded`,
    reason: 'mailbox-full',
    sender: 'sendmail',
    docs: `${SM}/mail.local/mail.local.c`,
    codes: ['551', '5.2.2'],
    examples: [{ text: 'Mailbox full or quota exceeded', source: `${SM}/mail.local/mail.local.c` }],
  },
  {
    // EX_UNAVAILABLE, also used when a remote 5xx reply carries no more telling status: the
    // summary itself does not say why; the remote reply (when logged) does.
    id: 'sendmail-stat-service-unavailable',
    pattern: String.raw`stat=Service unavailable`,
    reason: 'unclassified',
    weak: true,
    sender: 'sendmail',
    docs: `${SM}/libsm/strexit.c`,
    codes: ['554', '5.0.0'],
    examples: [
      {
        text: 'sm-mta[9471]: 093DecOR009469: to=<user@example.com>, delay=00:00:06, xdelay=00:00:06, mailer=esmtp, pri=120592, relay=mail.example.com. [192.0.2.104], dsn=5.0.0, stat=Service unavailable',
        source: 'https://github.com/PHPMailer/PHPMailer/issues/2153',
      },
    ],
  },
];
