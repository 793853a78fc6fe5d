import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'comcast', name: 'Comcast (Xfinity)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  // Comcast's own block list (BL codes).
  {
    id: 'comcast-blocked-for-spam',
    pattern: String.raw`Comcast block for spam|comcast\.net/smtp-error-codes\.php#BL`,
    reason: 'ip-blocklisted',
    sender: 'comcast',
    codes: ['554'],
    examples: [
      { text: '554 resimta-po-09v.sys.comcast.net comcast 192.0.2.14 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000', source: 'https://pastebin.com/VQBiZTRb' },
    ],
  },
];
