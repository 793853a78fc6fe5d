/**
 * Rspamd as a milter (or through rmilter, its predecessor): the replies Postfix or Sendmail pass on
 * when Rspamd's action is "reject" or "soft reject" (greylisting). Source: rspamd/rspamd.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SRC = 'https://github.com/rspamd/rspamd/blob/master';

export const sender: SenderInput = {
  id: 'rspamd',
  name: 'Rspamd',
  kind: 'filter',
  docs: 'https://rspamd.com/doc/configuration/metrics.html',
};

export const signatures: SignatureInput[] = [
  {
    // RSPAMD_MILTER_REJECT_MESSAGE, the default text of the "reject" action.
    id: 'rspamd-spam-message-rejected',
    pattern: String.raw`Spam message rejected`,
    reason: 'spam-detected',
    sender: 'rspamd',
    docs: `${SRC}/src/libserver/milter_internal.h`,
    codes: ['554', '5.7.1'],
    examples: [
      { text: '554 5.7.1 Spam message rejected', source: 'https://github.com/rspamd/rspamd/issues/5343' },
    ],
  },
  {
    // RSPAMD_MILTER_TEMPFAIL_MESSAGE and the greylist module's default message, sent with the
    // "soft reject" action: a greylisted sender's retry gets through.
    id: 'rspamd-try-again-later',
    pattern: String.raw`4\.7\.1 Try again later`,
    reason: 'greylisted',
    sender: 'rspamd',
    docs: `${SRC}/src/plugins/lua/greylist.lua`,
    codes: ['451', '4.7.1'],
    examples: [
      {
        text: 'Feb 28 10:59:29 mx postfix/cleanup[46417]: 7F2DF64430: milter-reject: END-OF-MESSAGE from forward12h.example.net[192.0.2.154]: 4.7.1 Try again later; from=<user@example1.com> to=<rcpt@example.com> proto=ESMTP helo=<forward12h.example.net>',
        source: 'https://github.com/vstakhov/rmilter/issues/88',
      },
    ],
  },
];
