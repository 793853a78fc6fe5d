/** Every code and reason page's prose has the agreed shape and refers only to codes, reasons and RFCs that exist. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { dataset, findBasicCode, findEnhancedCode } from '../../src/data/dataset.ts';
import { proseKeyOf } from '../../src/data/enhanced.ts';
import { isReasonId } from '../../src/data/reason-schema.ts';
import { RFCS } from '../../src/data/rfcs.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { pairSlug, parsePairSlug } from '../../src/lib/pairs.ts';
import { proseProblems, proseStructure, summaryClasses } from '../../src/lib/prose-structure.ts';

const contentDir = new URL('../../content/', import.meta.url);
const codeFiles = (locale: string) =>
  readdirSync(new URL(`${locale}/codes/`, contentDir)).filter((f) => f.endsWith('.mdx'));
const read = (locale: string, file: string) => readFileSync(new URL(`${locale}/codes/${file}`, contentDir), 'utf8');

/** The enhanced code pages each prose file serves, by file key ("X.1.1" → 4.1.1 and 5.1.1). */
const pagesByKey = Map.groupBy(dataset.enhanced, proseKeyOf);

for (const locale of LOCALES) {
  describe(`content/${locale}/codes`, () => {
    for (const file of codeFiles(locale)) {
      it(`${file} has the agreed shape and valid references`, () => {
        const source = read(locale, file);
        assert.deepEqual(proseProblems(source, 'codes'), []);
        const { codeLinks, rfcs } = proseStructure(source);
        for (const code of codeLinks) {
          assert.ok(findBasicCode(code) || findEnhancedCode(code), `no page for <CodeLink code="${code}">`);
        }
        for (const n of rfcs) assert.ok(n in RFCS, `RFC ${n} is not listed in src/data/rfcs.ts`);
        const pages = pagesByKey.get(file.replace(/\.mdx$/, ''));
        if (pages) {
          // One summary per class variant the file serves, so each page reads as written for its class.
          assert.deepEqual(summaryClasses(source)?.sort(), pages.map((p) => p.classDigit).sort(), 'summary classes');
          const { classBlocks, providerBlocks } = proseStructure(source);
          for (const c of classBlocks) assert.ok(pages.some((p) => p.classDigit === c), `<ForClass c="${c}"> has no page`);
          const providers = new Set(pages.filter((p) => p.row).flatMap((p) => p.providers.map((u) => u.provider)));
          assert.deepEqual(new Set(providerBlocks), providers, '<ProviderUsage> for each provider that uses the code');
        } else {
          assert.equal(summaryClasses(source), undefined, 'a basic code has one summary');
        }
      });
    }
  });
}

for (const locale of LOCALES) {
  describe(`content/${locale}/reasons`, () => {
    for (const file of readdirSync(new URL(`${locale}/reasons/`, contentDir)).filter((f) => f.endsWith('.mdx'))) {
      it(`${file} has the agreed shape and valid references`, () => {
        const source = readFileSync(new URL(`${locale}/reasons/${file}`, contentDir), 'utf8');
        assert.deepEqual(proseProblems(source, 'reasons'), []);
        const { codeLinks, reasonLinks, rfcs } = proseStructure(source);
        for (const code of codeLinks) assert.ok(findBasicCode(code) || findEnhancedCode(code), `no page for <CodeLink code="${code}">`);
        for (const id of reasonLinks) assert.ok(isReasonId(id), `no reason <ReasonLink id="${id}">`);
        for (const n of rfcs) assert.ok(n in RFCS, `RFC ${n} is not listed in src/data/rfcs.ts`);
      });
    }
  });
}

describe('proseProblems', () => {
  const good = `---\ntitle: "T"\nsummary: "S"\n---\n\n<Section id="meaning">\n\nx\n\n</Section>\n\n<Section id="seen">\n\n<Replies />\n\n</Section>\n\n<Section id="causes">\n\n- y\n\n</Section>\n\n<Section id="fix">\n\nz\n\n</Section>\n`;

  it('accepts a minimal page', () => {
    assert.deepEqual(proseProblems(good, 'codes'), []);
  });
  it('finds a missing section, a heading and an unknown component', () => {
    const bad = good.replace('<Section id="causes">', '## Causes\n\n<Widget />\n\n<Section id="reasons">');
    assert.deepEqual(proseProblems(bad, 'codes'), [
      'headings come from <Section>; remove markdown or HTML headings',
      'unknown component <Widget>',
      'unknown section id "reasons"',
      'missing section "causes"',
    ]);
  });
  it('finds sections out of order', () => {
    const swapped = good.replace('id="meaning"', 'id="TMP"').replace('id="seen"', 'id="meaning"').replace('id="TMP"', 'id="seen"');
    assert.match(proseProblems(swapped, 'codes').join(), /out of order/);
  });
});

describe('content/*/compare', () => {
  it('names each note after a comparison of two basic codes, lower code first', () => {
    for (const locale of LOCALES) {
      for (const file of readdirSync(new URL(`${locale}/compare/`, contentDir))) {
        const slug = file.replace(/\.mdx$/, '');
        const codes = parsePairSlug(slug);
        assert.ok(codes && codes.every((c) => findBasicCode(c)) && pairSlug(...codes) === slug, `${locale}/compare/${file}`);
      }
    }
  });
});
