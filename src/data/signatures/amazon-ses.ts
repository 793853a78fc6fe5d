import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'amazon-ses', name: 'Amazon SES', kind: 'service', docs: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html' };

export const signatures: SignatureInput[] = [
  // SES did not try: the address bounced as invalid shortly before (bounce subtype Suppressed), so the real cause is an address that does not exist.
  {
    id: 'ses-suppressed-bounce',
    pattern: String.raw`has suppressed sending to this address because it has a recent history of bouncing`,
    reason: 'recipient-unknown',
    sender: 'amazon-ses',
    docs: 'https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html',
    codes: ['5.1.1'],
    examples: [
      { text: 'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide: http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html', source: 'https://github.com/carbon/Amazon/blob/97bb351b4d7a875ac64e451e3c3c12b482c55c16/src/Amazon.Ses/Notifications/SesNotification.cs' },
    ],
  },
  // The sending account's own SES quota, not the receiver; it resets or can be raised.
  {
    id: 'ses-throttling',
    pattern: String.raw`Throttling failure: (?:Daily message quota exceeded|Maximum sending rate exceeded)`,
    reason: 'rate-limited',
    sender: 'amazon-ses',
    docs: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html',
    codes: ['454'],
    examples: [
      { text: '454 Throttling failure: Daily message quota exceeded', source: 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/5b3d6427a09a45cc58b7c4aec9f418509e8ccb76/doc-source/troubleshoot-smtp.md' },
      { text: '454 Throttling failure: Maximum sending rate exceeded', source: 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/5b3d6427a09a45cc58b7c4aec9f418509e8ccb76/doc-source/troubleshoot-smtp.md' },
    ],
  },
  // The SES account may not send as this address or domain until the identity is verified.
  {
    id: 'ses-identity-not-verified',
    pattern: String.raw`Email address is not verified\. The following identities failed the check|is not authorized to perform ses:Send`,
    reason: 'login-failed',
    sender: 'amazon-ses',
    docs: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html',
    codes: ['554'],
    examples: [
      { text: '554 Message rejected: Email address is not verified. The following identities failed the check in region region: identity0, identity1, identity2', source: 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/5b3d6427a09a45cc58b7c4aec9f418509e8ccb76/doc-source/troubleshoot-smtp.md' },
    ],
  },
  {
    id: 'ses-credentials',
    pattern: String.raw`Authentication Credentials Invalid|Account not subscribed to SES`,
    reason: 'login-failed',
    sender: 'amazon-ses',
    docs: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html',
    codes: ['535'],
    examples: [
      { text: '535 Authentication Credentials Invalid', source: 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/5b3d6427a09a45cc58b7c4aec9f418509e8ccb76/doc-source/troubleshoot-smtp.md' },
      { text: '535 Account not subscribed to SES', source: 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/5b3d6427a09a45cc58b7c4aec9f418509e8ccb76/doc-source/troubleshoot-smtp.md' },
    ],
  },
  {
    id: 'ses-message-too-long',
    pattern: String.raw`552 Message is too long`,
    reason: 'message-too-large',
    sender: 'amazon-ses',
    docs: 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html',
    codes: ['552'],
    examples: [
      { text: '552 Message is too long.', source: 'https://github.com/awsdocs/amazon-ses-developer-guide/blob/5b3d6427a09a45cc58b7c4aec9f418509e8ccb76/doc-source/troubleshoot-smtp.md' },
    ],
  },
  {
    id: 'ses-message-expired',
    pattern: String.raw`Message expired: unable to deliver in \d{1,6} minutes`,
    reason: 'expired',
    sender: 'amazon-ses',
    docs: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
    codes: ['554', '4.4.7'],
    examples: [
      { text: '554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-amazonses-17.eml' },
    ],
  },
];
