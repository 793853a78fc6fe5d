import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'orange', name: 'Orange / Wanadoo (France)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  {
    id: 'orange-invalid-recipient',
    pattern: String.raw`destinataire invalide\. Invalid recipient\. OFR`,
    reason: 'recipient-unknown',
    sender: 'orange',
    codes: ['550', '5.1.1'],
    examples: [
      { text: '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-franceptt-01.eml' },
    ],
  },
  // Orange's block follows Cloudmark's reputation data; the reset request goes to Cloudmark.
  {
    id: 'orange-ip-blocked-spam',
    pattern: String.raw`Client host blocked for spamming issues|Adresse IP source bloquee pour incident de spam`,
    reason: 'ip-blocklisted',
    sender: 'orange',
    codes: ['550'],
    examples: [
      { text: '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 [102]', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-franceptt-06.eml' },
    ],
  },
  {
    id: 'orange-overquota',
    pattern: String.raw`Boite du destinataire pleine|Recipient overquota`,
    reason: 'mailbox-full',
    sender: 'orange',
    codes: ['552', '5.1.1'],
    examples: [
      { text: 'Recipient overquota. OFR_417 [417]', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/FrancePTT.pm' },
    ],
  },
  {
    id: 'orange-too-many-connections',
    pattern: String.raw`Too many connections, slow down`,
    reason: 'rate-limited',
    sender: 'orange',
    codes: ['421'],
    examples: [
      { text: 'Too many connections, slow down. OFR005_104 [104]', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/FrancePTT.pm' },
    ],
  },
  {
    id: 'orange-invalid-sender',
    pattern: String.raw`Emetteur invalide\. Invalid Sender`,
    reason: 'sender-rejected',
    sender: 'orange',
    codes: ['501', '5.1.0'],
    examples: [
      { text: '501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/FrancePTT.pm' },
    ],
  },
];
