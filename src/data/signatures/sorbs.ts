import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'sorbs', name: 'SORBS', kind: 'blocklist' };

export const signatures: SignatureInput[] = [
  // SORBS closed in 2024; these replies come from receivers that queried it before then.
  {
    id: 'sorbs-listed',
    pattern: String.raw`(?:dnsbl|spam\.dnsbl|dul\.dnsbl|new\.spam\.dnsbl)\.sorbs\.net|sorbs\.net/lookup|SORBS DNSBL`,
    reason: 'ip-blocklisted',
    sender: 'sorbs',
    codes: ['554', '521', '5.7.1'],
    examples: [
      { text: '554 5.7.1 Service unavailable; Client host [192.0.2.128] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.128', source: 'https://pastebin.com/yn3Tetbx' },
      { text: '521-5.7.1 Service unavailable; client [203.0.113.225] blocked using dnsbl.sorbs.net 521 5.7.1 Please see http://support.mailhostbox.com/email-administrators-guide-error-codes/ for explanation of the problem.', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-amazonses-16.eml' },
    ],
  },
];
