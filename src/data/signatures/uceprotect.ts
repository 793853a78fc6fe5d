import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'uceprotect', name: 'UCEPROTECT', kind: 'blocklist' };

export const signatures: SignatureInput[] = [
  // Level 1 lists single IPs; Levels 2 and 3 list whole provider ranges and networks, so an innocent sender can be caught.
  {
    id: 'uceprotect-listed',
    pattern: String.raw`dnsbl-[123]\.uceprotect\.net|UCEPROTECT-Level ?[123]|uceprotect\.net/(?:en/rblcheck|rblcheck)`,
    reason: 'ip-blocklisted',
    sender: 'uceprotect',
    codes: ['550', '554'],
    examples: [
      { text: '550-Blacklisted in dnsbl-1.uceprotect.net:\n550-IP 192.0.2.82 is UCEPROTECT-Level 1 listed. See\n550 http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.82', source: 'https://pastebin.com/XyCXXpvt' },
    ],
  },
];
