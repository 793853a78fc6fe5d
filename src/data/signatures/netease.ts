import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'netease', name: 'NetEase Mail (163.com, 126.com)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  // NetEase: DT:SPM, the message content was judged to be spam.
  {
    id: 'netease-dt-spm',
    pattern: String.raw`DT:SPM`,
    reason: 'spam-detected',
    sender: 'netease',
    codes: ['554', '451'],
    examples: [
      { text: '554 DT:SPM 163 smtp10,DsCowAA3D+JApVpd78gMKg--.16104S2 1566221632,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.65&hostid=smtp10&time=1566221632', source: 'https://github.com/selfteaching/selfteaching-python-camp/issues/5556' },
    ],
  },
  {
    id: 'netease-mi-spf',
    pattern: String.raw`MI:SPF`,
    reason: 'authentication-failed',
    sender: 'netease',
    codes: ['550'],
    examples: [
      { text: '550 MI:SPF 163 mx49,Y8CowABHDZS0MLtb+QOjRQ--.39199S3 1538994358 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.212&hostid=mx49&time=1538994358', source: 'https://pastebin.com/knMf9Xef' },
    ],
  },
  // NetEase: MI:SFQ, the sender exceeded its 15-minute sending quota.
  {
    id: 'netease-sending-quota',
    pattern: String.raw`MI:SFQ|RP:QRC|HL:IFC`,
    reason: 'rate-limited',
    sender: 'netease',
    codes: ['451', '421'],
    examples: [
      { text: '451 MI:SFQ 163 smtp7,C8CowAAnpFyamC9fa52cAg--.56912S2 1596954778,201,please see http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.116&hostid=smtp7&time=1596954778', source: 'https://blog.csdn.net/a15028596338/article/details/107906901' },
    ],
  },
];
