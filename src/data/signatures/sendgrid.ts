import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'sendgrid', name: 'Twilio SendGrid', kind: 'service', docs: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event' };

export const signatures: SignatureInput[] = [
  // A drop, not a new bounce: the address is on the account's bounce list after an earlier hard bounce.
  {
    id: 'sendgrid-dropped-bounced',
    pattern: String.raw`Bounced Address`,
    reason: 'recipient-unknown',
    sender: 'sendgrid',
    docs: 'https://github.com/sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5/content/docs/glossary/drops.md',
    codes: [],
    examples: [
      { text: 'Bounced Address', source: 'https://github.com/sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5/content/docs/for-developers/tracking-events/event.md' },
    ],
  },
  // Not a delivery failure: SendGrid holds the message back because this recipient filed a spam complaint before.
  {
    id: 'sendgrid-dropped-spam-report',
    pattern: String.raw`Spam Reporting Address`,
    reason: 'complaint-report',
    sender: 'sendgrid',
    docs: 'https://github.com/sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5/content/docs/glossary/drops.md',
    codes: [],
    examples: [
      { text: 'Spam Reporting Address', source: 'https://github.com/sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5/content/docs/glossary/drops.md' },
    ],
  },
  // SendGrid's own Spam Checker filter dropped the message before sending.
  {
    id: 'sendgrid-dropped-spam-content',
    pattern: String.raw`Spam Content`,
    reason: 'spam-detected',
    sender: 'sendgrid',
    docs: 'https://github.com/sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5/content/docs/glossary/drops.md',
    codes: [],
    examples: [
      { text: 'Spam Content', source: 'https://github.com/sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5/content/docs/glossary/drops.md' },
    ],
  },
];
