import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'earthlink', name: 'EarthLink', kind: 'provider' };

export const signatures: SignatureInput[] = [
  {
    id: 'earthlink-ip-blocked',
    pattern: String.raw`is blocked by EarthLink|earthlink\.net/block`,
    reason: 'ip-blocklisted',
    sender: 'earthlink',
    codes: ['550'],
    examples: [
      { text: '550 IP 192.0.2.212 is blocked by EarthLink. Go to earthlink.net/block for details.', source: 'https://pastebin.com/mt8MbFRM' },
    ],
  },
];
