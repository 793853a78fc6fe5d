import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../src/i18n/index.ts';

describe('translator', () => {
  it('fills templates', () => {
    assert.equal(translator('en')('codes.count', { count: 44 }), '44 codes');
  });
  it('sets no space between Japanese words, but keeps it around codes and commands', () => {
    const t = translator('ja');
    assert.equal(t('compare.stagesAlso', { code: '550', stages: 'データ送信の終了時' }), '550 はデータ送信の終了時でも返されることがあります。');
    assert.equal(t('compare.stagesAlso', { code: '550', stages: 'MAIL FROM' }), '550 は MAIL FROM でも返されることがあります。');
  });
});
