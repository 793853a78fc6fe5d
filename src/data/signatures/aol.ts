import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'aol', name: 'AOL Mail (legacy servers)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  // AOL's postmaster pages: RTR:BL is a permanent block for poor IP reputation, RLY:B1 a 24-hour block after member complaints.
  {
    id: 'aol-reputation-block',
    pattern: String.raw`\((?:RTR:BL|RLY:B1)\)`,
    reason: 'bad-reputation',
    sender: 'aol',
    codes: ['554'],
    examples: [
      { text: '554- (RTR:BL) https://postmaster.aol.com/error-codes#554rtrbl 554 Connecting IP: 192.0.2.192', source: 'https://pastebin.com/iyhP57kG' },
    ],
  },
  // RTR:DU: AOL, working with Spamhaus, lists dynamic and residential IP addresses and takes no mail from them.
  {
    id: 'aol-dynamic-ip',
    pattern: String.raw`\(RTR:DU\)`,
    reason: 'ip-blocklisted',
    sender: 'aol',
    codes: ['554'],
    examples: [
      { text: '554- (RTR:DU) https://postmaster.aol.com/error-codes#554rtrdu 554 Connecting IP: 192.0.2.3', source: 'https://pastebin.com/4Rf5sp3q' },
    ],
  },
  {
    id: 'aol-dyn-throttle',
    pattern: String.raw`\(DYN:T1\)`,
    reason: 'rate-limited',
    sender: 'aol',
    codes: ['421', '4.7.1'],
    examples: [
      { text: '421 4.7.1 : (DYN:T1) https://postmaster.aol.com/error-codes#421dynt1', source: 'https://pastebin.com/MuB2sCDr' },
    ],
  },
];
