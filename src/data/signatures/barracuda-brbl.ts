import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'barracuda-brbl', name: 'Barracuda Reputation Block List', kind: 'blocklist' };

export const signatures: SignatureInput[] = [
  {
    id: 'barracuda-brbl-listed',
    pattern: String.raw`b\.barracudacentral\.org|Barracuda Reputation;|barracudanetworks\.com/reputation|barracudacentral\.org/(?:rbl|lookups)`,
    reason: 'ip-blocklisted',
    sender: 'barracuda-brbl',
    codes: ['554', '550', '5.7.1'],
    examples: [
      { text: '554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org', source: 'https://pastebin.com/FreqNBvG' },
      { text: '554-Service unavailable; Client host [bl11-253-215.dsl.example.net] blocked using\r\n554-Barracuda Reputation;\r\n554 http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.215\r\n', source: 'https://github.com/getconversio/email-deep-validator/pull/20' },
    ],
  },
];
