import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ticketText } from '../../src/lib/ticket-text.ts';

it('makes a plain line and a Markdown link, escaping brackets in the title', () => {
  assert.equal(
    ticketText('550', 'Mailbox [unavailable]', 'https://x.example/en/codes/550/'),
    '550 Mailbox [unavailable]: https://x.example/en/codes/550/\n[550 Mailbox \\[unavailable\\]](https://x.example/en/codes/550/)',
  );
});
