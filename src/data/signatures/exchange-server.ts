/**
 * Microsoft Exchange Server on premises (2003 to Subscription Edition): the enhanced texts of its
 * NDRs ("Remote Server returned '...'" / "#550 5.1.1 RESOLVER... ##") and its SMTP replies. Exchange
 * Online shares many of these names; the Microsoft 365 provider file covers its own texts.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';
const DSN_DOC = 'https://technet.microsoft.com/en-us/library/bb232118';

export const sender: SenderInput = {
  id: 'exchange-server',
  name: 'Microsoft Exchange Server',
  kind: 'mta',
  docs: DSN_DOC,
};

export const signatures: SignatureInput[] = [
  {
    id: 'exchange-server-recip-not-found',
    pattern: String.raw`RESOLVER\.ADR\.(?:ExRecipNotFound|RecipNotFound)`,
    reason: 'recipient-unknown',
    sender: 'exchange-server',
    docs: DSN_DOC,
    codes: ['550', '5.1.1'],
    versions: 'Exchange 2007 and later; Exchange 2013 and later also send "5.1.10 RESOLVER.ADR.RecipientNotFound"',
    examples: [
      { text: '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', source: `${SISIMAI}/lhost-exchange2007-01.eml` },
      { text: '5.1.1 RESOLVER.ADR.ExRecipNotFound; not found', source: 'https://technet.microsoft.com/en-us/library/bb232118.aspx' },
    ],
  },
  {
    id: 'exchange-server-2003-recipient-not-recognized',
    pattern: String.raw`The recipient name is not recognized`,
    reason: 'recipient-unknown',
    sender: 'exchange-server',
    codes: [],
    versions: 'Exchange 2003 and earlier',
    examples: [
      { text: 'The recipient name is not recognized MSEXCH:IMS:NNN:KIJITORACAT:NEKO 0 (000C05A6) Unknown Recipient', source: `${SISIMAI}/lhost-exchange2003-01.eml` },
    ],
  },
  {
    id: 'exchange-server-mailbox-full',
    pattern: String.raw`STOREDRV\.Deliver: mailbox full|MapiExceptionShutoffQuotaExceeded|QuotaExceededException`,
    reason: 'mailbox-full',
    sender: 'exchange-server',
    docs: DSN_DOC,
    codes: ['550', '554', '5.2.2'],
    examples: [
      {
        text: '#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:00.00000:FF000000',
        source: `${SISIMAI}/lhost-exchange2007-02.eml`,
      },
    ],
  },
  {
    // The mailbox store failed to take the message; the exception name tells the administrator why.
    id: 'exchange-server-storedrv-exception',
    pattern: String.raw`STOREDRV\.Deliver\.Exception:[A-Za-z]{1,60}Exception; Failed to process message`,
    reason: 'local-delivery-error',
    sender: 'exchange-server',
    docs: 'https://mskb.pkisolutions.com/kb/2686540',
    codes: ['554', '5.2.0'],
    examples: [
      {
        text: '400 4.4.7 The server responded with: 554 5.2.0 STOREDRV.Deliver.Exception:PropertyErrorException; Failed to process message due to a permanent exception with message Property: [0x67480014] FID, PropertyErrorCode: AccessDenied, PropertyErrorDescription: .',
        source: 'https://mskb.pkisolutions.com/kb/2686540',
      },
    ],
  },
  {
    id: 'exchange-server-recip-size-limit',
    pattern: String.raw`RESOLVER\.RST\.RecipSizeLimit`,
    reason: 'message-too-large',
    sender: 'exchange-server',
    docs: DSN_DOC,
    codes: ['550', '5.2.3'],
    examples: [{ text: '#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##', source: `${SISIMAI}/lhost-exchange2007-03.eml` }],
  },
  {
    // A delivery restriction on the recipient: only authenticated (internal) senders may write to it.
    id: 'exchange-server-auth-required',
    pattern: String.raw`RESOLVER\.RST\.AuthRequired`,
    reason: 'filtered',
    sender: 'exchange-server',
    docs: DSN_DOC,
    codes: ['550', '5.7.1'],
    examples: [{ text: '#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##', source: `${SISIMAI}/lhost-exchange2007-04.eml` }],
  },
  {
    id: 'exchange-server-queue-expired',
    pattern: String.raw`QUEUE\.Expired`,
    reason: 'expired',
    sender: 'exchange-server',
    docs: DSN_DOC,
    codes: ['550', '4.4.7'],
    examples: [
      {
        text: "3/09/2016 8:05:56 PM - Remote Server at mail.example.com (192.0.2.3) returned '550 4.4.7 QUEUE.Expired; message expired'",
        source: `${SISIMAI}/lhost-exchange2007-05.eml`,
      },
    ],
  },
  {
    id: 'exchange-server-connect-error',
    pattern: String.raw`Error encountered while communicating with primary target IP address`,
    reason: 'network-error',
    sender: 'exchange-server',
    docs: DSN_DOC,
    codes: ['441', '451', '4.4.1'],
    examples: [
      {
        text: '441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060, Win32 error code: 10060." Attempted failover to alternate host, but that did not succeed.',
        source: `${SISIMAI}/lhost-exchange2007-05.eml`,
      },
    ],
  },
  {
    // Back pressure: the transport server is short of disk space or memory.
    id: 'exchange-server-insufficient-resources',
    pattern: String.raw`Insufficient system resources`,
    reason: 'remote-system-error',
    sender: 'exchange-server',
    docs: 'https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/845',
    codes: ['452', '4.3.1'],
    examples: [
      {
        text: '452 4.3.1 Insufficient system resources (UsedDiskSpace[D:\\Program Files\\Microsoft\\Exchange Server\\V15\\TransportRoles\\data\\Queue])',
        source: `${SISIMAI}/lhost-mfilter-05.eml`,
      },
    ],
  },
  {
    // A receive connector that does not accept anonymous submission.
    id: 'exchange-server-client-not-authenticated',
    pattern: String.raw`5\.7\.1 Client was not authenticated`,
    reason: 'login-failed',
    sender: 'exchange-server',
    codes: ['530', '5.7.1'],
    examples: [{ text: 'SMTP<< 530 5.7.1 Client was not authenticated', source: 'https://github.com/namshi/docker-smtp/issues/37' }],
  },
  {
    id: 'exchange-server-unable-to-relay',
    pattern: String.raw`Unable to relay`,
    reason: 'relay-denied',
    sender: 'exchange-server',
    codes: ['550', '5.7.1', '5.7.54'],
    examples: [{ text: 'Diagnostic-Code : smtp;550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain', source: `${SISIMAI}/lhost-mimecast-02.eml` }],
  },
];
