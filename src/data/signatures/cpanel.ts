/**
 * cPanel's Exim configuration: its ACL and router texts (the "JunkMail rejected" DNSBL check, the
 * "No Such User Here" router message) and its per-domain outgoing mail limits.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'cpanel',
  name: 'cPanel (Exim)',
  kind: 'mta',
  docs: 'https://forums.cpanel.net/resources/why-didnt-my-email-get-delivered-or-where-did-my-email-go.387/',
};

export const signatures: SignatureInput[] = [
  {
    // cPanel's RBL ACL: the client's IP is listed on a DNSBL (SpamCop, Spamhaus, Barracuda ...).
    id: 'cpanel-junkmail-rejected',
    pattern: String.raw`JunkMail rejected`,
    reason: 'ip-blocklisted',
    sender: 'cpanel',
    codes: ['550'],
    examples: [
      {
        text: '550-"JunkMail rejected - host.example.com 550-(example.org) [192.0.2.229]:34032 is in an RBL, see 550 https://www.spamhaus.org/query/ip/192.0.2.229"',
        source: 'https://github.com/getconversio/email-deep-validator/issues/9',
      },
    ],
  },
  {
    id: 'cpanel-no-such-user-here',
    pattern: String.raw`No Such User Here`,
    reason: 'recipient-unknown',
    sender: 'cpanel',
    docs: 'https://forums.cpanel.net/resources/why-didnt-my-email-get-delivered-or-where-did-my-email-go.387/',
    codes: ['550', '503'],
    examples: [
      {
        text: 'Expected response code 354 but got code "503", with message "503-All RCPT commands were rejected with this error: 503-No Such User Here 503 Valid RCPT command must precede DATA "',
        source: 'https://github.com/freescout-help-desk/freescout/issues/4353',
      },
    ],
  },
  {
    // The sending domain reached WHM's "Max hourly emails per domain".
    id: 'cpanel-max-emails-per-hour',
    pattern: String.raw`has exceeded the max emails per hour`,
    reason: 'rate-limited',
    sender: 'cpanel',
    docs: 'https://forums.cpanel.net/threads/email-quota.697029/',
    codes: ['550'],
    examples: [
      {
        text: 'Domain example.com has exceeded the max emails per hour (3/2 (150%)) allowed. Message discarded.',
        source: 'https://forums.cpanel.net/threads/email-quota.697029/',
      },
      {
        text: 'Domain "example.com" has exceeded the max emails per hour (2/2 (100%)) allowed. Message will be reattempted later',
        source: 'https://forums.cpanel.net/threads/email-quota.697029/',
      },
    ],
  },
  {
    // Too many of the domain's messages failed or were deferred this hour; cPanel stops its outgoing
    // mail for the rest of the hour.
    id: 'cpanel-max-defers-and-failures',
    pattern: String.raw`has exceeded the max defers and failures per hour`,
    reason: 'rate-limited',
    sender: 'cpanel',
    docs: 'https://my.ultrawebhosting.com/knowledgebase/392/cPanel-Max-Defers-Occurring-for-an-Account.html',
    codes: ['550'],
    examples: [
      {
        text: 'enforce_mail_permissions: Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.',
        source: 'https://my.ultrawebhosting.com/knowledgebase/392/cPanel-Max-Defers-Occurring-for-an-Account.html',
      },
    ],
  },
];
