/** The bounce-text analyzer on real replies and on the traps of pasted text. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyze, MAX_ANALYZED_LENGTH } from '../../src/lib/bounce-analyzer.ts';

const codes = (text: string) => analyze(text).codes.map((c) => c.code);

/** Real replies from bounces and logs, with the codes a reader should reach (shared/fixtures). */
const samples = readFileSync(new URL('../fixtures/bounce-samples.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [text, expected, source] = line.split('\t');
    return { text: text!, expected: expected!.split(' '), source: source! };
  });

describe('analyze: real replies', () => {
  for (const sample of samples) {
    it(`${sample.source}: ${sample.text.slice(0, 50)}…`, () => {
      // The codes of the reply come first; a reply may quote another one after them.
      assert.deepEqual(codes(sample.text).slice(0, sample.expected.length), sample.expected);
    });
  }
});

describe('analyze: the traps', () => {
  it('reads multi-line replies with continuation hyphens', () => {
    const text = '550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient\'s email address for typos or\n550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp';
    assert.deepEqual(codes(text), ['550', '5.1.1']);
    assert.equal(analyze(text).provider, 'google');
  });
  it('reads prefixes: smtp;, SMTP error from remote mail server, Remote server returned', () => {
    assert.deepEqual(codes('smtp; 550 5.4.4 Invalid domain'), ['550', '5.4.4']);
    assert.deepEqual(codes("Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'"), ['550', '5.1.10']);
    assert.deepEqual(codes('SMTP error from remote mail server after RCPT TO:<a@example.net>: 550 Unrouteable address'), ['550']);
  });
  it('reads Postfix NOQUEUE lines and sendmail stat= fields', () => {
    const postfix =
      'Nov 23 02:34:48 mx postfix/smtpd[12345]: NOQUEUE: reject: RCPT from unknown[203.0.113.7]:54321: 554 5.7.1 <a@example.com>: Relay access denied; from=<b@example.net> to=<a@example.com> proto=ESMTP helo=<x>';
    assert.deepEqual(codes(postfix), ['554', '5.7.1']);
    assert.deepEqual(codes('stat=Deferred: 421 4.7.0 Try again later'), ['421', '4.7.0']);
  });
  it('ignores IP addresses, ports, dates, sizes and message IDs', () => {
    const text =
      '2026-11-23 10:55:02 [198.51.100.250]:25 size=250000 id=4ZbC551.2.3 450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted, msgid <20261123105502.5510@example.com> 554 bytes';
    assert.deepEqual(codes(text), ['450', '4.2.0']);
  });
  it("ignores a provider's internal numbers such as [506] or (554.30)", () => {
    assert.deepEqual(codes('554 30 Sorry, your message to user@yahoo.com cannot be delivered. This mailbox is disabled (554.30). [506]'), ['554']);
    assert.deepEqual(codes('421 4.7.0 [TSS04] Messages from 198.51.100.4 temporarily deferred - 4.16.55.1'), ['421', '4.7.0']);
  });
  it('takes a basic code without an enhanced code', () => {
    assert.deepEqual(codes('550 Unrouteable address'), ['550']);
  });
  it('recognises the provider from the text', () => {
    assert.equal(analyze('550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found [BN8NAM11FT012.eop-nam11.prod.protection.outlook.com]').provider, 'microsoft');
    assert.equal(analyze('554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes').provider, 'yahoo');
    assert.equal(analyze('550 5.1.1 User unknown').provider, undefined);
  });
});

describe('analyze: queries', () => {
  it('takes a code typed alone', () => {
    assert.deepEqual(codes('550'), ['550']);
    assert.deepEqual(codes(' 5.7.1 '), ['5.7.1']);
  });
  it('sees a comparison of two basic codes', () => {
    assert.deepEqual(analyze('421 vs 504').compare, ['421', '504']);
    assert.deepEqual(analyze('504 or 421').compare, ['504', '421']);
    assert.deepEqual(analyze('450 y 550').compare, ['450', '550']);
    assert.deepEqual(analyze('450と550').compare, ['450', '550']);
    assert.equal(analyze('550 5.1.1').compare, undefined);
    assert.equal(analyze('550 User unknown, then 421 later').compare, undefined);
  });
  it('finds nothing in prose', () => {
    assert.deepEqual(codes('buzón lleno'), []);
    assert.deepEqual(codes('メールボックスがいっぱい'), []);
  });
  it('reads full-width digits as codes', () => {
    assert.deepEqual(codes('５５０'), ['550']);
  });
  it('reads no further than its limit, so a huge paste stays fast', () => {
    const huge = 'x'.repeat(MAX_ANALYZED_LENGTH) + ' 550 5.1.1';
    const started = performance.now();
    assert.deepEqual(codes(huge), []);
    assert.deepEqual(codes('550 5.1.1 ' + 'é😀\u202e\u0000'.repeat(25_000)), ['550', '5.1.1']);
    assert.ok(performance.now() - started < 1000);
  });
});
