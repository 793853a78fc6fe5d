/**
 * Barracuda Email Security Gateway (formerly Spam & Virus Firewall) and Barracuda Email Security
 * Service: the Barracuda Reputation block and the notice it sends for blocked messages.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'barracuda',
  name: 'Barracuda Email Security Gateway',
  kind: 'filter',
};

export const signatures: SignatureInput[] = [
  {
    // Barracuda Reputation (BRBL), Barracuda's IP block list; multi-line replies may put "554-"
    // before the list name.
    id: 'barracuda-reputation-blocked',
    pattern: String.raw`blocked using[ 0-9-]{1,8}Barracuda Reputation`,
    reason: 'ip-blocklisted',
    sender: 'barracuda',
    codes: ['550', '554'],
    examples: [
      {
        text: 'Diagnostic-Code: smtp;550 Service unavailable; Client host [smtp001.example.com] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.9 (zzzzz@example.com:blocked,xxxxx@example.com:blocked)',
        source: 'https://github.com/thunderbird/mailstrom/issues/162',
      },
      {
        text: '554-Service unavailable; Client host [host.example.net] blocked using 554-Barracuda Reputation; 554 http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.1',
        source: 'https://github.com/getconversio/email-deep-validator/pull/20',
      },
    ],
  },
  {
    // The gateway's own notice; it does not say which check fired, spam scoring being the usual one.
    id: 'barracuda-blocked-by-spam-firewall',
    pattern: String.raw`was blocked by our Spam (?:Firewall|& Virus Firewall)`,
    reason: 'spam-detected',
    sender: 'barracuda',
    codes: [],
    examples: [
      { text: 'Your message to: kijitora@example.org was blocked by our Spam Firewall.', source: 'https://github.com/sisimai/set-of-emails/blob/master/maildir/bsd/lhost-barracuda-01.eml' },
    ],
  },
];
