/**
 * Cisco Secure Email (IronPort): the default reply of its host access table's BLOCKED policy, which
 * rejects clients whose SenderBase reputation score is too low.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'cisco-secure-email',
  name: 'Cisco Secure Email (IronPort)',
  kind: 'filter',
};

export const signatures: SignatureInput[] = [
  {
    id: 'cisco-secure-email-poor-reputation',
    pattern: String.raw`rejected due to the sending MTA's poor reputation`,
    reason: 'bad-reputation',
    sender: 'cisco-secure-email',
    codes: ['554'],
    examples: [
      {
        text: "[2018-05-24T06:21:28.568919+0000] <<<recv: 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
        source: 'https://github.com/zytzagoo/smtp-validate-email/issues/40',
      },
    ],
  },
];
