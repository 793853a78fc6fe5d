import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'mailgun', name: 'Mailgun', kind: 'service' };

export const signatures: SignatureInput[] = [
  // Mailgun's bounce suppression (reason suppress-bounce, code 605): the address bounced permanently before.
  {
    id: 'mailgun-previously-bounced',
    pattern: String.raw`Not delivering to previously bounced address`,
    reason: 'recipient-unknown',
    sender: 'mailgun',
    docs: 'https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-events.rst',
    codes: [],
    examples: [
      { text: 'Not delivering to previously bounced address', source: 'https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-events.rst' },
    ],
  },
  // Mailgun refuses to relay from a sandbox domain to anyone but its authorised recipients.
  {
    id: 'mailgun-sandbox',
    pattern: String.raw`Sandbox subdomains are for test purposes only`,
    reason: 'relay-denied',
    sender: 'mailgun',
    docs: 'https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-events.rst',
    codes: [],
    examples: [
      { text: 'Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.', source: 'https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-events.rst' },
    ],
  },
  {
    id: 'mailgun-no-mx',
    pattern: String.raw`No MX for \[`,
    reason: 'domain-not-found',
    sender: 'mailgun',
    docs: 'https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-events.rst',
    codes: [],
    examples: [
      { text: 'No MX for [example.com]', source: 'https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/api-events.rst' },
    ],
  },
];
