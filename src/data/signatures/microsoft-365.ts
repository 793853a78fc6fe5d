import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'microsoft-365', name: 'Microsoft 365 / Exchange Online', kind: 'provider', docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' };

export const signatures: SignatureInput[] = [
  {
    id: 'ms365-recipient-not-found',
    pattern: String.raw`RESOLVER\.ADR\.RecipientNotFound|Recipient not found by SMTP address lookup`,
    reason: 'recipient-unknown',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-1-10-in-exchange-online',
    codes: ['550', '5.1.10'],
    examples: [
      { text: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-office365-13.eml' },
    ],
  },
  // Directory-Based Edge Blocking: Microsoft documents 5.4.1 "Recipient address rejected: Access denied" as an address that does not exist.
  {
    id: 'ms365-dbeb-access-denied',
    pattern: String.raw`5\.(?:4\.1|7\.504) .{0,100}Recipient address rejected: Access denied`,
    reason: 'recipient-unknown',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.4.1', '5.7.504'],
    examples: [
      { text: '550 5.4.1 [kijitora@example.org]: Recipient address rejected: Access denied [NEKOCHAN.cat-neko22.prod.protection.outlook.com]', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-02.eml' },
    ],
  },
  // Microsoft's own block list of sending IPs (5.7.606-649, 5.7.511); removal goes through sender.office.com.
  {
    id: 'ms365-banned-sending-ip',
    pattern: String.raw`Access denied, banned sending IP|5\.7\.511 Access denied, banned sender`,
    reason: 'ip-blocklisted',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.7.606', '5.7.511'],
    examples: [
      { text: '550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-01.eml' },
      { text: '550 5.7.511 Access denied, banned sender[192.0.2.197]. To request removal from this list please forward this message to delist@messaging.microsoft.com. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653. AS(508) [SN1NAM04FT013.eop-NAM04.prod.protection.outlook.com]', source: 'https://pastebin.com/JEGXAxrE' },
    ],
  },
  // The recipient organisation put the sending IP on its own block list in Exchange Online.
  {
    id: 'ms365-customer-block-list',
    pattern: String.raw`blocked by .{1,100} using Customer Block list|Access denied, rejected by recipient`,
    reason: 'ip-blocklisted',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.7.513', '5.7.507'],
    examples: [
      { text: 'Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-dmarc-fail',
    pattern: String.raw`does not pass DMARC verification`,
    reason: 'authentication-failed',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.7.509'],
    examples: [
      { text: '550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [7FQL1BDY0XZ5XGTW.JPNP222.PROD.OUTLOOK.COM 2024-04-29T23:34:45.000Z NG5X6YLY2QZK8T7B]', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-04.eml' },
    ],
  },
  {
    id: 'ms365-spf-violation',
    pattern: String.raw`rejected because of Sender Policy Framework violation`,
    reason: 'authentication-failed',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.7.23'],
    examples: [
      { text: 'The message was rejected because of Sender Policy Framework violation', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-ipv6-unauthenticated',
    pattern: String.raw`must pass either SPF or DKIM validation`,
    reason: 'authentication-failed',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['450', '4.7.26'],
    examples: [
      { text: 'Access denied, a message sent over IPv6 [2001:db8:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-no-reverse-dns',
    pattern: String.raw`must have a reverse DNS record|Access Denied, Bad HELO`,
    reason: 'missing-reverse-dns',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.7.25', '5.7.506'],
    examples: [
      { text: 'Access denied, the sending IPv6 address [2001:db8:f200:2004::240] must have a reverse DNS record', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
      { text: 'Access Denied, Bad HELO', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-not-rfc5322',
    pattern: String.raw`must be RFC 5322 section 3\.6\.2 compliant|BareLinefeedsAreIllegal`,
    reason: 'not-rfc-compliant',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.7.512', '5.6.11'],
    examples: [
      { text: 'Access denied, message must be RFC 5322 section 3.6.2 compliant', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  // The recipient's organisation limits who may write to this group or mailbox; nothing is wrong with the sender's mail.
  {
    id: 'ms365-delivery-restricted',
    pattern: String.raw`Sender (?:was not|not) authenticated (?:by organization|for (?:group|mailbox|public folder))|Sender not in allowed-senders list|Delivery not authorized, message refused|RESOLVER\.RST\.(?:SenderNotAuthenticatedForGroup|NotAuthorized|AuthRequired)`,
    reason: 'filtered',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-133-in-exchange-online',
    codes: ['550', '5.7.1', '5.7.12', '5.7.124', '5.7.133', '5.7.134', '5.7.136'],
    examples: [
      { text: 'Sender was not authenticated by organization', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
      { text: 'Sender not authenticated for group', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
      { text: 'Sender not in allowed-senders list', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-client-not-authenticated',
    pattern: String.raw`Client (?:was not|not) authenticated to send (?:anonymous mail|mail)|SmtpClientAuthentication is disabled|does.not.have.permissions.to.send.as.this.sender|5\.7\.(?:3|139) Authentication unsuccessful`,
    reason: 'login-failed',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-57-in-exchange-online',
    codes: ['530', '5.7.57', '535', '5.7.3', '5.7.139', '550', '5.7.60'],
    examples: [
      { text: '5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM [AM0PR10CA0081.EURPRD10.PROD.OUTLOOK.COM]', source: 'https://github.com/mageplaza/magento-2-smtp/issues/268' },
      { text: 'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.', source: 'https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3124' },
      { text: '550+5.7.60+SMTP;+Client+does+not+have+permissions+to+send+as+this+sender+[BY2PR1001MB1094.namprd10.prod.outlook.com]', source: 'https://pastebin.com/wtU9XT6T' },
    ],
  },
  {
    id: 'ms365-sending-limit',
    pattern: String.raw`Submission quota exceeded|SubmissionQuotaExceededException|reached your daily limit for message recipients|recipient thread limit exceeded|per hour message receive limit`,
    reason: 'rate-limited',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['554', '5.2.0', '5.2.2', '5.1.90', '432', '4.3.2', '5.2.121', '5.2.122'],
    examples: [
      { text: '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException', source: 'https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150' },
      { text: 'STOREDRV.Deliver; recipient thread limit exceeded', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
      { text: "Recipient's per hour message receive limit from specific sender exceeded.", source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  // Microsoft blocks the sending account or tenant itself (usually compromised and sending spam); the fix is on the sending side.
  {
    id: 'ms365-account-banned',
    pattern: String.raw`Access denied, (?:bad outbound sender|spam abuse detected)|5\.7\.50[23] Access denied, banned sender|Client blocked from sending from unregistered domains`,
    reason: 'sender-rejected',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online',
    codes: ['550', '5.1.8', '5.7.501', '5.7.502', '5.7.503', '5.7.750'],
    examples: [
      { text: 'Access denied, bad outbound sender', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
      { text: 'Access denied, spam abuse detected', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
      { text: 'Service unavailable. Client blocked from sending from unregistered domains', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-tenant-threshold',
    pattern: String.raw`tenant has exceeded threshold|traffic not accepted from this IP`,
    reason: 'bad-reputation',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750',
    codes: ['550', '5.7.705', '5.7.708'],
    examples: [
      { text: '5.7.705 Access denied, tenant has exceeded threshold', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
      { text: '5.7.708 Access denied, traffic not accepted from this IP', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-routing-loop',
    pattern: String.raw`Routing loop detected|Hop count exceeded - possible mail loop`,
    reason: 'network-error',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-4-6-through-5-4-20-in-exchange-online',
    codes: ['554', '5.4.14', '5.4.6'],
    examples: [
      { text: 'Routing loop detected', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-connection-refused',
    pattern: String.raw`Socket error code 10061`,
    reason: 'network-error',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['451', '4.4.316'],
    examples: [
      { text: 'Connection refused [Message=Socket error code 10061]', source: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online' },
    ],
  },
  {
    id: 'ms365-message-expired',
    pattern: String.raw`5\.4\.3\d\d Message expired`,
    reason: 'expired',
    sender: 'microsoft-365',
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    codes: ['550', '5.4.300', '5.4.312', '5.4.316'],
    examples: [
      { text: '550 5.4.312 Message expired, DNS query failed', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-office365-06.eml' },
      { text: '550 5.4.316 Message expired, connection refused', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-office365-08.eml' },
    ],
  },
];
