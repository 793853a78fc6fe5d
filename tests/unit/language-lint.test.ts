/**
 * The language lint (docs/style/*.md) over every Spanish and Japanese prose file and UI string; the
 * built pages, generated sentences included, are swept in tests/site/language-lint.test.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { STRINGS } from '../../src/i18n/index.ts';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { languageProblems, proseOfMdx } from '../../src/lib/language-lint.ts';

const CONTENT = join(import.meta.dirname, '../../content');

function mdxFiles(locale: Locale): string[] {
  return readdirSync(join(CONTENT, locale), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the rules catch what the style guides forbid', () => {
  it('Japanese: half-width punctuation, あなた, サブジェクト, 送信元:', () => {
    const rules = (text: string) => languageProblems(text, 'ja').map((p) => p.rule);
    assert.deepEqual(rules('送信元: Postfix'), ['half-width punctuation', 'glossary: whose reply']);
    assert.deepEqual(rules('詳しくは(RFC 5321)を参照'), ['half-width punctuation', 'half-width punctuation']);
    assert.deepEqual(rules('あなたのサーバー'), ['glossary: あなた']);
    assert.deepEqual(rules('サブジェクトの桁'), ['glossary: subject digit']);
    assert.deepEqual(rules('コード 5.1.1 は、宛先が存在しないことを表します。'), []);
  });
  it('Spanish: English function words and the glossary', () => {
    const rules = (text: string) => languageProblems(text, 'es').map((p) => p.rule);
    assert.deepEqual(rules('Microsoft 365 and Outlook.com'), ['English word']);
    assert.deepEqual(rules('el puerto de submission'), ['glossary: English noun']);
    assert.deepEqual(rules('su dígito de asunto 2'), ['glossary: subject digit']);
    assert.deepEqual(rules('reenviarlo sin cambios volverá a fallar'), ['glossary: resend']);
    assert.deepEqual(rules('Compruebe el asunto del mensaje y vuelva a enviarlo.'), []);
  });
  it('MDX prose leaves verbatim text, tags and keys aside but keeps questions', () => {
    const prose = proseOfMdx('---\ntitle: "Hola"\n---\n<Question id="is-it-a-bounce" q="¿Es un rebote?">Ver <samp>550 and more</samp> y <code>soft_bounce</code>.</Question>');
    assert.doesNotMatch(prose, /bounce|and more|title:/);
    assert.match(prose, /¿Es un rebote\?/);
  });
});

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  describe(`${locale} prose and UI strings follow docs/style/${locale}.md`, () => {
    it('every prose file', () => {
      const problems = mdxFiles(locale).flatMap((file) =>
        languageProblems(proseOfMdx(readFileSync(file, 'utf8')), locale).map(
          (p) => `${relative(CONTENT, file)}: ${p.rule}: “${p.excerpt}” → ${p.advice}`,
        ),
      );
      assert.deepEqual(problems, []);
    });
    it('every UI string', () => {
      const problems = Object.entries(STRINGS[locale]).flatMap(([key, text]) =>
        languageProblems(text.replace(/`[^`]*`/g, ' '), locale).map((p) => `${key}: ${p.rule}: “${p.excerpt}”`),
      );
      assert.deepEqual(problems, []);
    });
  });
}
