/**
 * Google Groups: the notice a poster gets when a group refuses the message.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'google-groups',
  name: 'Google Groups',
  kind: 'service',
  docs: 'https://groups.google.com/support/',
};

export const signatures: SignatureInput[] = [
  {
    // The notice covers both a group that does not exist and one the sender may not post to; the
    // list it gives is mostly about membership and posting permissions, so the group's own rules.
    id: 'google-groups-may-not-exist-or-no-permission',
    pattern: String.raw`may not exist, or you may not have permission to post messages to the group`,
    reason: 'filtered',
    sender: 'google-groups',
    docs: 'https://groups.google.com/support/',
    codes: [],
    examples: [
      {
        text: "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group.",
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-googlegroups-02.eml',
      },
    ],
  },
];
