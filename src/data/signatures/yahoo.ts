import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'yahoo', name: 'Yahoo Mail / AOL Mail', kind: 'provider', docs: 'https://senders.yahooinc.com/smtp-error-codes/' };

export const signatures: SignatureInput[] = [
  {
    id: 'yahoo-no-such-user',
    pattern: String.raw`This user doesn't have an? \S{1,40} account`,
    reason: 'recipient-unknown',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['554'],
    examples: [
      { text: "554 delivery error: dd This user doesn't have a yahoo.com account (user@example.com) [-9] - mta4083.mail.ne1.yahoo.com", source: 'https://pastebin.com/qzhDuz6L' },
      { text: "554 delivery error: dd This user doesn't have a yahoo.com account (this-local-part-does-not-exist@example.com) [0] - mta1061.mail.ne1.yahoo.com", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-yahooinc-03.eml' },
    ],
  },
  {
    id: 'yahoo-account-disabled',
    pattern: String.raw`account has been disabled or discontinued|This mailbox is disabled`,
    reason: 'recipient-disabled',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['554'],
    examples: [
      { text: '554 delivery error: dd Sorry your message to user@example.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta1196.mail.gq1.yahoo.com', source: 'https://pastebin.com/myPzc1kw' },
    ],
  },
  // TSS04 names "unexpected volume or user complaints": both are how Yahoo judges a source's
  // reputation (docs/architecture.md: bad-reputation covers complaints and volume), and the remedy
  // is the sender's practices, not waiting.
  {
    id: 'yahoo-tss04-volume',
    pattern: String.raw`temporarily deferred due to unexpected volume`,
    reason: 'bad-reputation',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['421', '4.7.0'],
    examples: [
      { text: '421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.verizonmedia.com/error-codes', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-yahooinc-02.eml' },
    ],
  },
  // The only cause named is recipients' complaints, i.e. Yahoo distrusts the source; retrying alone does not fix it.
  {
    id: 'yahoo-deferred-complaints',
    pattern: String.raw`temporarily deferred due to user complaints`,
    reason: 'bad-reputation',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['421', '4.7.0'],
    examples: [
      { text: '421 4.7.0 [TSS04] Messages from 192.0.2.82 temporarily deferred due to user complaints - 4.16.55.1; see https://help.yahoo.com/kb/postmaster/SLN3434.html', source: 'https://pastebin.com/yEw1BuRq' },
      { text: '421 4.7.0 [TS01] Messages from 192.0.2.74 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html', source: 'https://pastebin.com/cr3HpBFj' },
    ],
  },
  // Yahoo refuses everything from the IP (TSS06, TSS09, TSS11): its reputation system has blocked the source.
  {
    id: 'yahoo-permanently-deferred',
    pattern: String.raw`will be permanently deferred|permanently deferred; Retrying will NOT succeed`,
    reason: 'bad-reputation',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['553', '5.7.2', '421', '4.7.1'],
    examples: [
      { text: '553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/YahooInc.pm' },
    ],
  },
  {
    id: 'yahoo-spamhaus-listed',
    pattern: String.raw`because the ip is in Spamhaus's list|not accepted from IP addresses on Spamhaus`,
    reason: 'ip-blocklisted',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['553', '5.7.1'],
    examples: [
      { text: "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html", source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/YahooInc.pm' },
      { text: '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/YahooInc.pm' },
    ],
  },
  {
    id: 'yahoo-policy-reasons',
    pattern: String.raw`(?:Message|Email) not accepted for policy reasons`,
    reason: 'policy-violation',
    sender: 'yahoo',
    docs: 'https://help.yahoo.com/kb/SLN7253.html',
    codes: ['554', '5.7.9'],
    examples: [
      { text: '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.verizonmedia.com/error-codes', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-yahooinc-01.eml' },
    ],
  },
  {
    id: 'yahoo-unauthenticated',
    pattern: String.raw`Yahoo requires all senders to authenticate`,
    reason: 'authentication-failed',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/#authentication-failures',
    codes: ['550', '5.7.9'],
    examples: [
      { text: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = FAILURE - SPF example.com with ip 192.0.2.170 = FAILURE. See https://senders.yahooinc.com/smtp-error-codes/#authentication-failures for more information.', source: 'https://github.com/docusealco/docuseal/issues/524' },
    ],
  },
  {
    id: 'yahoo-receiving-too-fast',
    pattern: String.raw`User is receiving mail too quickly|Max message per connection reached`,
    reason: 'rate-limited',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['450', '4.2.1', '421'],
    examples: [
      { text: '450 4.2.1 User is receiving mail too quickly', source: 'https://pastebin.com/rJxfcyvj' },
    ],
  },
  {
    id: 'yahoo-message-too-big',
    pattern: String.raw`message size exceeds maximum message size`,
    reason: 'message-too-large',
    sender: 'yahoo',
    docs: 'https://senders.yahooinc.com/smtp-error-codes/',
    codes: ['552'],
    examples: [
      { text: '552 message size exceeds maximum message size', source: 'https://pastebin.com/MAjBV3zj' },
    ],
  },
  // Yahoo refuses IPs it found to be open relays or open proxies, for at least 60 days.
  {
    id: 'yahoo-open-relay',
    pattern: String.raw`553 Mail from \S{1,50} not allowed`,
    reason: 'ip-blocklisted',
    sender: 'yahoo',
    docs: 'https://help.yahoo.com/kb/SLN5066.html',
    codes: ['553'],
    examples: [
      { text: '553 Mail from x.x.x.x not allowed', source: 'https://help.yahoo.com/kb/SLN5066.html' },
    ],
  },
];
