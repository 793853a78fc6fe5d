import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 't-online', name: 'T-Online (Deutsche Telekom)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  // T-Online's own block list (BL); T-Online asks unknown senders to identify themselves before it accepts their mail.
  {
    id: 'tonline-blocked',
    pattern: String.raw`contact tosa@rx\.t-online\.de to clarify|A problem occurred\. \(Ask your postmaster`,
    reason: 'ip-blocklisted',
    sender: 't-online',
    codes: ['554', '450', '4.7.1'],
    examples: [
      { text: '554 IP=192.0.2.230 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)', source: 'https://pastebin.com/VqKAgV9K' },
    ],
  },
  // T-Online does not say which of the two; spam is by far the common case and the remedy (report to FPR@RX.T-ONLINE.DE) is the same.
  {
    id: 'tonline-spam-or-virus',
    pattern: String.raw`Message considered as spam or virus|rejected due to spam or virus classification`,
    reason: 'spam-detected',
    sender: 't-online',
    codes: ['550', '5.7.0'],
    examples: [
      { text: '550-5.7.0 Message considered as spam or virus, rejected', source: 'https://pastebin.com/K7d7LNwn' },
    ],
  },
];
