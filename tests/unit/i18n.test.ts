/** UI strings and composed sentences in every locale. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { translator } from '../../src/i18n/index.ts';
import { plainText, sentences } from '../../src/i18n/sentences/index.ts';

describe('translator', () => {
  it('fills templates with codes and numbers', () => {
    assert.equal(translator('en')('rfc.sectionLabel', { number: 5321, section: '4.2.1' }), 'RFC 5321 §4.2.1');
    assert.throws(() => translator('en')('rfc.sectionLabel', { number: 5321 }), /No value for \{section\}/);
  });
});

describe('composed sentences', () => {
  it('count with each language’s plural rules', () => {
    assert.equal(plainText(sentences('en').codeCount(1)), '1 code');
    assert.equal(plainText(sentences('en').codeCount(21)), '21 codes');
    assert.equal(plainText(sentences('es').codeCount(1)), '1 código');
    assert.equal(plainText(sentences('es').codeCount(0)), '0 códigos');
  });
  it('in Japanese, set a space between a code and a Japanese word, and none between Japanese words', () => {
    const ja = sentences('ja');
    assert.equal(plainText(ja.compareStagesAlso('550', ['end-of-data'])), '550 はデータ送信の終了時点でも返されることがあります。');
    assert.equal(plainText(ja.compareStagesAlso('550', ['mail'])), '550 は MAIL FROM でも返されることがあります。');
    assert.equal(plainText(ja.notInRegistry(['yahoo'])), 'IANA の登録簿にはない、Yahoo メール独自のコード');
    assert.equal(plainText(ja.notInRegistry(['microsoft'])), 'IANA の登録簿にはない、Microsoft 365 と Outlook.com 独自のコード');
  });
  it('quote inserted titles the way each language quotes', () => {
    assert.equal(plainText(sentences('es').comparePageTitle('450', 'Buzón no disponible', '550', 'Buzón no disponible')), '450 frente a 550: «Buzón no disponible» o «Buzón no disponible»');
    assert.match(plainText(sentences('ja').combination('550', 'メールボックスを利用できない', '5.1.1', '宛先アドレスが存在しない')), /550 は「メールボックスを利用できない」を表し、5\.1\.1 はその理由として「宛先アドレスが存在しない」を示します。/);
  });
  it('join alternatives with a disjunction', () => {
    assert.equal(plainText(sentences('en').compareAction(['421', '504'], 'retry-later')), 'After 421 or 504, the sending server keeps the message and tries again later.');
    assert.equal(plainText(sentences('en').diagramLegend('421', ['greeting', 'any'])), '421: at the connection greeting or any command');
  });
});
