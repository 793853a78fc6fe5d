import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveFacts } from '../../src/data/derive.ts';

describe('deriveFacts (RFC 5321 §4.2.1)', () => {
  it('reads a permanent mail-system failure from 550', () => {
    assert.deepEqual(deriveFacts('550'), {
      classDigit: '5',
      subjectDigit: '5',
      replyClass: 'permanent-negative',
      replySubject: 'mail-system',
      outcome: 'permanent',
    });
  });

  it('reads a transient connection failure from 421', () => {
    const facts = deriveFacts('421');
    assert.equal(facts.replyClass, 'transient-negative');
    assert.equal(facts.replySubject, 'connections');
    assert.equal(facts.outcome, 'transient');
  });

  it('reads 354 as intermediate and 211 as information', () => {
    assert.equal(deriveFacts('354').outcome, 'intermediate');
    assert.equal(deriveFacts('354').replySubject, 'mail-system');
    assert.equal(deriveFacts('211').replySubject, 'information');
    assert.equal(deriveFacts('211').outcome, 'success');
  });

  it('treats x3z and x4z as unspecified', () => {
    assert.equal(deriveFacts('530').replySubject, 'unspecified');
    assert.equal(deriveFacts('545').replySubject, 'unspecified');
  });

  it('refuses what is not a basic code', () => {
    assert.throws(() => deriveFacts('650'), /Not a basic reply code/);
    assert.throws(() => deriveFacts('x50'), /Not a basic reply code/);
  });
});
