import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'yandex', name: 'Yandex Mail', kind: 'provider' };

export const signatures: SignatureInput[] = [
  // Yandex answers an unknown address with 5.7.1, not 5.1.1; the words decide.
  {
    id: 'yandex-no-such-user',
    pattern: String.raw`5\.7\.1 No such user!`,
    reason: 'recipient-unknown',
    sender: 'yandex',
    codes: ['550', '5.7.1'],
    examples: [
      { text: 'host mx.yandex.ru [192.0.2.89]: 550 5.7.1 No such user!', source: 'https://pastebin.com/UWADPXYL' },
    ],
  },
  // Yandex's own block list, fed by its spam statistics.
  {
    id: 'yandex-spam-statistics',
    pattern: String.raw`spamsource\.yandex\.ru|Blocked by spam statistics`,
    reason: 'ip-blocklisted',
    sender: 'yandex',
    codes: ['554', '5.7.1'],
    examples: [
      { text: '554 5.7.1 Service unavailable; Client host [192.0.2.40] blocked using spamsource.yandex.ru; Blocked by spam statistics - see http://feedback.yandex.ru/?from=mail-rejects&subject=192.0.2.40', source: 'https://pastebin.com/wWEpeehX' },
    ],
  },
];
