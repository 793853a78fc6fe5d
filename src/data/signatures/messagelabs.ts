/**
 * Symantec Email Security.cloud (MessageLabs, now Broadcom): its SMTP replies and the reasons in
 * its own bounces ("This is the mail delivery agent at Symantec Email Security.cloud.").
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'messagelabs',
  name: 'Symantec Email Security.cloud (MessageLabs)',
  kind: 'filter',
};

export const signatures: SignatureInput[] = [
  {
    // The client is not a customer's outbound server and did not log in.
    id: 'messagelabs-not-permitted-to-relay',
    pattern: String.raw`is not permitted to[ 0-9-]{1,8}relay through this server without authentication`,
    reason: 'relay-denied',
    sender: 'messagelabs',
    codes: ['550'],
    examples: [
      {
        text: 'Reason: 550-Please turn on SMTP Authentication in your mail client. 550-mail0.example.com [198.51.100.21]:22222 is not permitted to 550 relay through this server without authentication.',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/rhost-messagelabs-01.eml',
      },
    ],
  },
  {
    id: 'messagelabs-spf-fail',
    pattern: String.raw`SPF \(Sender Policy Framework\) domain authentication fail`,
    reason: 'authentication-failed',
    sender: 'messagelabs',
    codes: ['553', '5.7.1'],
    examples: [
      {
        text: '553-SPF (Sender Policy Framework) domain authentication fail. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)',
        source: 'https://github.com/sisimai/p5-sisimai/issues/467',
      },
    ],
  },
];
