/**
 * MailChannels, the outbound relay many web hosts send through: its replies name the filter in
 * brackets ("[CS]" is content scanning) and link to its bounce explanation page.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'mailchannels',
  name: 'MailChannels',
  kind: 'service',
};

export const signatures: SignatureInput[] = [
  {
    id: 'mailchannels-content-scan-blocked',
    pattern: String.raw`\[CS\] Message blocked`,
    reason: 'spam-detected',
    sender: 'mailchannels',
    codes: ['550', '5.7.1'],
    examples: [
      {
        text: 'Diagnostic-Code: smtp; 550 5.7.1 [CS] Message blocked. If this is a false positive, please report this to your hosting service provider. See https://console.mailchannels.net/insights/bounce?auid=example&sender=user%40example.com&txid=25b54c5e3c56be3e',
        source: 'https://pastebin.com/BihkfJpV',
      },
    ],
  },
];
