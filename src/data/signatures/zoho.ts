import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'zoho', name: 'Zoho Mail', kind: 'provider' };

export const signatures: SignatureInput[] = [
  {
    id: 'zoho-user-does-not-exist',
    pattern: String.raw`5\.1\.1 User does not exist`,
    reason: 'recipient-unknown',
    sender: 'zoho',
    codes: ['550', '5.1.1'],
    examples: [
      { text: '550 5.1.1 User does not exist - <kijitora@example.com>', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-zoho-01.eml' },
    ],
  },
  {
    id: 'zoho-policy',
    pattern: String.raw`Email policy violation detected`,
    reason: 'policy-violation',
    sender: 'zoho',
    codes: ['554', '5.7.7'],
    examples: [
      { text: '554 5.7.7 Email policy violation detected', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-zoho-02.eml' },
    ],
  },
  {
    id: 'zoho-flagged-spam',
    pattern: String.raw`Email flagged as Spam`,
    reason: 'spam-detected',
    sender: 'zoho',
    codes: ['554', '5.7.1'],
    examples: [
      { text: '554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-zoho-03.eml' },
    ],
  },
  {
    id: 'zoho-host-not-reachable',
    pattern: String.raw`ERROR_CODE :421, ERROR_CODE :, Host not reachable|ResponseCode 421, , Host not reachable`,
    reason: 'network-error',
    sender: 'zoho',
    codes: [],
    examples: [
      { text: 'kijitora@7jo.example.com Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-zoho-05.eml' },
    ],
  },
];
