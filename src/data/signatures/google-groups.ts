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
    // Google sends the notice in the poster's language; English, Japanese, Spanish, French and German
    // are matched. The notice covers both a group that does not exist and one the sender may not post to; the
    // list it gives is mostly about membership and posting permissions, so the group's own rules.
    id: 'google-groups-may-not-exist-or-no-permission',
    pattern: String.raw`may not exist, or you may not have permission to post messages to the group|グループにメッセージを投稿する権限がない可能性があります|quizás no exista o bien no tienes los permisos necesarios para publicar mensajes|n'existe pas ou que vous ne soyez pas autorisé à lui envoyer des messages|möglicherweise nicht vorhanden ist bzw\. Sie nicht die erforderlichen Berechtigungen haben`,
    reason: 'filtered',
    sender: 'google-groups',
    docs: 'https://groups.google.com/support/',
    codes: [],
    examples: [
      {
        text: "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group.",
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-googlegroups-02.eml',
      },
      {
        text: '連絡しようとしたグループ（libsisimai）が存在しないか、グループにメッセージを投稿する権限がない可能性があります。',
        source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-googlegroups-01.eml',
      },
    ],
  },
];
