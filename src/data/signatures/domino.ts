/**
 * HCL (formerly IBM Lotus) Domino: the reasons in its non-delivery reports ("was not delivered to
 * ... because: ..."). Real reports collected by sisimai.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';

export const sender: SenderInput = {
  id: 'domino',
  name: 'HCL Domino',
  kind: 'mta',
};

export const signatures: SignatureInput[] = [
  {
    // Domino writes the reason in the server's language; the English and Japanese wording are matched.
    id: 'domino-not-listed-in-directory',
    pattern: String.raw`not listed in Domino Directory|は Domino ディレクトリには見つかりません`,
    reason: 'recipient-unknown',
    sender: 'domino',
    codes: [],
    examples: [
      { text: 'User some.name (kijitora@example.com) not listed in Domino Directory', source: `${SISIMAI}/lhost-domino-01.eml` },
      { text: 'ユーザー Neko (kijitora@example.com) は Domino ディレクトリには見つかりません。', source: `${SISIMAI}/lhost-domino-02.eml` },
    ],
  },
  {
    id: 'domino-routing-loop',
    pattern: String.raw`Maximum hop count exceeded\.  ?Message probably in a routing loop`,
    reason: 'network-error',
    sender: 'domino',
    codes: ['5.4.6'],
    examples: [
      {
        text: 'Error transferring to neko22.example.org; Maximum hop count exceeded.  Message probably in a routing loop.',
        source: `${SISIMAI}/lhost-domino-03.eml`,
      },
    ],
  },
];
