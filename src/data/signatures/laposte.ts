import type { SenderInput, SignatureInput } from '../reason-schema.ts';

export const sender: SenderInput = { id: 'laposte', name: 'La Poste (laposte.net)', kind: 'provider' };

export const signatures: SignatureInput[] = [
  {
    id: 'laposte-invalid-recipient',
    pattern: String.raw`destinataire invalide\. Invalid recipient\. LPN`,
    reason: 'recipient-unknown',
    sender: 'laposte',
    codes: ['550', '5.5.0'],
    examples: [
      { text: '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-franceptt-02.eml' },
    ],
  },
  {
    id: 'laposte-account-blocked',
    pattern: String.raw`The recipient account is ?blocked|Archived recipient`,
    reason: 'recipient-disabled',
    sender: 'laposte',
    codes: ['550', '5.5.0'],
    examples: [
      { text: '550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426', source: 'https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-franceptt-05.eml' },
      { text: 'Archived recipient. LPN007_420', source: 'https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Rhost/FrancePTT.pm' },
    ],
  },
];
