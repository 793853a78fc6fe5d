import assert from 'node:assert/strict';
import { it } from 'node:test';
import { aliasesWithLanguage } from '../../src/lib/aliases.ts';

it('marks the English aliases of a Spanish or Japanese reason as English, and nothing on an English page', () => {
  const english = ['Sender address rejected', 'sender verify failed'];
  assert.deepEqual(aliasesWithLanguage(['remitente rechazado', 'Sender address rejected'], 'es', english), [
    { text: 'remitente rechazado' },
    { text: 'Sender address rejected', lang: 'en' },
  ]);
  assert.deepEqual(aliasesWithLanguage(['送信者検証', 'MAIL FROM 拒否', 'Return-Path', 'sender verify failed'], 'ja', english), [
    { text: '送信者検証' },
    { text: 'MAIL FROM 拒否' },
    { text: 'Return-Path', lang: 'en' },
    { text: 'sender verify failed', lang: 'en' },
  ]);
  assert.deepEqual(aliasesWithLanguage(english, 'en', english), english.map((text) => ({ text })));
});
