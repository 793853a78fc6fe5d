import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'cloudmark-csi', name: 'Cloudmark Sender Intelligence (CSI)', kind: 'blocklist' };

export const signatures: SignatureInput[] = [
  // Cloudmark's IP reputation list, used by Orange, Tiscali, Comcast and others; the reset request goes to Cloudmark.
  {
    id: 'cloudmark-csi-listed',
    pattern: String.raw`csi\.cloudmark\.com/reset-request`,
    reason: 'ip-blocklisted',
    sender: 'cloudmark-csi',
    codes: ['550', '554'],
    examples: [
      { text: '550-"JunkMail rejected - host.example.net [192.0.2.40]:40598 is in an RBL\n550-on csi.cloudmark.com/reset-request/?ip=192.0.2.40 , see Poor Reputation\n550 Sender"', source: 'https://pastebin.com/ZR4Gcwca' },
      { text: '554 cmgw-1.mail.tiscali.it Tu5K1y00L1wtCLS01 IP: 192.0.2.90, You are not allowed to send mail. Please see http://csi.cloudmark.com/reset-request/?ip=192.0.2.90 if you feel this is in error.', source: 'https://pastebin.com/AtB74KCf' },
    ],
  },
];
