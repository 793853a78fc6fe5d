/** The enhanced status codes: every registry row, its class variants, and the links to basic codes. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dataset, enhancedCodesWith, findEnhancedCode, loadDataset, SOURCES } from '../../src/data/dataset.ts';
import { compareEnhanced, enhancedCodesIn, rowClasses } from '../../src/data/enhanced.ts';
import { ALL_CHECKS } from '../../src/data/invariants.ts';

/** The registry as IANA publishes it (copied from shared/reference). */
const registryTsv = readFileSync(new URL('../fixtures/iana-enhanced-status-codes.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => /^X\.\d/.test(line))
  .map((line) => {
    const [row, text, associated] = line.split('\t');
    return { row: row!, text: text!, associated: associated ?? '' };
  });

const row = (key: string) => dataset.registry.find((r) => r.row === key)!;

describe('the registry rows', () => {
  it('are all present, with the registry text and associated codes', () => {
    assert.equal(registryTsv.length, 81);
    assert.deepEqual(dataset.registry.map((r) => r.row), registryTsv.map((r) => r.row));
    for (const ref of registryTsv) {
      const r = row(ref.row);
      if (ref.row !== 'X.6.10') assert.equal(r.text, ref.text, ref.row);
      const codes = typeof r.associated === 'string' ? [] : r.associated.codes;
      assert.deepEqual(codes, ref.associated.match(/\b\d{3}\b/g) ?? [], ref.row);
    }
  });

  it('are published in the classes the rule gives', () => {
    const expected: Record<string, string[]> = {
      'X.0.0': ['2', '4', '5'], // "Any"
      'X.1.0': ['4', '5'], // "Not given"
      'X.1.1': ['4', '5'], // 451, 550
      'X.1.3': ['5'], // 501
      'X.1.5': ['2'], // 250
      'X.3.6': ['2'], // "250 or 251"
      'X.3.0': ['2', '4', '5'], // 221, 250, 421, 451, 550, 554
      'X.6.10': ['4', '5'], // deprecated, none named
      'X.7.15': ['4', '5'], // 450, 550, other 4XX or 5XX allowed
      'X.7.16': ['4', '5'], // 552, other 4XX or 5XX allowed
      'X.7.17': ['5'], // "5XX"
      'X.7.24': ['4', '5'], // "451/550"
      'X.7.28': ['4', '5'], // "."
    };
    for (const [key, classes] of Object.entries(expected)) assert.deepEqual(rowClasses(row(key)), classes, key);
  });

  it('give a page for every class variant', () => {
    for (const r of dataset.registry) {
      for (const c of rowClasses(r)) assert.ok(findEnhancedCode(r.row.replace('X', c)), `${r.row} in class ${c}`);
    }
  });

  it('mark X.6.10 as a deprecated duplicate of X.6.8', () => {
    assert.equal(row('X.6.10').deprecatedFor, 'X.6.8');
  });
});

describe('enhanced and basic codes', () => {
  it('pair each class variant with the basic codes of its class', () => {
    assert.deepEqual(findEnhancedCode('5.1.1')?.basic, ['550']);
    // The registry pairs X.1.1 with 451 and 550; a recorded Postfix reply adds 450 4.1.1.
    assert.deepEqual(findEnhancedCode('4.1.1')?.basic, ['450', '451']);
    assert.equal(findEnhancedCode('2.0.0')?.anyBasic, true);
  });

  it('derive "sent with" from the registry and the recorded replies, so they cannot disagree', () => {
    // 5.7.1 comes with 554 (Postfix relay and blocklist refusals), 553 (sender login mismatch) and
    // 530, as its own page says; the registry lists only 502, 503, 533, 550 and 551.
    const basic = findEnhancedCode('5.7.1')!.basic;
    for (const code of ['550', '553', '554']) assert.ok(basic.includes(code), code);
    for (const reply of findEnhancedCode('5.7.1')!.replies) assert.ok(basic.includes(reply.text.slice(0, 3)), reply.text);
  });

  it('list, for a basic code, the enhanced codes of its class that go with it', () => {
    const with550 = enhancedCodesWith('550').map((e) => e.code);
    assert.ok(with550.includes('5.1.1') && with550.includes('5.7.26'));
    assert.ok(with550.every((c) => c.startsWith('5.')));
    assert.deepEqual(enhancedCodesWith('556').map((e) => e.code), ['5.1.10']);
  });

  it('take the replies that carry the code from the recorded replies', () => {
    const replies = findEnhancedCode('5.1.1')!.replies.map((r) => r.sender);
    assert.ok(replies.includes('Gmail') && replies.includes('Postfix'));
  });

  it('show on a provider range the replies of every code in it', () => {
    const texts = findEnhancedCode('5.2.251')!.replies.map((r) => r.text);
    assert.ok(texts.some((t) => t.startsWith('550 5.2.251 ')) && texts.some((t) => t.startsWith('550 5.2.252 ')));
    assert.equal(findEnhancedCode('5.2.252'), undefined);
  });

  it('sort numerically', () => {
    assert.deepEqual(['5.1.10', '4.7.0', '5.1.2'].sort(compareEnhanced), ['4.7.0', '5.1.2', '5.1.10']);
  });
});

describe('enhancedCodesIn', () => {
  it('finds the enhanced code after a basic code, with a space or a continuation hyphen', () => {
    assert.deepEqual(enhancedCodesIn('550-5.1.1 The email account that you tried to reach does not exist.'), ['5.1.1']);
    assert.deepEqual(enhancedCodesIn('530 5.7.57 Client not authenticated. Error: 535 5.7.139 Authentication unsuccessful'), ['5.7.57', '5.7.139']);
  });
  it('ignores numbers that only look like codes', () => {
    assert.deepEqual(enhancedCodesIn('421 [203.0.113.7] deferred - 4.16.55.1; (554.30)'), []);
    assert.deepEqual(enhancedCodesIn('550 Unrouteable address'), []);
  });
});

describe('registry and provider invariants', () => {
  it('reject an associated code the basic dataset lacks', () => {
    const registry = dataset.registry.map((r) => (r.row === 'X.1.1' ? { ...r, associated: { codes: ['599'] } } : r));
    assert.deepEqual(ALL_CHECKS.associatedCodesExist!({ ...dataset, registry }), [
      'registry row X.1.1, field associated.codes[0]: unknown basic code 599',
    ]);
  });

  it('reject a provider code without its source, naming it', () => {
    const bad = { code: '5.7.57', provider: 'microsoft', basic: ['530'], replies: [] };
    assert.throws(() => loadDataset({ ...SOURCES, providers: [bad] }), /provider code microsoft 5\.7\.57, field source/);
  });

  it('reject a range that leaves its subject or runs backwards', () => {
    const p = { code: '4.7.500', through: '4.6.699', provider: 'microsoft' as const, basic: ['451'], source: { title: 'Docs', url: 'https://example.com/' }, replies: [] };
    assert.equal(ALL_CHECKS.rangesAreOrdered!({ ...dataset, providers: [p] }).length, 1);
    assert.equal(ALL_CHECKS.rangesAreOrdered!({ ...dataset, providers: [{ ...p, through: '4.7.499' }] }).length, 1);
  });

  it('reject a provider code sent with a basic code of another class', () => {
    const p = { code: '5.7.57', provider: 'microsoft' as const, basic: ['421'], source: { title: 'Docs', url: 'https://example.com/' }, replies: [] };
    assert.deepEqual(ALL_CHECKS.providerClassesMatch!({ ...dataset, providers: [p] }), [
      'provider code microsoft 5.7.57, field basic[0]: 421 is not of class 5',
    ]);
  });
});
