/**
 * The layering and single sources of docs/architecture.md, checked over the source files: the
 * dataset and the pure logic stay free of Astro, the layers import downwards only, the locale list
 * lives in one registry, and every site address is built in src/lib/routes.ts.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { LOCALES } from '../../src/i18n/locales.ts';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The modules a file imports, as written ("astro:content", "../lib/routes.ts"). */
const importsOf = (source: string) =>
  [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  );

/** Files of `from` that import something matching `forbidden`, with what they import. */
function violations(from: string, forbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(from).flatMap((file) =>
    importsOf(read(file))
      .filter((spec) => forbidden(spec, file))
      .map((spec) => `${file} imports ${spec}`),
  );
}

/** Whether an import from `file` resolves into the folder `dir` (e.g. "src/lib"). */
const into = (dir: string) => (spec: string, file: string) =>
  spec.startsWith('.') && relative(ROOT, join(ROOT, file, '..', spec)).startsWith(`${dir}/`);

describe('layers', () => {
  it('src/data and src/lib import nothing from Astro (their tests run on plain Node)', () => {
    const astro = (spec: string) => spec.startsWith('astro:') || (spec.startsWith('astro') && spec !== 'astro/zod');
    assert.deepEqual([...violations('src/data', astro), ...violations('src/lib', astro)], []);
  });

  it('src/data imports neither src/lib nor src/i18n', () => {
    assert.deepEqual(violations('src/data', (s, f) => into('src/lib')(s, f) || into('src/i18n')(s, f)), []);
  });

  it('src/i18n imports nothing from src/lib, so the two have no cycle', () => {
    assert.deepEqual(violations('src/i18n', into('src/lib')), []);
  });

  it('the checks see imports: a file importing astro:content in src/lib would be caught', () => {
    assert.deepEqual(importsOf(`import { getCollection } from 'astro:content';\nimport x from "../i18n/index.ts";`), [
      'astro:content',
      '../i18n/index.ts',
    ]);
    assert.equal(into('src/i18n')('../i18n/index.ts', 'src/lib/x.ts'), true);
  });
});

/** The source without its comments, which may well name example addresses such as /ja/codes/550/. */
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\w])\/\/[^\n]*/g, '');

/**
 * The locale codes a file writes as literals: quoted ('es'), as a path part (/es/), as an object
 * key (es:) or in a regex alternation (en|es). One code alone is a language tag (lang="en"); two or
 * more are a hard-coded list of locales.
 */
function localeLiterals(source: string): string[] {
  const code = LOCALES.join('|');
  source = withoutComments(source);
  const found = [
    ...source.matchAll(new RegExp(`(['"\`/])(${code})\\1`, 'g')),
    ...source.matchAll(new RegExp(`(?<![\\w.-])(${code})\\s*:(?!:)`, 'g')),
    ...source.matchAll(new RegExp(`(?<=\\|)(${code})\\b|\\b(${code})(?=\\|)`, 'g')),
  ].map((m) => m.slice(1).find((g) => g && (LOCALES as readonly string[]).includes(g))!);
  return [...new Set(found)].sort();
}

describe('one locale registry (src/i18n/locales.ts)', () => {
  it('no file outside src/i18n lists the locales itself', () => {
    const files = [...sourceFiles('src').filter((f) => !f.startsWith('src/i18n/')), 'astro.config.mjs'];
    const lists = files.flatMap((file) => {
      const codes = localeLiterals(read(file));
      return codes.length > 1 ? [`${file}: ${codes.join(', ')}`] : [];
    });
    assert.deepEqual(lists, []);
  });

  it('the check finds a hard-coded list', () => {
    assert.deepEqual(localeLiterals(`locales: ['en', 'es', 'ja']`), [...LOCALES].sort());
    assert.deepEqual(localeLiterals(`/^\\/(en|es|ja)\\//`), [...LOCALES].sort());
    assert.deepEqual(localeLiterals(`<samp lang="en">`), ['en']);
  });
});

describe('addresses (src/lib/routes.ts)', () => {
  /** A template literal that starts a site path with a value: `/${locale}/…`. */
  const assembled = /`\/\$\{/;
  it('no page, component or script assembles a site path itself', () => {
    const files = sourceFiles('src').filter((f) => f !== 'src/lib/routes.ts');
    assert.deepEqual(
      files.filter((f) => assembled.test(read(f))),
      [],
    );
  });

  it('the check finds an assembled path', () => {
    assert.equal(assembled.test('href={`/${locale}/codes/`}'), true);
  });
});
