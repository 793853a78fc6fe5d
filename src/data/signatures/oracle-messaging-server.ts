/**
 * Oracle Communications Messaging Server (formerly Sun Java System / Sun ONE / iPlanet Messaging
 * Server): the "Reason:" lines of its delivery reports. Real reports collected by sisimai.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';

export const sender: SenderInput = {
  id: 'oracle-messaging-server',
  name: 'Oracle Communications Messaging Server',
  kind: 'mta',
};

export const signatures: SignatureInput[] = [
  {
    id: 'oracle-messaging-server-illegal-domain',
    pattern: String.raw`Illegal host/domain name found`,
    reason: 'domain-not-found',
    sender: 'oracle-messaging-server',
    codes: [],
    examples: [{ text: 'Reason: Illegal host/domain name found', source: `${SISIMAI}/lhost-messagingserver-05.eml` }],
  },
  {
    id: 'oracle-messaging-server-does-not-accept-mail',
    pattern: String.raw`host/domain does not accept mail`,
    reason: 'domain-rejects-mail',
    sender: 'oracle-messaging-server',
    codes: [],
    examples: [{ text: 'Reason: host/domain does not accept mail', source: `${SISIMAI}/lhost-messagingserver-10.eml` }],
  },
  {
    id: 'oracle-messaging-server-over-quota',
    pattern: String.raw`Delivery failed: Over quota|Reason: Over quota`,
    reason: 'mailbox-full',
    sender: 'oracle-messaging-server',
    codes: ['522', '5.2.0'],
    examples: [
      { text: 'Diagnostic code: smtp;522 5.2.0 Delivery failed: Over quota', source: `${SISIMAI}/lhost-messagingserver-02.eml` },
    ],
  },
];
