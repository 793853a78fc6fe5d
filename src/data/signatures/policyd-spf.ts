/**
 * pypolicyd-spf (postfix-policyd-spf-python), the SPF policy server Postfix asks through
 * check_policy_service; Postfix prefixes its answer with "<rcpt>: Recipient address rejected:".
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'policyd-spf',
  name: 'pypolicyd-spf',
  kind: 'filter',
};

export const signatures: SignatureInput[] = [
  {
    id: 'policyd-spf-fail',
    pattern: String.raw`Message rejected due to: SPF fail - not authorized`,
    reason: 'authentication-failed',
    sender: 'policyd-spf',
    codes: ['550', '5.7.23', '5.7.1'],
    examples: [
      {
        text: 'Jul  3 16:38:22 myserver1 postfix/smtpd[32785]: NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 550 5.7.23 <me@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=<GUID>@example.net;ip=192.0.2.1;r=<UNKNOWN>; from=<0<GUID>@example.net> to=<me@example.com> proto=ESMTP helo=<b224-5.smtp-out.example.net>',
        source: 'https://github.com/docker-mailserver/docker-mailserver/issues/2066',
      },
    ],
  },
  {
    // The HELO check (HELO_reject): the client's HELO name has an SPF record that does not allow it.
    id: 'policyd-spf-why-helo',
    pattern: String.raw`openspf\.(?:net|org)/Why\?s=helo`,
    reason: 'authentication-failed',
    sender: 'policyd-spf',
    codes: ['550', '5.7.1'],
    examples: [
      {
        text: '550 5.7.1 <user@example.com>: Recipient address rejected: Please see http://www.openspf.net/Why?s=helo;id=example.com;ip=192.0.2.160;r=mailgw1.example.net',
        source: 'https://github.com/getconversio/email-deep-validator/pull/18',
      },
    ],
  },
];
