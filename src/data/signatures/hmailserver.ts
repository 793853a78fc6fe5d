/**
 * hMailServer, the Windows mail server: its SMTP replies and the text of its own bounces.
 * Source: hmailserver/hmailserver.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SMTP = 'https://github.com/hmailserver/hmailserver/blob/master/hmailserver/source/Server/SMTP';

export const sender: SenderInput = {
  id: 'hmailserver',
  name: 'hMailServer',
  kind: 'mta',
  docs: 'https://github.com/hmailserver/hmailserver',
};

export const signatures: SignatureInput[] = [
  {
    // A route's "deliver to addresses below" list does not include the recipient.
    id: 'hmailserver-not-in-route-list',
    pattern: String.raw`Recipient not in route list`,
    reason: 'recipient-unknown',
    sender: 'hmailserver',
    docs: 'https://github.com/hmailserver/hmailserver/issues/21',
    codes: ['550', '421'],
    examples: [{ text: '550 recipient not in route list', source: 'https://github.com/hmailserver/hmailserver/issues/21' }],
  },
  {
    // The client's IP range may not deliver from external to external addresses.
    id: 'hmailserver-delivery-not-allowed',
    pattern: String.raw`Delivery is not allowed to this address`,
    reason: 'relay-denied',
    sender: 'hmailserver',
    docs: `${SMTP}/SMTPConnection.cpp`,
    codes: ['550'],
    examples: [{ text: 'Delivery is not allowed to this address.', source: `${SMTP}/SMTPConnection.cpp` }],
  },
  {
    id: 'hmailserver-smtp-auth-required',
    pattern: String.raw`SMTP authentication is required`,
    reason: 'login-failed',
    sender: 'hmailserver',
    docs: `${SMTP}/SMTPConnection.cpp`,
    codes: ['530'],
    examples: [{ text: 'SMTP authentication is required.', source: `${SMTP}/SMTPConnection.cpp` }],
  },
  {
    id: 'hmailserver-message-size',
    pattern: String.raw`Message size exceeds fixed maximum message size\. Size:`,
    reason: 'message-too-large',
    sender: 'hmailserver',
    docs: `${SMTP}/SMTPConnection.cpp`,
    codes: ['552', '554'],
    examples: [{ text: '552 Message size exceeds fixed maximum message size. Size:', source: `${SMTP}/SMTPConnection.cpp` }],
  },
  {
    id: 'hmailserver-bare-lf',
    pattern: String.raw`Message containing bare LF's`,
    reason: 'not-rfc-compliant',
    sender: 'hmailserver',
    docs: `${SMTP}/SMTPConnection.cpp`,
    codes: ['554'],
    examples: [{ text: "[S] 554 Rejected - Message containing bare LF's.", source: 'https://github.com/muquit/mailsend/issues/52' }],
  },
  {
    // The anti-spam "sender domain has MX records" test.
    id: 'hmailserver-sender-domain-no-mx',
    pattern: String.raw`Sender domain does not have any MX records`,
    reason: 'sender-rejected',
    sender: 'hmailserver',
    docs: 'https://github.com/hmailserver/hmailserver/issues/260',
    codes: ['554'],
    examples: [{ text: '"SENT: 554 Sender domain does not have any MX records."', source: 'https://github.com/hmailserver/hmailserver/issues/260' }],
  },
  {
    id: 'hmailserver-inbox-full',
    pattern: String.raw`The recipients inbox is full`,
    reason: 'mailbox-full',
    sender: 'hmailserver',
    docs: `${SMTP}/LocalDelivery.cpp`,
    codes: [],
    examples: [{ text: 'Additional information: The recipients inbox is full.', source: `${SMTP}/LocalDelivery.cpp` }],
  },
  {
    id: 'hmailserver-starttls-required',
    pattern: String.raw`Must issue STARTTLS first`,
    reason: 'tls-required',
    sender: 'hmailserver',
    docs: `${SMTP}/SMTPConnection.cpp`,
    codes: ['530'],
    examples: [{ text: 'Must issue STARTTLS first.', source: `${SMTP}/SMTPConnection.cpp` }],
  },
];
