/**
 * Dovecot's delivery agents, dovecot-lda and LMTP: the replies Postfix or Exim report as
 * "host ...[/var/run/dovecot/lmtp] said: ..." and the errors they log. Source: dovecot/core.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const CORE = 'https://github.com/dovecot/core/blob/main/src';

export const sender: SenderInput = {
  id: 'dovecot',
  name: 'Dovecot (LDA and LMTP)',
  kind: 'mta',
  docs: 'https://doc.dovecot.org/',
};

export const signatures: SignatureInput[] = [
  {
    // The quota plugin's default quota_exceeded_message (since Dovecot 1.2).
    id: 'dovecot-quota-exceeded',
    pattern: String.raw`Quota exceeded \(mailbox for user is full\)`,
    reason: 'mailbox-full',
    sender: 'dovecot',
    docs: `${CORE}/plugins/quota/quota-settings.c`,
    codes: ['552', '5.2.2', '452', '4.2.2'],
    examples: [
      {
        text: 'May 11 11:33:24 mail postfix/lmtp[1050]: A23D128724C: to=<quotauser@example.org>, relay=mail.example.com[/var/run/dovecot/lmtp], delay=0.01, delays=0.01/0/0/0, dsn=5.2.2, status=bounced (host mail.example.com[/var/run/dovecot/lmtp] said: 552 5.2.2 <quotauser@example.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/1508',
      },
    ],
  },
  {
    id: 'dovecot-user-doesnt-exist',
    pattern: String.raw`User doesn't exist: `,
    reason: 'recipient-unknown',
    sender: 'dovecot',
    docs: `${CORE}/lmtp/lmtp-recipient.c`,
    codes: ['550', '5.1.1'],
    examples: [
      {
        text: 'Sep 07 13:35:41 mail postfix/lmtp[26538]: 81EE0980F16: to=<doesnotexist@example.com>, relay=192.0.2.7[192.0.2.7]:2525, delay=0.72, delays=0.54/0.09/0.05/0.04, dsn=5.1.1, status=bounced (host 192.0.2.7[192.0.2.7] said: 550 5.1.1 <doesnotexist@example.com> User doesn\'t exist: doesnotexist@example.com (in reply to RCPT TO command))',
        source: 'https://github.com/Mailu/Mailu/issues/1614',
      },
    ],
  },
  {
    // The folder a Sieve fileinto or an address extension named does not exist; the LDA then
    // usually keeps the message in INBOX.
    id: 'dovecot-mailbox-doesnt-exist',
    pattern: String.raw`Mailbox doesn't exist: `,
    reason: 'local-delivery-error',
    sender: 'dovecot',
    docs: `${CORE}/lib-storage/mail-error.h`,
    codes: [],
    examples: [
      {
        text: 'dovecot: lda(user+plouf@example.com)<406738><XX/fQ>: msgid=<11111@smtp-relay.example.com>: save failed to open mailbox plouf: Mailbox doesn\'t exist: plouf',
        source: 'https://github.com/YunoHost/issues/issues/2343',
      },
    ],
  },
  {
    // lmtp_user_concurrency_limit reached for this user.
    id: 'dovecot-too-many-concurrent-deliveries',
    pattern: String.raw`Too many concurrent deliveries for user`,
    reason: 'rate-limited',
    sender: 'dovecot',
    docs: `${CORE}/lmtp/lmtp-local.c`,
    codes: ['451', '4.3.0'],
    examples: [{ text: 'Too many concurrent deliveries for user', source: `${CORE}/lmtp/lmtp-local.c` }],
  },
];
