/** The golden files of composed sentences (tests/golden-sentences.ts) match what the code writes. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GOLDEN_DIR, goldenFile } from '../golden-sentences.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

describe('golden sentences', () => {
  for (const locale of LOCALES) {
    it(`tests/fixtures/golden-sentences/${locale}.txt lists every ${locale} sentence shape (npm run golden rewrites it)`, () => {
      assert.equal(readFileSync(join(GOLDEN_DIR, `${locale}.txt`), 'utf8'), goldenFile(locale));
    });
  }
});
