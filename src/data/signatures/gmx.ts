import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'gmx', name: 'GMX / WEB.DE / IONOS (United Internet)', kind: 'provider', docs: 'https://postmaster.gmx.com/en/error-messages' };

export const signatures: SignatureInput[] = [
  {
    id: 'gmx-ip-block-listed',
    pattern: String.raw`IP address is (?:block|black) ?listed`,
    reason: 'ip-blocklisted',
    sender: 'gmx',
    docs: 'https://postmaster.gmx.com/en/error-messages',
    codes: ['554'],
    examples: [
      { text: '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=198.51.100.42&r=1MNcgj-1ue23t3pyV-00S2YR', source: 'https://postmaster.gmx.com/en/error-messages' },
    ],
  },
  // IONOS: the sending IP is blocked for a poor delivery record (many unknown recipients) or spam reports.
  {
    id: 'gmx-policy-reject',
    pattern: String.raw`Reject due to policy (?:restrictions|violations)`,
    reason: 'bad-reputation',
    sender: 'gmx',
    docs: 'https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver',
    codes: ['550', '450', '421'],
    examples: [
      { text: '550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.157&c=poli', source: 'https://pastebin.com/0BCS3rhM' },
      { text: '450-Requested mail action not taken: mailbox unavailable 450-Reject due to policy violations. 450 For explanation visit https://help.1and1.com/smtp-error-messages?ip=192.0.2.212&c=poli', source: 'https://pastebin.com/FyeABH1h' },
    ],
  },
  {
    id: 'gmx-rate-limit',
    pattern: String.raw`Rate limit reached\. Please try again later`,
    reason: 'rate-limited',
    sender: 'gmx',
    docs: 'https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver',
    codes: ['421'],
    examples: [
      { text: '421 Rate limit reached. Please try again later', source: 'https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver' },
    ],
  },
  {
    id: 'gmx-quota',
    pattern: String.raw`exceeded storage allocation.{0,3}Quota exceeded`,
    reason: 'mailbox-full',
    sender: 'gmx',
    docs: 'https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver',
    codes: ['552'],
    examples: [
      { text: 'Requested mail action aborted: exceeded storage allocation Quota exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.13&c=quot', source: 'https://pastebin.com/Qxbj9YWr' },
    ],
  },
  {
    id: 'gmx-spf',
    pattern: String.raw`Reject due to SPF policy`,
    reason: 'authentication-failed',
    sender: 'gmx',
    docs: 'https://postmaster.gmx.com/en/error-messages',
    codes: ['550'],
    examples: [
      { text: '550 <example@example.com>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner', source: 'https://smtp.codes/unitedinternet/' },
    ],
  },
  {
    id: 'gmx-mail-size',
    pattern: String.raw`Mail size limit exceeded\. For explanation visit`,
    reason: 'message-too-large',
    sender: 'gmx',
    docs: 'https://ionos.de/hilfe/e-mail/postmaster/smtp-fehlermeldungen-der-11-ionos-mailserver',
    codes: [],
    examples: [
      { text: 'Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=%1s', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-einsundeins-02.eml' },
    ],
  },
];
