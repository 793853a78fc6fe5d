/**
 * The language lint (docs/style/*.md) over every built Spanish and Japanese page, generated sentences
 * included: the text of each page, its title, description and accessible labels, with verbatim
 * material set aside (<samp>, <code>, <pre>, <cite>, scripts, and anything marked in another language).
 * Run after `npm run build`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Parser } from 'htmlparser2';
import { LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { languageProblems } from '../../src/lib/language-lint.ts';
import { fileOf, htmlPaths } from './built-site.ts';

const VERBATIM = new Set(['samp', 'code', 'pre', 'cite', 'script', 'style', 'kbd', 'var']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const LABELS = ['aria-label', 'title', 'placeholder', 'alt'];

/** The prose of a page in its own language, as separate pieces (so no rule spans two elements). */
export function proseOf(html: string): { lang: string; pieces: string[] } {
  const pieces: string[] = [];
  const stack: boolean[] = [];
  let lang = '';
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'html') lang = attrs.lang ?? '';
        const skipped = (stack.at(-1) ?? false) || VERBATIM.has(name) || (attrs.lang !== undefined && attrs.lang !== lang);
        flush();
        if (!skipped) {
          for (const label of LABELS) if (attrs[label]) pieces.push(attrs[label]);
          if (name === 'meta' && (attrs.name === 'description' || attrs.property === 'og:description')) pieces.push(attrs.content ?? '');
        }
        if (!VOID.has(name)) stack.push(skipped);
      },
      ontext(text) {
        if (!(stack.at(-1) ?? false)) current += text;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        flush();
        stack.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return { lang, pieces };
}

for (const locale of LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en')) {
  test(`every built ${locale} page follows docs/style/${locale}.md`, () => {
    const problems: string[] = [];
    for (const path of htmlPaths().filter((p) => p.startsWith(`/${locale}/`))) {
      const { lang, pieces } = proseOf(readFileSync(fileOf(path), 'utf8'));
      if (lang !== locale) continue;
      for (const piece of pieces) {
        for (const p of languageProblems(piece, locale)) problems.push(`${path}: ${p.rule}: “${p.excerpt}” → ${p.advice}`);
      }
    }
    assert.deepEqual(problems.slice(0, 400), [], `${problems.length} problems`);
  });
}

test('the lint sees what a page says and sets verbatim material aside', () => {
  const { lang, pieces } = proseOf(
    '<html lang="ja"><head><title>送信元: テスト</title><meta name="description" content="説明(例)"></head><body><p>応答 <samp>550 and more</samp> です<span lang="en">the end</span></p></body></html>',
  );
  assert.equal(lang, 'ja');
  assert.deepEqual(pieces, ['送信元: テスト', '説明(例)', '応答', 'です']);
  assert.equal(languageProblems(pieces.join('\n'), 'ja').length, 4);
});
