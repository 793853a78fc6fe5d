import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maskAddress, maskAddresses, pageTicketText, reportTicketText } from '../../src/lib/ticket-text.ts';

const templates = {
  recipient: '{n}. {address}: {action}',
  codes: 'Codes: {codes}',
  reason: 'Reason: {reason}',
  advice: 'What to do: {advice}',
  cause: 'Cause of the delay: {reason}',
  noAddress: 'Address not given',
};

describe('ticket text', () => {
  it('gives a page as its title, verdict and fix, then the link to its fix section', () => {
    assert.equal(
      pageTicketText(['550 Mailbox unavailable', ' Permanent failure: do not retry. ', '', 'Check the address.'], 'https://x.example/en/codes/550/#fix'),
      '550 Mailbox unavailable\nPermanent failure: do not retry.\nCheck the address.\nhttps://x.example/en/codes/550/#fix',
    );
  });

  it('masks the local part and keeps the domain', () => {
    assert.equal(maskAddress('kijitora@example.com'), 'k***@example.com');
    assert.equal(maskAddress('not an address'), 'not an address');
    assert.equal(maskAddresses('550 5.1.1 <kijitora@example.com>: unknown; cc sabatora@mail.example.net.'), '550 5.1.1 <k***@example.com>: unknown; cc s***@mail.example.net.');
  });

  it('lists each recipient of a report with its codes, reason, advice and page, masked on request', () => {
    const recipients = [
      { address: 'kijitora@example.com', action: 'Failed', codes: ['550', '5.1.1'], reason: 'Address does not exist', advice: 'Check the address.', link: 'https://x.example/en/reasons/recipient-unknown/' },
      { action: 'Delayed', codes: [], reason: 'Delivery report', advice: '', cause: 'Mailbox full', link: 'https://x.example/en/reasons/delivery-report/' },
    ];
    assert.equal(
      reportTicketText('A bounce.', recipients, templates, true),
      [
        'A bounce.',
        '',
        '1. k***@example.com: Failed',
        '   Codes: 550 5.1.1',
        '   Reason: Address does not exist',
        '   What to do: Check the address.',
        '   https://x.example/en/reasons/recipient-unknown/',
        '',
        '2. Address not given: Delayed',
        '   Reason: Delivery report',
        '   Cause of the delay: Mailbox full',
        '   https://x.example/en/reasons/delivery-report/',
      ].join('\n'),
    );
    assert.match(reportTicketText('A bounce.', recipients, templates, false), /1\. kijitora@example\.com: Failed/);
  });
});
