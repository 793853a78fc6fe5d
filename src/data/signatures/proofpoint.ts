/**
 * Proofpoint's email protection (including the MX hosts it runs for others, such as iCloud Mail):
 * the IP reputation block, with a link to its lookup and delisting page.
 */
import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = {
  id: 'proofpoint',
  name: 'Proofpoint',
  kind: 'filter',
  docs: 'https://ipcheck.proofpoint.com/',
};

export const signatures: SignatureInput[] = [
  {
    id: 'proofpoint-ip-blocked',
    pattern: String.raw`Blocked - see https?://(?:support\.proofpoint\.com/dnsbl-lookup\.cgi|ipcheck\.proofpoint\.com)`,
    reason: 'ip-blocklisted',
    sender: 'proofpoint',
    docs: 'https://ipcheck.proofpoint.com/',
    codes: ['554', '550', '5.7.0'],
    versions: 'The link was https://support.proofpoint.com/dnsbl-lookup.cgi?ip=... in older replies and https://ipcheck.proofpoint.com/?ip=... in newer ones',
    examples: [
      {
        text: 'response=554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1',
        source: 'https://github.com/zone-eu/zone-mta/issues/301',
      },
      {
        text: '<someone@example.com>: host mxb-001.example.com[192.0.2.40] said: 550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.134 (in reply to end of DATA command)',
        source: 'https://github.com/LukeSmithxyz/emailwiz/issues/233',
      },
    ],
  },
];
