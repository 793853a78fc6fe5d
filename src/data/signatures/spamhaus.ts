import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'spamhaus', name: 'Spamhaus', kind: 'blocklist', docs: 'https://www.spamhaus.org/faq/section/DNSBL%20Usage' };

export const signatures: SignatureInput[] = [
  {
    id: 'spamhaus-zone-listed',
    pattern: String.raw`(?:zen|sbl|xbl|pbl|sbl-xbl)\.(?:spamhaus\.org|dq\.spamhaus\.net)(?:[^;E]|;\s{0,2}[^E\s]|$)`,
    reason: 'ip-blocklisted',
    sender: 'spamhaus',
    docs: 'https://www.spamhaus.org/zen/',
    codes: ['554', '5.7.1', '550'],
    examples: [
      { text: '554 5.7.1 Service unavailable; Client host [192.0.2.252] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL468702', source: 'https://pastebin.com/rhrW1wqA' },
      { text: '550 5.7.1 Service unavailable; client [192.0.2.207] blocked using zen.spamhaus.org; from=<user@example.com>, to=<user@example.net>, proto=ESMTP, helo=<host.example.net>', source: 'https://pastebin.com/chVg5jPF' },
    ],
  },
  // Receivers such as Exchange Online name Spamhaus or link its lookup page instead of the DNS zone.
  {
    id: 'spamhaus-named',
    pattern: String.raw`blocked using Spamhaus|listing in Spamhaus (?:SBL|XBL|PBL|ZEN)|spamhaus\.org/(?:query/(?:ip|bl)|sbl/query|lookup\.lasso)`,
    reason: 'ip-blocklisted',
    sender: 'spamhaus',
    docs: 'https://www.spamhaus.org/faq/section/DNSBL%20Usage',
    codes: ['550', '5.7.1', '553'],
    examples: [
      { text: '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/[192.0.2.1] (AS16012611)', source: 'https://pastebin.com/xuQckw3r' },
      { text: '553 http://www.spamhaus.org/query/bl?ip=192.0.2.222', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-godaddy-02.eml' },
    ],
  },
  // The DBL lists domains, not IPs; it is filed with the DNS blocklists because the remedy is the same (find the listing, fix the cause, ask for removal).
  {
    id: 'spamhaus-dbl-listed',
    pattern: String.raw`dbl\.spamhaus\.org(?:[^;E]|;\s{0,2}[^E\s]|$)|present in the Spamhaus DBL|spamhaus\.org/query/dbl`,
    reason: 'ip-blocklisted',
    sender: 'spamhaus',
    docs: 'https://www.spamhaus.org/dbl/',
    codes: ['554', '5.7.1', '550'],
    examples: [
      { text: '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/Apple.pm' },
    ],
  },
  // Not a listing: the receiving server queries Spamhaus through a public resolver and treats the error answer as a hit.
  {
    id: 'spamhaus-query-error',
    pattern: String.raw`Error: (?:open resolver|excessive number of queries)|spamhaus\.org/returnc/`,
    reason: 'remote-system-error',
    sender: 'spamhaus',
    docs: 'https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now./',
    codes: ['554', '5.7.1', '550'],
    examples: [
      { text: '554 5.7.1 Service unavailable; Client host [192.0.2.230] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/192.0.2.230/', source: 'https://github.com/springcomp/self-hosted-simplelogin/issues/37' },
      { text: '550 Error: open resolver; https://www.spamhaus.org/returnc/pub/2001:db8:377:1024::ac46:58b3', source: 'https://github.com/openstreetmap/operations/issues/674' },
    ],
  },
];
