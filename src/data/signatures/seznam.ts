import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'seznam', name: 'Seznam.cz', kind: 'provider' };

export const signatures: SignatureInput[] = [
  {
    id: 'seznam-spf-denied',
    pattern: String.raw`Sender Policy Framework of .{1,100} domain denied your IP address`,
    reason: 'authentication-failed',
    sender: 'seznam',
    codes: ['550', '5.7.1'],
    examples: [
      { text: "550 5.7.1 Sender Policy Framework of `example.com' domain denied your IP address.", source: 'https://pastebin.com/ZsE78BAU' },
    ],
  },
];
