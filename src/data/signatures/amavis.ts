/**
 * amavis (amavisd-new), the content filter between an MTA and virus and spam scanners: its main-log
 * verdicts ("Blocked SPAM", "Blocked INFECTED (...)"), its SMTP responses ("... id=<n> - BANNED: ...")
 * and the text of its non-delivery notifications. Source: amavisd-new 2.11 (tajohnson/amavisd-new).
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const AMAVISD = 'https://github.com/tajohnson/amavisd-new/blob/main/amavisd';

export const sender: SenderInput = {
  id: 'amavis',
  name: 'amavis (amavisd-new)',
  kind: 'filter',
};

export const signatures: SignatureInput[] = [
  {
    id: 'amavis-blocked-spam',
    pattern: String.raw`Blocked SPAM`,
    reason: 'spam-detected',
    sender: 'amavis',
    docs: AMAVISD,
    codes: [],
    examples: [
      {
        text: 'Feb 12 20:55:30 mail amavis[1043]: (01043-01) Blocked SPAM {BouncedInternal,Quarantined}, LOCAL [192.0.2.101]:57278 <user@example.net> -> <user@example.com>, quarantine: L/spam-LMHsfmxldtMS.gz, Queue-ID: 35EE580A20, mail_id: LMHsfmxldtMS, Hits: 1005.482, size: 544, 999 ms',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1396',
      },
    ],
  },
  {
    // The text of amavis's non-delivery notification for spam.
    id: 'amavis-ube-notification',
    pattern: String.raw`was considered unsolicited bulk e-mail \(UBE\)`,
    reason: 'spam-detected',
    sender: 'amavis',
    docs: AMAVISD,
    codes: [],
    examples: [{ text: 'was considered unsolicited bulk e-mail (UBE).', source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1471' }],
  },
  {
    // The SMTP reply of older amavisd-new releases, still seen from appliances built on it.
    id: 'amavis-content-rejected-ube',
    pattern: String.raw`Message content rejected, UBE, id=`,
    reason: 'spam-detected',
    sender: 'amavis',
    docs: AMAVISD,
    codes: ['550', '554', '5.7.1', '5.7.0'],
    examples: [
      { text: 'Diagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=00000-22-225', source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-barracuda-01.eml' },
    ],
  },
  {
    id: 'amavis-infected',
    pattern: String.raw`Blocked INFECTED|id=[0-9A-Za-z-]{1,40} - INFECTED: `,
    reason: 'virus-detected',
    sender: 'amavis',
    docs: AMAVISD,
    codes: ['554', '5.7.0'],
    examples: [
      {
        text: 'Feb 10 01:27:49 mx-1 amavis[27693]: (27693-06) Blocked INFECTED (Win.Trojan.Generickd-2094), [192.0.2.196] [198.51.100.187] <user@example.org> -> <user@example.com>, quarantine: 3/virus-3tsxby3v3tSL, Message-ID: <201502100027.t1A0Rldx012631@example.com>, mail_id: 3tsxby3v3tSL, Hits: -, size: 253117, 284 ms',
        source: 'https://github.com/darold/sendmailanalyzer/issues/26',
      },
    ],
  },
  {
    // A banned attachment name or type (executables and the like): the receiver's policy.
    id: 'amavis-banned',
    pattern: String.raw`Blocked BANNED|id=[0-9A-Za-z-]{1,40} - BANNED: `,
    reason: 'policy-violation',
    sender: 'amavis',
    docs: AMAVISD,
    codes: ['554', '5.7.0'],
    examples: [
      { text: '250 2.7.0 Ok, discarded, id=30329-04 - BANNED: .exe,.exe-ms,0001.dat', source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1477' },
    ],
  },
  {
    // amavis's own non-delivery notification for a banned attachment.
    id: 'amavis-dsn-banned',
    pattern: String.raw`Banned names?: |Content type: Banned`,
    reason: 'policy-violation',
    sender: 'amavis',
    docs: AMAVISD,
    codes: [],
    examples: [{ text: 'Banned name: .exe,.exe-ms,0001.dat Content type: Banned', source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1477' }],
  },
];
