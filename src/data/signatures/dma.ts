/**
 * The DragonFly Mail Agent (dma), the small MTA of DragonFly BSD and several Linux distributions.
 * Real bounces collected by sisimai.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'dma',
  name: 'DragonFly Mail Agent (dma)',
  kind: 'mta',
};

export const signatures: SignatureInput[] = [
  {
    id: 'dma-dns-host-not-found',
    pattern: String.raw`DNS lookup failure: host [^ ]{1,100} not found`,
    reason: 'domain-not-found',
    sender: 'dma',
    codes: [],
    examples: [{ text: 'DNS lookup failure: host cx.example.org not found', source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-dragonfly-04.eml' }],
  },
];
