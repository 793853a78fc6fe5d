/**
 * Ipswitch (Progress) IMail Server: the one-line reasons of its bounces ("<reason>: <address>"
 * above "Original message follows."). Real bounces collected by sisimai.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

const SISIMAI = 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd';

export const sender: SenderInput = {
  id: 'imail',
  name: 'IMail Server',
  kind: 'mta',
};

export const signatures: SignatureInput[] = [
  {
    id: 'imail-invalid-final-delivery-userid',
    pattern: String.raw`Invalid final delivery userid`,
    reason: 'recipient-unknown',
    sender: 'imail',
    codes: [],
    examples: [{ text: 'Invalid final delivery userid: kijitora@neko.example.com', source: `${SISIMAI}/lhost-imailserver-03.eml` }],
  },
  {
    id: 'imail-mailbox-exceeds-allowed-size',
    pattern: String.raw`User mailbox exceeds allowed size`,
    reason: 'mailbox-full',
    sender: 'imail',
    codes: [],
    examples: [{ text: 'User mailbox exceeds allowed size: kijitora@example.com', source: `${SISIMAI}/lhost-imailserver-02.eml` }],
  },
  {
    // The queue gave up after its configured number of attempts.
    id: 'imail-delivery-failed-attempts',
    pattern: String.raw`Delivery failed [0-9]{1,4} attempts`,
    reason: 'expired',
    sender: 'imail',
    codes: [],
    examples: [{ text: 'Delivery failed 20 attempts: kijitora@example.com', source: `${SISIMAI}/lhost-imailserver-04.eml` }],
  },
];
