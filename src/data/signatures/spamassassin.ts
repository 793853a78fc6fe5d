/**
 * Apache SpamAssassin as MTAs use it to reject at SMTP time: spamass-milter, the Sendmail/Postfix
 * milter for spamd, whose default reject text names SpamAssassin.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'spamassassin',
  name: 'SpamAssassin (spamass-milter)',
  kind: 'filter',
  docs: 'https://github.com/apache/spamassassin',
};

export const signatures: SignatureInput[] = [
  {
    id: 'spamassassin-blocked',
    pattern: String.raw`Blocked by SpamAssassin`,
    reason: 'spam-detected',
    sender: 'spamassassin',
    docs: 'https://github.com/andybalholm/spamass-milter/blob/7256bc0d5c14c5e6b5ba55a31c92900d697d3102/spamass-milter.cpp',
    codes: ['550', '5.7.1'],
    examples: [
      { text: 'Blocked by SpamAssassin', source: 'https://github.com/andybalholm/spamass-milter/blob/7256bc0d5c14c5e6b5ba55a31c92900d697d3102/spamass-milter.cpp' },
    ],
  },
];
