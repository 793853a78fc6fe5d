import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'godaddy', name: 'GoDaddy Email (secureserver.net)', kind: 'provider', docs: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685' };

export const signatures: SignatureInput[] = [
  {
    id: 'godaddy-rate',
    pattern: String.raw`has sent (?:to too many|too many) (?:recipients|messages) this hour|IB(?:504|510|605|607)\b`,
    reason: 'rate-limited',
    sender: 'godaddy',
    docs: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
    codes: ['550', '452', '5.1.1'],
    examples: [
      { text: '550 5.1.1 <kijitora@example.com>  - 203.0.113.222 has sent to too many recipients this hour. IB607  <http://x.co/rlbounce>', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-godaddy-03.eml' },
    ],
  },
  {
    id: 'godaddy-spf',
    pattern: String.raw`per it's SPF Record|Invalid SPF record\. Inspect your SPF settings|\bIB508\b`,
    reason: 'authentication-failed',
    sender: 'godaddy',
    docs: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
    codes: ['550', '5.1.0'],
    examples: [
      { text: "550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record. Please inspect your SPF settings, and try again. IB508", source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-office365-03.eml' },
    ],
  },
  // GoDaddy blocks the IP for an hour or a day after it sent spam or mail to many invalid recipients.
  {
    id: 'godaddy-ip-blocked',
    pattern: String.raw`This IP has been (?:temporarily blocked|blocked for the day), for attempting|IB11[0-3]\b`,
    reason: 'bad-reputation',
    sender: 'godaddy',
    docs: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
    codes: ['554'],
    examples: [
      { text: '554 This IP has been blocked for the day, for attempting to send too many messages containing content judged to be spam by the Internet community. IB111', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/GoDaddy.pm' },
    ],
  },
  {
    id: 'godaddy-content-spam',
    pattern: String.raw`\bIB212\b`,
    reason: 'spam-detected',
    sender: 'godaddy',
    docs: 'https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685',
    codes: ['552'],
    examples: [
      { text: '552 This message has been rejected due to content judged to be spam by the internet community. IB212', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/GoDaddy.pm' },
    ],
  },
];
