import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'mail-ru', name: 'Mail.ru', kind: 'provider' };

export const signatures: SignatureInput[] = [
  {
    id: 'mailru-user-not-found',
    pattern: String.raw`Local mailbox .{1,100} is unavailable: user not found`,
    reason: 'recipient-unknown',
    sender: 'mail-ru',
    codes: ['550'],
    examples: [
      { text: '550 Message was not accepted -- invalid mailbox. Local mailbox user@example.com is unavailable: user not found', source: 'https://pastebin.com/Q6g5KK1V' },
    ],
  },
  {
    id: 'mailru-user-terminated',
    pattern: String.raw`is unavailable: (?:user is terminated|account is disabled)`,
    reason: 'recipient-disabled',
    sender: 'mail-ru',
    codes: ['550'],
    examples: [
      { text: '550 Message was not accepted -- invalid mailbox. Local mailbox user@example.com is unavailable: user is terminated', source: 'https://pastebin.com/UWADPXYL' },
      { text: '550 Message was not accepted -- invalid mailbox. Local mailbox user@example.com is unavailable: account is disabled', source: 'https://pastebin.com/agyCEHx8' },
    ],
  },
  {
    id: 'mailru-spam',
    pattern: String.raw`spam message rejected\. Please visit http://help\.mail\.ru/notspam`,
    reason: 'spam-detected',
    sender: 'mail-ru',
    codes: ['550'],
    examples: [
      { text: '550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=Ak1f_ahr-ccmkYY3MkjRQfiDdemyJDJvXsDGek9T2L5jLxCvG-FjASYAAADrbAAA9Cs6OA~~ or report details to abuse@corp.mail.ru. Error code: FD5F4D02C7F96BA83786912641D14832E97583F86F3224B27AC6C05EBED8534FAF102F630163E11B. ID: 0000002600006CEB383A2BF4.', source: 'https://pastebin.com/56wmSeEr' },
    ],
  },
  {
    id: 'mailru-auth-required',
    pattern: String.raw`Users in your domain are not allowed to send email without authorization`,
    reason: 'login-failed',
    sender: 'mail-ru',
    codes: ['503'],
    examples: [
      { text: '503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization. See http://help.mail.ru/mail-help/mailer/popsmtp for details.', source: 'https://pastebin.com/xDPN2fTF' },
    ],
  },
];
