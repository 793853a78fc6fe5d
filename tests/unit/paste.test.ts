import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLinkable, isMessagePaste } from '../../src/lib/paste.ts';

describe('a paste', () => {
  it('may be linked when it is a short line without an address', () => {
    assert.equal(isLinkable('550 5.1.1'), true);
    assert.equal(isLinkable('421 vs 504'), true);
    assert.equal(isLinkable('550 5.1.1 <kijitora@example.com>: User unknown'), false);
    assert.equal(isLinkable('Final-Recipient: rfc822; x\nAction: failed'), false);
    assert.equal(isLinkable('mailbox full '.repeat(20)), false);
    assert.equal(isLinkable('   '), false);
  });

  it('is a message when it has three lines or starts with header fields', () => {
    assert.equal(isMessagePaste('550 5.1.1 User unknown'), false);
    assert.equal(isMessagePaste('550-5.1.1 The email account\n550 5.1.1 does not exist'), false);
    assert.equal(isMessagePaste('From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail'), true);
    assert.equal(isMessagePaste('Delivery has failed.\n\nkijitora@example.com\nRemote Server returned 550 5.1.1'), true);
  });
});
