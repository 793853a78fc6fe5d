import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'icloud', name: 'iCloud Mail', kind: 'provider', docs: 'https://support.apple.com/en-us/HT204137' };

export const signatures: SignatureInput[] = [
  {
    id: 'icloud-over-quota',
    pattern: String.raw`user is over quota`,
    reason: 'mailbox-full',
    sender: 'icloud',
    docs: 'https://support.apple.com/en-us/HT204137',
    codes: ['552', '5.2.2'],
    examples: [
      { text: '552 5.2.2 <user@example.com>: user is over quota', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-apple-03.eml' },
    ],
  },
  {
    id: 'icloud-inactive',
    pattern: String.raw`inactive email address`,
    reason: 'recipient-disabled',
    sender: 'icloud',
    docs: 'https://support.apple.com/en-us/HT204137',
    codes: ['550', '5.1.1'],
    examples: [
      { text: '550 5.1.1 <user@example.com>: inactive email address', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-apple-04.eml' },
    ],
  },
  // Sent with 5.1.6 (destination mailbox has moved); iCloud gives no forwarding address.
  {
    id: 'icloud-no-longer-on-server',
    pattern: String.raw`recipient no longer on server`,
    reason: 'recipient-moved',
    sender: 'icloud',
    docs: 'https://support.apple.com/en-us/HT204137',
    codes: ['550', '5.1.6'],
    examples: [
      { text: '550 5.1.6 recipient no longer on server: user@example.com', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-apple-01.eml' },
    ],
  },
  {
    id: 'icloud-dmarc',
    pattern: String.raw`rejected due to .{1,100}'s DMARC policy|failing both SPF and DKIM`,
    reason: 'authentication-failed',
    sender: 'icloud',
    docs: 'https://support.apple.com/en-us/HT204137',
    codes: ['554', '5.7.1'],
    examples: [
      { text: "554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-apple-02.eml' },
    ],
  },
  // Apple names no cause beyond its own policy; the literal reading is a policy refusal.
  {
    id: 'icloud-local-policy',
    pattern: String.raw`\[CS0\d\] Message rejected due to local policy|Message rejected due to local policy\. Please visit https://support\.apple\.com`,
    reason: 'policy-violation',
    sender: 'icloud',
    docs: 'https://support.apple.com/en-us/HT204137',
    codes: ['550', '554', '5.7.1'],
    examples: [
      { text: '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', source: 'https://pastebin.com/C488tYBW' },
    ],
  },
  {
    id: 'icloud-excessive-volume',
    pattern: String.raw`deferred due to excessive volume`,
    reason: 'rate-limited',
    sender: 'icloud',
    docs: 'https://support.apple.com/en-us/HT204137',
    codes: ['421', '4.7.1'],
    examples: [
      { text: '421 4.7.1 Messages to ****@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137', source: 'https://github.com/sisimai/go-sisimai/blob/ed142ded2c40de1233f82d8405a0acf0b76998c6/rhost/for-apple.go' },
    ],
  },
];
