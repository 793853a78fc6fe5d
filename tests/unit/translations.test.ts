/** Every page and every UI string exists in every locale; a missing one fails here. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { en } from '../../src/i18n/en.ts';
import { es } from '../../src/i18n/es.ts';
import { ja } from '../../src/i18n/ja.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { translationProblems, type LocaleSources } from '../../src/lib/translations.ts';

/** Reads every .mdx file below `root/{locale}/` for each locale folder present. */
function readContent(root: string): Record<string, LocaleSources> {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
    );
  const locales = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  return Object.fromEntries(
    locales.map((locale) => {
      const dir = join(root, locale);
      return [locale, Object.fromEntries(walk(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]))];
    }),
  );
}

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

describe('prose translations', () => {
  const content = readContent(fileURLToPath(new URL('../../content/', import.meta.url)));

  it('exist for every locale of the site', () => {
    assert.deepEqual(Object.keys(content).sort(), [...LOCALES].sort());
  });

  it('cover every English file, with the same structure and verbatim replies', () => {
    assert.deepEqual(translationProblems(content, 'en'), []);
  });

  it('fail when a translated file is removed or a verbatim reply is translated (fixture)', () => {
    assert.deepEqual(translationProblems(readContent(fixture('content-missing-translation')), 'en'), [
      'content/es/codes/250.mdx: <samp> texts differ from content/en/codes/250.mdx',
      'content/ja/codes/221.mdx: missing (translation of content/en/codes/221.mdx)',
    ]);
  });
});

describe('UI strings', () => {
  const englishKeys = Object.keys(en).sort();
  /** Strings that are the same in every language: commands, codes and templates without words. */
  const sameEverywhere = (value: string) => /^[A-Z /{}a-z.:§]*$/.test(value) && !/[a-z]{4,}/.test(value.replace(/\{[a-z]+\}/g, ''));

  for (const [locale, strings] of Object.entries({ es, ja })) {
    it(`${locale} has exactly the English keys`, () => {
      assert.deepEqual(Object.keys(strings).sort(), englishKeys);
    });

    it(`${locale} keeps every placeholder of each English string`, () => {
      for (const key of englishKeys) {
        const placeholders = (s: string) => (s.match(/\{[a-zA-Z]+\}/g) ?? []).sort();
        assert.deepEqual(placeholders(strings[key as keyof typeof en]), placeholders(en[key as keyof typeof en]), key);
      }
    });

    it(`${locale} translates every string that has words`, () => {
      const untranslated = englishKeys.filter((key) => {
        const value = en[key as keyof typeof en];
        return strings[key as keyof typeof en] === value && !sameEverywhere(value);
      });
      assert.deepEqual(untranslated, []);
    });
  }
});
