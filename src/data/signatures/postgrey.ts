/**
 * postgrey, the Postfix greylisting policy server (schweikert/postgrey). Postfix prefixes its
 * greylist text with "<rcpt>: Recipient address rejected:".
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'postgrey',
  name: 'Postgrey',
  kind: 'filter',
  docs: 'https://postgrey.schweikert.ch/',
};

export const signatures: SignatureInput[] = [
  {
    id: 'postgrey-greylisted',
    pattern: String.raw`rejected: Greylisted`,
    reason: 'greylisted',
    sender: 'postgrey',
    docs: 'https://github.com/schweikert/postgrey/blob/master/postgrey',
    codes: ['450', '4.2.0', '4.7.1'],
    versions:
      'postgrey 1.28 and later: "Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html" with DSN 4.2.0; 1.25 to 1.27 pointed to isg.ee.ethz.ch; before 1.25: "Greylisted for <n> seconds (see ...)"',
    examples: [
      {
        text: 'Feb 17 23:37:07 miab postfix/smtpd[3905189]: NOQUEUE: reject: RCPT from mx.example.net[192.0.2.91]: 450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html; from=<n01361f1607-0fe582ccfc934393-user===example.com@bounce.example.net> to=<user@example.com> proto=ESMTP helo=<mx.example.net>',
        source: 'https://github.com/schweikert/postgrey/issues/107',
      },
    ],
  },
];
