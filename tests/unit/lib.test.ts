import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentProblems, parseContentId } from '../../src/lib/content-files.ts';
import { format } from '../../src/i18n/format.ts';
import { codeOfPath, codePath, localeOfPath, switchLocale, withBase } from '../../src/lib/routes.ts';

describe('format', () => {
  it('fills placeholders', () => {
    assert.equal(format('{count} codes', { count: 44 }), '44 codes');
  });
  it('fails on a placeholder without a value', () => {
    assert.throws(() => format('{outcome}. {action}.', { outcome: 'x' }), /No value for \{action\}/);
  });
});

describe('routes', () => {
  it('builds the stable code page address', () => {
    assert.equal(codePath('ja', '5.1.1'), '/ja/codes/5.1.1/');
  });
  it('prefixes a deployment base', () => {
    assert.equal(withBase('/en/codes/', '/smtp/'), '/smtp/en/codes/');
    assert.equal(withBase('/en/codes/', '/'), '/en/codes/');
  });
  it('reads the locale and the code of a path', () => {
    assert.equal(localeOfPath('/es/codes/550/', ['en', 'es', 'ja']), 'es');
    assert.equal(localeOfPath('/fr/codes/550/', ['en', 'es', 'ja']), undefined);
    assert.equal(codeOfPath('/smtp/ja/codes/5.1.1/'), '5.1.1');
    assert.equal(codeOfPath('/en/codes/'), undefined);
  });
  it('switches the locale and keeps the rest of the path', () => {
    assert.equal(switchLocale('/en/codes/550/', 'ja'), '/ja/codes/550/');
    assert.equal(switchLocale('/en/', 'es'), '/es/');
  });
});

describe('content files', () => {
  it('parses a content id', () => {
    assert.deepEqual(parseContentId('ja/codes/5.1.1'), { locale: 'ja', kind: 'codes', key: '5.1.1' });
    assert.equal(parseContentId('codes/550'), undefined);
  });
  it('names a prose file for a code the dataset does not have', () => {
    assert.deepEqual(contentProblems('codes', ['en/codes/550', 'en/codes/599'], ['550'], ['en']), [
      'content/en/codes/599.mdx: no codes entry 599 in the dataset (src/data)',
    ]);
  });
  it('names a code without its prose file in a locale', () => {
    assert.deepEqual(contentProblems('codes', ['en/codes/550'], ['550', '421'], ['en']), ['content/en/codes/421.mdx: missing']);
  });
});
