import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'att', name: 'AT&T (att.net, bellsouth.net, sbcglobal.net)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  // AT&T's own block list; delisting by mail to abuse_rbl@abuse-att.net.
  {
    id: 'att-rbl',
    pattern: String.raw`DNSBL:ATTRBL|abuse_rbl@abuse-att\.net`,
    reason: 'ip-blocklisted',
    sender: 'att',
    codes: ['553', '5.3.0'],
    examples: [
      { text: '553 5.3.0 alph149 DNSBL:ATTRBL 521_is_blocked.For assistance forward this email to abuse_rbl@abuse-att.net', source: 'https://pastebin.com/aK34z54J' },
    ],
  },
];
