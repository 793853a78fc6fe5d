import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'i-ua', name: 'I.UA / bigmir)net mail (Ukraine)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  // A frozen mailbox was not used for months; it exists but takes no mail.
  {
    id: 'iua-mailbox-frozen',
    pattern: String.raw`Mailbox is frozen`,
    reason: 'recipient-disabled',
    sender: 'i-ua',
    codes: ['550'],
    examples: [
      { text: '550 Mailbox is frozen. See http://mail.i.ua/err/3/', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-iua-01.eml' },
      { text: '550 Mailbox is frozen. See http://mail.bigmir.net/err/3/', source: 'https://pastebin.com/UWADPXYL' },
    ],
  },
];
