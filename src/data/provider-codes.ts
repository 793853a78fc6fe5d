/**
 * Enhanced status codes as the big mailbox providers document them: codes outside the IANA
 * registry, and registered codes they send with a meaning of their own. Every entry names the
 * provider's own documentation as its source; the explanation is in the code's prose.
 * Researched 2026-11 from Microsoft Learn, Google Workspace Admin Help and Yahoo Help.
 */
import type { ProviderCodeInput } from './schema.ts';

const MS_NDR = {
  title: 'Email non-delivery reports and SMTP errors in Exchange Online',
  url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online',
};
const MS_700 = {
  title: 'Fix NDR error codes 550 5.7.703, 550 5.7.705, 550 5.7.708, and 550 5.7.750',
  url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750',
};
const msFix = (code: string, slug = code.replaceAll('.', '-')) => ({
  title: `Fix email delivery issues for error code ${code} in Exchange Online`,
  url: `https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-${slug}-in-exchange-online`,
});
const GMAIL = { title: 'Gmail SMTP errors and codes', url: 'https://support.google.com/a/answer/3726730' };

export const PROVIDER_CODES: ProviderCodeInput[] = [
  // Microsoft 365 / Exchange Online / Outlook.com: codes outside the registry.
  { code: '5.7.57', provider: 'microsoft', basic: ['530', '550'], source: msFix('5.7.57'), replies: [] },
  {
    code: '5.7.60',
    provider: 'microsoft',
    basic: ['550'],
    source: {
      title: 'Fix issues with printers, scanners, and LOB applications that send email using Microsoft 365',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off',
    },
    replies: [],
  },
  {
    code: '4.7.500',
    through: '4.7.699',
    provider: 'microsoft',
    basic: ['451'],
    source: {
      title: 'Fix email delivery issues for error code 451 4.7.500-699 (ASxxx) in Exchange Online',
      url: 'https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online',
    },
    replies: [],
  },
  { code: '5.7.501', provider: 'microsoft', basic: ['550'], source: MS_NDR, replies: [] },
  {
    code: '5.7.509',
    provider: 'microsoft',
    basic: ['550'],
    source: MS_NDR,
    replies: [
      {
        text: '550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification and has a DMARC policy of reject. [7FQL1BDY0XZ5XGTW.JPNP222.PROD.OUTLOOK.COM 2024-04-29T23:34:45.000Z NG5X6YLY2QZK8T7B] [VB0JMRQKNLZPTQMN.eurprd06.prod.outlook.com 2024-04-29T23:34:45.000Z HTTZYWCWHTZK8F8N] [JUTN0NNV051736.eop-eur22.prod.protection.outlook.com 2024-04-29T23:34:45.000Z K2TP4MV8R6ZF2XN2]',
        sender: 'Microsoft 365',
        url: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-04.eml#L50',
      },
    ],
  },
  {
    code: '5.7.515',
    provider: 'microsoft',
    basic: ['550'],
    source: {
      title: "Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders",
      url: 'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730',
    },
    replies: [
      {
        text: "550 5.7.515 Access denied, sending domain NYAAAAN.EXAMPLE.JP doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. To learn how to fix this see: https://go.microsoft.com/fwlink/p/?linkid=2319303 Spf= Fail , Dkim= Pass , DMARC= Pass [0000000000000.JPNP255.PROD.OUTLOOK.COM 2025-05-25T22:22:22.000Z 0000000000000EEE] [0000000000000.jpnprd00.prod.outlook.com 2025-05-25T22:22:22.000Z 0000000000000EEE] [0000000000000EE.apcprd00.prod.outlook.com 2025-05-25T22:22:22.000Z 0000000000000EEE]",
        sender: 'Outlook.com',
        url: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-06.eml#L21',
      },
    ],
  },
  {
    code: '5.7.606',
    through: '5.7.649',
    provider: 'microsoft',
    basic: ['550'],
    source: MS_NDR,
    replies: [
      {
        text: '550 5.7.606 Access denied, banned sending IP [198.51.100.222]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)',
        sender: 'Microsoft 365',
        url: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-01.eml#L50',
      },
    ],
  },
  {
    code: '5.7.705',
    provider: 'microsoft',
    basic: ['550'],
    source: MS_700,
    replies: [
      {
        text: '550 5.7.705 Access denied, tenant has exceeded threshold.',
        sender: 'Microsoft 365',
        url: MS_700.url,
      },
    ],
  },
  {
    code: '5.7.708',
    provider: 'microsoft',
    basic: ['550'],
    source: MS_700,
    replies: [
      {
        text: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
        sender: 'Microsoft 365',
        url: MS_700.url,
      },
    ],
  },
  {
    code: '5.7.750',
    provider: 'microsoft',
    basic: ['550'],
    source: MS_700,
    replies: [
      {
        text: '550 5.7.750 Client blocked from sending from unregistered domain',
        sender: 'Microsoft 365',
        url: MS_700.url,
      },
    ],
  },
  { code: '5.7.124', provider: 'microsoft', basic: ['550'], source: msFix('5.7.124'), replies: [] },
  { code: '5.7.133', provider: 'microsoft', basic: ['550'], source: msFix('5.7.133'), replies: [] },
  { code: '5.7.134', provider: 'microsoft', basic: ['550'], source: msFix('5.7.134'), replies: [] },
  { code: '5.7.64', provider: 'microsoft', basic: ['550'], source: msFix('5.7.64'), replies: [] },
  {
    code: '5.4.14',
    provider: 'microsoft',
    basic: ['554'],
    source: { title: 'Fix email delivery issues for error code 5.4.6 or 5.4.14 in Exchange Online', url: msFix('', '5-4-6-through-5-4-20').url },
    replies: [
      {
        text: '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [TY0PEP000000000.JPNP255.PROD.OUTLOOK.COM 2025-01-06T03:22:22.000Z 00000564B00B940B]',
        sender: 'Microsoft 365',
        url: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-x2-07.eml#L28',
      },
    ],
  },
  { code: '5.6.11', provider: 'microsoft', basic: ['550'], source: msFix('5.6.11', '550-5-6-11'), replies: [] },
  { code: '5.2.121', provider: 'microsoft', basic: ['550'], source: MS_NDR, replies: [] },
  { code: '5.2.122', provider: 'microsoft', basic: ['550'], source: MS_NDR, replies: [] },
  // Microsoft documents neither this code nor its texts in its list of Exchange Online error codes; the
  // replies link to the SMTP AUTH page below (https://aka.ms/smtp_auth_disabled). The replies are the
  // evidence, each with the place it is recorded.
  {
    code: '5.7.139',
    provider: 'microsoft',
    basic: ['535'],
    source: {
      title: 'Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online',
      url: 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    },
    replies: [
      {
        text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.',
        sender: 'Microsoft 365',
        url: 'https://github.com/rustdesk/doc.rustdesk.com/blob/HEAD/content/self-host/rustdesk-server-pro/smtp/microsoft-365/_index.en.md',
      },
      {
        text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.',
        sender: 'Microsoft 365',
        url: 'https://github.com/PatchMyPCTeam/kbs.patchmypc.com/blob/HEAD/advanced-insights/log-collection-and-analysis/patch-my-pc-smtp-authentication-for-exchange-online.md',
      },
      {
        text: "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.",
        sender: 'Microsoft 365',
        url: 'https://github.com/PatchMyPCTeam/kbs.patchmypc.com/blob/HEAD/advanced-insights/log-collection-and-analysis/patch-my-pc-smtp-authentication-for-exchange-online.md',
      },
      {
        text: '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.',
        sender: 'Microsoft 365',
        url: 'https://github.com/ItalcolColombia/App_SanMarino/blob/HEAD/backend/documentacion/EXPLICACION_ERROR_535_DETALLADA.md',
      },
    ],
  },
  {
    code: '5.2.251',
    through: '5.2.255',
    provider: 'microsoft',
    basic: ['550'],
    source: {
      title: 'Continuous error throttling for SMTP AUTH submissions',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions',
    },
    replies: [
      {
        text: '550 5.2.251 Sender throttled due to continuous mailbox full errors.',
        sender: 'Microsoft 365',
        url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions',
      },
      {
        text: '550 5.2.252 Sender throttled due to continuous send as denied errors.',
        sender: 'Microsoft 365',
        url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions',
      },
    ],
  },
  // Microsoft: registered codes with a meaning of Microsoft's own.
  { code: '5.1.10', provider: 'microsoft', basic: ['550'], source: msFix('5.1.10', '550-5-1-10'), replies: [] },
  {
    code: '5.4.1',
    provider: 'microsoft',
    basic: ['550'],
    source: MS_NDR,
    replies: [
      {
        text: '550 5.4.1 [kijitora@example.org]: Recipient address rejected: Access denied [NEKOCHAN.cat-neko22.prod.protection.outlook.com]',
        sender: 'Microsoft 365',
        url: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-microsoft-02.eml#L57',
      },
    ],
  },
  {
    code: '5.1.8',
    provider: 'microsoft',
    basic: ['550'],
    source: msFix('5.1.8'),
    replies: [
      {
        text: '550 5.1.8 Access denied, bad outbound sender',
        sender: 'Microsoft 365',
        url: msFix('5.1.8').url,
      },
    ],
  },
  { code: '5.7.12', provider: 'microsoft', basic: ['550'], source: msFix('5.7.12'), replies: [] },
  {
    code: '5.7.30',
    provider: 'microsoft',
    basic: ['550'],
    source: {
      title: 'Exchange Online to retire Basic auth for Client Submission (SMTP AUTH)',
      url: 'https://techcommunity.microsoft.com/t5/exchange-team-blog/exchange-online-to-retire-basic-auth-for-client-submission-smtp/ba-p/4114750',
    },
    replies: [],
  },

  // Gmail / Google Workspace: codes outside the registry.
  {
    code: '4.7.32',
    provider: 'google',
    basic: ['421'],
    source: GMAIL,
    replies: [
      {
        text: "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  // Google's table pairs 5.7.32 with 421; a class-5 code goes with a 5xx reply (RFC 3463 §2), as Gmail sends it.
  {
    code: '5.7.32',
    provider: 'google',
    basic: ['550'],
    source: GMAIL,
    replies: [
      {
        text: "421 5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '4.7.40',
    provider: 'google',
    basic: ['421'],
    source: GMAIL,
    replies: [
      {
        text: "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '5.7.40',
    provider: 'google',
    basic: ['550'],
    source: GMAIL,
    replies: [
      {
        text: "550 5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  // Gmail: registered codes in a class the registry does not pair them with, or with Google's own meaning.
  { code: '4.2.2', provider: 'google', basic: ['452'], source: GMAIL, replies: [] },
  { code: '4.2.1', provider: 'google', basic: ['450'], source: GMAIL, replies: [] },
  {
    code: '4.7.23',
    provider: 'google',
    basic: ['451'],
    source: GMAIL,
    replies: [
      {
        text: "451 4.7.23 192.0.2.1 The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '4.7.27',
    provider: 'google',
    basic: ['421'],
    source: GMAIL,
    replies: [
      {
        text: "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF example.com with IP address: 192.0.2.1 = Did not pass.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '5.7.27',
    provider: 'google',
    basic: ['550'],
    source: GMAIL,
    replies: [
      {
        text: "550 5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF. Authentication results: SPF with 192.0.2.1 = did not pass",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '4.7.29',
    provider: 'google',
    basic: ['421'],
    source: GMAIL,
    replies: [
      {
        text: "421 4.7.29 Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '5.7.29',
    provider: 'google',
    basic: ['550'],
    source: GMAIL,
    replies: [
      {
        text: "550 5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '4.7.30',
    provider: 'google',
    basic: ['421'],
    source: GMAIL,
    replies: [
      {
        text: "421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication results: DKIM = Did not pass.",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },
  {
    code: '5.7.30',
    provider: 'google',
    basic: ['550'],
    source: GMAIL,
    replies: [
      {
        text: "550 5.7.30 This message was blocked because it didn't pass DKIM authentication. Gmail requires bulk email senders to authenticate their email with DKIM. Authentication results: DKIM = did not pass",
        sender: 'Gmail',
        url: GMAIL.url,
      },
    ],
  },

  // Yahoo: a registered code with a meaning of Yahoo's own.
  {
    code: '5.7.9',
    provider: 'yahoo',
    basic: ['554'],
    source: {
      title: 'Error "554 5.7.9: Message not accepted for policy reasons" when sending email to Yahoo',
      url: 'https://help.yahoo.com/kb/SLN7253.html',
    },
    replies: [],
  },
];
