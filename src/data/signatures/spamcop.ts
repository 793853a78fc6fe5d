import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'spamcop', name: 'SpamCop Blocking List', kind: 'blocklist', docs: 'https://www.spamcop.net/bl.shtml' };

export const signatures: SignatureInput[] = [
  {
    id: 'spamcop-listed',
    pattern: String.raw`bl\.spamcop\.net|spamcop\.net/bl\.shtml`,
    reason: 'ip-blocklisted',
    sender: 'spamcop',
    docs: 'https://www.spamcop.net/bl.shtml',
    codes: ['554', '5.7.1', '550'],
    examples: [
      { text: '554 5.7.1 Service unavailable; Client host [192.0.2.22] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.22', source: 'https://github.com/simple-login/app/issues/497' },
    ],
  },
];
