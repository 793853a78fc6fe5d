/** Comparison pages are derived from the dataset: pairs, their facts, and the sentences about them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { basicCodes, findBasicCode } from '../../src/data/dataset.ts';
import { implementerAdvice, pairSummary } from '../../src/lib/pair-summary.ts';
import { plainText, sentences } from '../../src/i18n/sentences/index.ts';
import { allPairs, pairFacts, pairSlug, parsePairSlug, relatedPairSlugs } from '../../src/lib/pairs.ts';
import { diagramMarks } from '../../src/lib/session-diagram.ts';

const code = (c: string) => findBasicCode(c)!;
const facts = (a: string, b: string) => pairFacts(code(a), code(b));

describe('pair addresses', () => {
  it('put the lower code first, whatever the order given', () => {
    assert.equal(pairSlug('504', '421'), '421-vs-504');
    assert.equal(pairSlug('421', '504'), '421-vs-504');
    assert.throws(() => pairSlug('550', '550'));
  });
  it('read both orders back', () => {
    assert.deepEqual(parsePairSlug('504-vs-421'), ['504', '421']);
    assert.equal(parsePairSlug('550-vs-550'), undefined);
    assert.equal(parsePairSlug('5.1.1-vs-550'), undefined);
  });
  it('exist for every unordered pair of basic codes: n(n-1)/2', () => {
    const n = basicCodes.length;
    const pairs = allPairs(basicCodes.map((c) => c.code));
    assert.equal(pairs.length, (n * (n - 1)) / 2);
    assert.equal(new Set(pairs.map(([a, b]) => pairSlug(a, b))).size, pairs.length);
    assert.ok(pairs.every(([a, b]) => a < b));
  });
});

describe('pair facts', () => {
  it('450 vs 550: the same mailbox problem, transient against permanent', () => {
    const f = facts('550', '450');
    assert.equal(f.low.code, '450');
    assert.equal(f.sameOutcome, false);
    assert.equal(f.sameBounce, false);
    assert.equal(f.choice, 'transient-or-permanent');
    assert.ok(f.sharedStages.includes('rcpt') && f.sharedStages.includes('mail'));
    assert.equal(f.confused, true);
  });
  it('550 vs 554: both permanent, different kinds of problem', () => {
    assert.equal(facts('550', '554').choice, 'by-category');
  });
  it('530 vs 535: both permanent authentication failures, told apart by their definitions', () => {
    assert.equal(facts('530', '535').choice, 'by-definition');
  });
  it('221 vs 421: no choice to make when one is not a failure', () => {
    const f = facts('221', '421');
    assert.equal(f.choice, undefined);
    assert.deepEqual(f.sharedStages, []);
  });
  it('suggest the comparisons of each code with the codes it is confused with', () => {
    const slugs = relatedPairSlugs(code('450'), code('550'));
    assert.ok(slugs.includes('450-vs-451') && slugs.includes('550-vs-553'));
    assert.ok(!slugs.includes('450-vs-550'));
  });
});

describe('pair sentences', () => {
  const text = (locale: 'en' | 'es' | 'ja', a: string, b: string) => pairSummary(facts(a, b), sentences(locale)).map(plainText);
  it('say in every language which is transient and which permanent', () => {
    assert.ok(text('en', '450', '550').includes('450 reports a transient failure, while 550 reports a permanent failure.'));
    assert.ok(text('es', '450', '550').includes('El 450 indica un error temporal, mientras que el 550 indica un error permanente.'));
    assert.ok(text('ja', '450', '550').includes('450 は一時的なエラーを、550 は恒久的なエラーを表します。'));
  });
  it('say once what both have in common, naming the codes as alternatives', () => {
    const en = text('en', '250', '251');
    assert.ok(en.includes('After 250 or 251, the session simply goes on: there is nothing to fix.'));
    assert.ok(en.includes('Neither is a bounce.'));
    assert.ok(text('es', '250', '251').includes('Tras el 250 o el 251, la sesión continúa sin más: no hay nada que corregir.'));
  });
  it('list stages as alternatives, each with the words its language puts before it', () => {
    // 421: the greeting or any command (RFC 5321 §3.8, §4.3.2); 504 at EHLO, AUTH, MAIL, RCPT, VRFY, EXPN, HELP.
    assert.ok(text('es', '221', '421').some((s) => s.includes('el 421, en el saludo inicial de la conexión o en cualquier comando')));
    assert.ok(text('ja', '221', '421').some((s) => s.includes('421 は接続直後のグリーティングまたは任意のコマンドで返されます。')));
  });
  it('mark codes as code and definitions as verbatim English', () => {
    const advice = implementerAdvice(facts('500', '501'), sentences('es'))!;
    assert.ok(advice.some((p) => typeof p === 'object' && 'samp' in p));
    assert.deepEqual(advice.filter((p) => typeof p === 'object' && 'code' in p), [{ code: '500' }, { code: '501' }]);
  });
  it('advise the transient code for conditions that can clear', () => {
    assert.match(plainText(implementerAdvice(facts('554', '421'), sentences('en'))!), /^Send 421 when .* and 554 when it will not/);
    assert.equal(implementerAdvice(facts('221', '421'), sentences('en')), undefined);
  });
});

describe('session diagram', () => {
  it('marks the greeting and every command for a code sent "at any command"', () => {
    const marks = Object.fromEntries(diagramMarks(code('421').stages).map((m) => [m.step, m.a]));
    assert.equal(marks.greeting, true);
    assert.equal(marks.rcpt, true);
    assert.equal(marks.other, true);
  });
  it('marks the two codes of a comparison separately', () => {
    const marks = diagramMarks(code('450').stages, code('354').stages);
    assert.deepEqual(marks.find((m) => m.step === 'data'), { step: 'data', a: false, b: true });
    assert.deepEqual(marks.find((m) => m.step === 'rcpt'), { step: 'rcpt', a: true, b: false });
  });
});
