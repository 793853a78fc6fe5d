import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'qq', name: 'QQ Mail / Tencent Exmail', kind: 'provider', docs: 'https://service.mail.qq.com/' };

export const signatures: SignatureInput[] = [
  {
    id: 'qq-mailbox-not-found',
    pattern: String.raw`Mailbox not found\. https?://service\.mail\.qq\.com`,
    reason: 'recipient-unknown',
    sender: 'qq',
    docs: 'https://service.mail.qq.com/detail/122/169',
    codes: ['550'],
    examples: [
      { text: '550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728', source: 'https://pastebin.com/pnX6jKVc' },
    ],
  },
  {
    id: 'qq-frequency-limited',
    pattern: String.raw`(?:Ip|Domain|Sender|Connection) frequency limited`,
    reason: 'rate-limited',
    sender: 'qq',
    docs: 'https://service.mail.qq.com/detail/122/172',
    codes: ['550'],
    examples: [
      { text: '550 Ip frequency limited [V2VkIEFwciAgMyAxNjozNjo1OSBKU1QgMjAxOQo=/RkNGMjlFQTVEQ0E Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-tencent-01.eml' },
      { text: '550 Connection frequency limited [Q1YzZ3kxdnRYYnpkbVZ0MAo+QTMzMTMzRjUxNzQ4Cg/MTI3MTY2MDge= Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-tencent-02.eml' },
    ],
  },
  {
    id: 'qq-dmarc',
    pattern: String.raw`(?:DMARC|SPF) check failed\. https?://service\.mail\.qq\.com`,
    reason: 'authentication-failed',
    sender: 'qq',
    docs: 'https://service.mail.qq.com/detail/122/72',
    codes: ['550'],
    examples: [
      { text: '550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-tencent-03.eml' },
    ],
  },
];
