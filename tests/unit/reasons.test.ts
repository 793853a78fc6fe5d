/**
 * The reasons behind a bounce: the classifier on the development set of real reply lines
 * (tests/fixtures/reply-lines/, each with its source), on every signature's own examples, and on
 * hostile input; and the reason invariants, each failing on an entry that breaks it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataset, SOURCES } from '../../src/data/dataset.ts';
import { reasonsForCode } from '../../src/data/reason-links.ts';
import { nonLinearFeature, REASON_CHECKS } from '../../src/data/reason-invariants.ts';
import { isReasonId } from '../../src/data/reason-schema.ts';
import { classifierData, createClassifier } from '../../src/lib/reason-classifier.ts';

const classify = createClassifier(classifierData(dataset));
const FIXTURES = join(import.meta.dirname, '../fixtures/reply-lines');

interface Line {
  text: string;
  reason: string;
  sender: string;
  source: string;
  where: string;
}

const lines: Line[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.tsv'))
  .flatMap((file) =>
    readFileSync(join(FIXTURES, file), 'utf8')
      .split('\n')
      .map((line, i) => ({ line, where: `${file}:${i + 1}` }))
      .filter(({ line }) => line.trim() && !line.startsWith('#'))
      .map(({ line, where }) => {
        const [text, reason, sender, source] = line.split('\t');
        return { text: text!, reason: reason!, sender: sender!, source: source!, where };
      }),
  );

describe('the development set of reply lines', () => {
  it('has at least 150 lines from at least 40 senders, each with a reason id and a source address', () => {
    assert.ok(lines.length >= 150, `${lines.length} lines`);
    assert.ok(new Set(lines.map((l) => l.sender)).size >= 40, `${new Set(lines.map((l) => l.sender)).size} senders`);
    for (const l of lines) {
      assert.ok(isReasonId(l.reason), `${l.where}: ${l.reason}`);
      assert.match(l.source, /^https:\/\//, l.where);
    }
  });

  it('is classified right at least 95% of the time', () => {
    const wrong = lines.filter((l) => classify(l.text).reason !== l.reason);
    const accuracy = 1 - wrong.length / lines.length;
    assert.ok(accuracy >= 0.95, `${(accuracy * 100).toFixed(1)}%: ${wrong.map((l) => `${l.where} → ${classify(l.text).reason}`).join('; ')}`);
  });
});

describe('the classifier', () => {
  it('classifies every signature’s own examples as that signature’s reason', () => {
    const wrong = dataset.signatures.flatMap((s) =>
      s.examples.filter((e) => classify(e.text).reason !== s.reason).map((e) => `${s.id}: ${e.text.slice(0, 60)} → ${classify(e.text).reason}`),
    );
    assert.deepEqual(wrong, []);
  });

  it('names its evidence: the words a signature recognised, or the code whose default it used', () => {
    const spamhaus = classify('554 5.7.1 Service unavailable; Client host [192.0.2.33] blocked using zen.spamhaus.org');
    assert.equal(spamhaus.reason, 'ip-blocklisted');
    assert.equal(spamhaus.evidence.kind, 'signature');
    // RFC 3463 §3.3: X.2.2 "Mailbox full".
    assert.deepEqual(classify('552 5.2.2 sorry'), { reason: 'mailbox-full', evidence: { kind: 'enhanced', code: '5.2.2' } });
    // RFC 7504: 521 "Host does not accept mail".
    assert.deepEqual(classify('521 sorry'), { reason: 'domain-rejects-mail', evidence: { kind: 'basic', code: '521' } });
    assert.deepEqual(classify('550 go away'), { reason: 'unclassified', evidence: { kind: 'none' } });
  });

  it('lets the first telling text win over what follows from it, and a weak text only decide alone', () => {
    assert.equal(classify('user@example.com: mailbox is full (quota exceeded): retry timeout exceeded').reason, 'mailbox-full');
    const wrapped =
      'status=deferred (delivery temporarily suspended: host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 Service unavailable; Client host [192.0.2.33] blocked using zen.spamhaus.org)';
    assert.equal(classify(wrapped).reason, 'ip-blocklisted');
  });

  it('uses the range’s default for any code inside a documented range', () => {
    assert.deepEqual(classify('451 4.7.650 Try again later'), { reason: 'rate-limited', evidence: { kind: 'enhanced', code: '4.7.650' } });
  });

  it('classifies a 100 KB line of repeated near-matches without trouble', () => {
    const hostile = 'blocked usin zen.spamhau mailbox is ful user unknow 550 5.1.x '.repeat(1700);
    assert.ok(hostile.length > 100_000);
    assert.equal(classify(hostile).reason, 'unclassified');
  });
});

describe('reasons and codes', () => {
  it('give each of the most looked-up codes at least three reasons', () => {
    for (const code of ['550', '554', '421', '450', '451', '452', '552', '5.7.1', '5.1.1', '4.7.0']) {
      assert.ok(reasonsForCode(code).length >= 3, code);
    }
  });
});

describe('reason invariants', () => {
  it('patternsAreLinear: catches unbounded and nested quantifiers, backreferences, lookbehind and a bad example', () => {
    assert.equal(nonLinearFeature(String.raw`blocked using zen\.spamhaus\.org`), undefined);
    assert.equal(nonLinearFeature(String.raw`over quota.{0,40}mailbox`), undefined);
    assert.equal(nonLinearFeature('(a+)+b'), 'unbounded quantifier +');
    assert.equal(nonLinearFeature('(?:ab){1,3}'), 'quantified group {1,3}');
    assert.equal(nonLinearFeature('(?:ab)?c'), undefined, 'an optional group matches once at most');
    assert.equal(nonLinearFeature('(?:ab){0,1}'), 'quantified group {0,1}');
    assert.equal(nonLinearFeature('a.{0,1000}b'), 'quantifier {0,1000} above 100');
    assert.equal(nonLinearFeature(String.raw`(a)\1`), 'backreference \\1');
    assert.equal(nonLinearFeature('(?<!x)y'), 'lookbehind');
    assert.equal(nonLinearFeature('[+*](?:x)'), undefined);
    const bad = { ...dataset, signatures: [{ ...dataset.signatures[0]!, pattern: 'does not exist at all' }] };
    assert.deepEqual(REASON_CHECKS.patternsAreLinear(bad), [`signature ${dataset.signatures[0]!.id}, field examples[0]: the pattern does not match it`]);
  });

  it('reasonsAreComplete: every reason id of the contract has its entry', () => {
    assert.deepEqual(REASON_CHECKS.reasonsAreComplete({ ...dataset, reasons: dataset.reasons.slice(1) }), ['reason recipient-unknown: missing (src/data/reasons.ts)']);
  });

  it('signaturesNameKnownSenders: a signature’s sender must exist', () => {
    const bad = { ...dataset, signatures: [{ ...dataset.signatures[0]!, sender: 'nobody-mail' }] };
    assert.deepEqual(REASON_CHECKS.signaturesNameKnownSenders(bad), [`signature ${dataset.signatures[0]!.id}, field sender: unknown sender nobody-mail`]);
  });

  it('defaultsNameKnownCodes: a default reason must name a registry row, a provider code or a basic code', () => {
    const defaults = { enhanced: { ...SOURCES.defaults.enhanced, 'X.9.9': 'recipient-unknown' as const }, basic: { '599': 'recipient-unknown' as const } };
    assert.deepEqual(REASON_CHECKS.defaultsNameKnownCodes({ ...dataset, defaults }), [
      'default reason X.9.9: no registry row or provider code X.9.9 (src/data/default-reasons.ts)',
      'default reason 599: no basic code 599',
    ]);
  });
});
