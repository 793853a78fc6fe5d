import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { BASIC_CODES } from '../../src/data/basic-codes.ts';
import { basicCodes, dataset, DatasetError, findBasicCode, loadDataset, SOURCES } from '../../src/data/dataset.ts';
import { ALL_CHECKS, type DatasetEntries } from '../../src/data/invariants.ts';
import type { BasicCodeEntry } from '../../src/data/schema.ts';

/** The reference list of codes the site must cover (copied from shared/reference). */
const reference = readFileSync(new URL('../fixtures/basic-reply-codes.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => /^\d{3}\t/.test(line))
  .map((line) => {
    const [code, status, definedIn] = line.split('\t');
    return { code: code!, status: status!, definedIn: definedIn! };
  });

const clone = <T>(value: T): T => structuredClone(value);
const entry = (code: string) => clone(BASIC_CODES.find((e) => e.code === code)!);

describe('the dataset', () => {
  it('covers exactly the codes of the reference list', () => {
    assert.equal(reference.length, 44);
    assert.deepEqual(
      basicCodes.map((c) => c.code),
      reference.map((r) => r.code).sort(),
    );
  });

  it('records each code as standard or registry-only as the reference does', () => {
    for (const r of reference) assert.equal(findBasicCode(r.code)?.status, r.status, r.code);
  });

  it('cites every RFC the reference names for a standard code', () => {
    for (const r of reference.filter((r) => r.status === 'standard')) {
      const cited = new Set(findBasicCode(r.code)!.definitions.flatMap((d) => ('rfc' in d.source ? [d.source.rfc] : [])));
      const named = [...r.definedIn.matchAll(/RFC (\d+)/g)].map((m) => Number(m[1]));
      // RFC 1846 is the experimental origin of 521, replaced by RFC 7504.
      for (const rfc of named.filter((n) => n !== 1846)) assert.ok(cited.has(rfc), `${r.code} should cite RFC ${rfc}`);
    }
  });


  it('derives class and outcome from the code', () => {
    assert.equal(findBasicCode('550')?.outcome, 'permanent');
    assert.equal(findBasicCode('452')?.replyClass, 'transient-negative');
  });
});

/** Loads the dataset with the basic codes replaced by `basic`. */
const loadBasicCodes = (basic: unknown[]) => loadDataset({ ...SOURCES, basic });

describe('loadDataset', () => {
  it('names the entry and the field of a schema violation', () => {
    const bad = entry('421');
    (bad as { stages: string[] }).stages = ['lunch'];
    assert.throws(
      () => loadBasicCodes([bad]),
      (error: unknown) => error instanceof DatasetError && /entry 421, field stages\[0\]/.test(error.message),
    );
  });

  it('names an entry without a readable code by its position', () => {
    assert.throws(() => loadBasicCodes([entry('250'), { code: 42 }]), /entry #2, field code/);
  });

  it('rejects a malformed RFC citation', () => {
    const bad = entry('550');
    (bad.definitions[0]!.source as { section: string }).section = 'four';
    assert.throws(() => loadBasicCodes([bad]), /entry 550, field definitions\[0\]\.source/);
  });

  it('rejects unknown fields, so that typos do not pass silently', () => {
    assert.throws(() => loadBasicCodes([{ ...entry('550'), bounceType: 'hard' }]), /entry 550/);
  });

  it('rejects a reply that does not name where its text is recorded', () => {
    const bad = entry('550');
    delete (bad.replies[0] as { url?: string }).url;
    assert.throws(() => loadBasicCodes([bad]), /entry 550, field replies\[0\]\.url/);
  });

  it('runs the invariants after the schema', () => {
    const all = BASIC_CODES.map(clone);
    assert.throws(() => loadBasicCodes([...all, entry('550')]), /entry 550, field code: appears more than once/);
  });
});

describe('invariants', () => {
  /** The valid dataset with one basic code changed. */
  const withChange = (code: string, change: (e: BasicCodeEntry) => void): DatasetEntries => ({
    ...dataset,
    basic: dataset.basic.map((e) => {
      if (e.code !== code) return e;
      const copy = clone(e);
      change(copy);
      return copy;
    }),
  });

  it('relatedCodesExist: finds unknown and self references', () => {
    assert.deepEqual(ALL_CHECKS.relatedCodesExist!(withChange('550', (e) => (e.related = ['599', '550']))), [
      'entry 550, field related[0]: unknown code 599',
      'entry 550, field related[1]: a code cannot be related to itself',
    ]);
  });

  it('citedRfcsAreKnown: finds an RFC missing from rfcs.ts', () => {
    const problems = ALL_CHECKS.citedRfcsAreKnown!(
      withChange('550', (e) => (e.definitions[0]!.source = { rfc: 9999, section: '1' })),
    );
    assert.deepEqual(problems, ['entry 550, field definitions[0].source.rfc: RFC 9999 is not listed in rfcs.ts']);
  });

  it('statusMatchesSources: a registry-only code cannot cite an RFC, a standard code must', () => {
    assert.equal(ALL_CHECKS.statusMatchesSources!(withChange('422', (e) => (e.status = 'standard'))).length, 1);
    assert.equal(ALL_CHECKS.statusMatchesSources!(withChange('550', (e) => (e.status = 'registry-only'))).length, 1);
  });

  it('handlingMatchesClass: 4yz is never hard, 5yz is never simply retried, 2yz is not a bounce', () => {
    assert.deepEqual(ALL_CHECKS.handlingMatchesClass!(withChange('450', (e) => (e.bounce = 'hard'))), [
      'entry 450, field bounce: a 4yz reply is transient, never a hard bounce',
    ]);
    assert.deepEqual(ALL_CHECKS.handlingMatchesClass!(withChange('550', (e) => (e.senderAction = 'retry-later'))), [
      'entry 550, field senderAction: a 5yz reply must not be retried unchanged',
    ]);
    assert.deepEqual(ALL_CHECKS.handlingMatchesClass!(withChange('250', (e) => (e.bounce = 'soft'))), [
      'entry 250, field bounce: a 2yz reply is not a bounce',
    ]);
  });

  it('actorsMatchAction: nobody acts only when there is nothing to do', () => {
    assert.equal(ALL_CHECKS.actorsMatchAction!(withChange('550', (e) => (e.actors = ['nobody']))).length, 1);
    assert.equal(ALL_CHECKS.actorsMatchAction!(withChange('250', (e) => (e.actors = ['sender']))).length, 1);
  });

  it('keysAreUnique: finds a code, a registry row and a provider code given twice', () => {
    const twice = <T>(list: readonly T[], index: number) => [...list, list[index]!];
    assert.deepEqual(ALL_CHECKS.keysAreUnique!({ ...dataset, basic: twice(dataset.basic, 0) }), ['entry 211, field code: appears more than once']);
    assert.deepEqual(ALL_CHECKS.keysAreUnique!({ ...dataset, registry: twice(dataset.registry, 0) }), [
      'registry row X.0.0, field row: appears more than once',
    ]);
    assert.equal(ALL_CHECKS.keysAreUnique!({ ...dataset, providers: twice(dataset.providers, 0) }).length, 1);
  });

  it('deprecationsResolve: a deprecated row must point at a current row', () => {
    const registry = dataset.registry.map((r) => (r.row === 'X.6.10' ? { ...r, deprecatedFor: 'X.6.99' } : r));
    assert.deepEqual(ALL_CHECKS.deprecationsResolve!({ ...dataset, registry }), ['registry row X.6.10, field deprecatedFor: X.6.99 is not a current row']);
  });

  it('versionsAreFormulas: versions is a version formula, not a sentence', () => {
    const postfix = dataset.basic.find((e) => e.code === '500')!.replies.findIndex((r) => r.versions === 'Postfix ≥ 3.7');
    const withVersions = (versions: string) => withChange('500', (e) => (e.replies[postfix]!.versions = versions));
    assert.deepEqual(ALL_CHECKS.versionsAreFormulas!(withVersions('since the big rewrite')), [
      `entry 500, field replies[${postfix}].versions: "since the big rewrite" names no version number; write a version formula such as "Postfix ≥ 3.7"`,
    ]);
    assert.match(
      ALL_CHECKS.versionsAreFormulas!(withVersions('Postfix 3.7 and later reply 500 instead of 502.')).join(),
      /entry 500, field replies\[\d+\]\.versions: .* ends like a sentence/,
    );
    assert.deepEqual(ALL_CHECKS.versionsAreFormulas!(withVersions('Postfix ≤ 3.6, Exim ≥ 4.97')), []);
    const provider = {
      ...dataset,
      providers: dataset.providers.map((p, i) =>
        i === 0 ? { ...p, replies: [{ text: '550 5.7.1 Example', sender: 'Example', url: 'https://example.com/', versions: 'new' }] } : p,
      ),
    };
    const first = dataset.providers[0]!;
    assert.deepEqual(ALL_CHECKS.versionsAreFormulas!(provider), [
      `provider code ${first.provider} ${first.code}, field replies[0].versions: "new" names no version number; write a version formula such as "Postfix ≥ 3.7"`,
    ]);
  });
});
